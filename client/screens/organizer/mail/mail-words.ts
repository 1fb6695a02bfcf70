import type { MailEntry, MailSendAnswer, SkipReason } from '../../../../shared/mail/mail-schemas';
import { addressOf, type MailPerson } from '../../../../shared/mail/recipients';
import { consoleShare } from '../../../i18n/catalogues/console-share';

const { t } = consoleShare;

/** How a person's mail stands, in words, with a tone for its colour. */
export interface MailWords {
  text: string;
  tone: 'ok' | 'wait' | 'bad' | 'none';
}

/** A person's latest mail in the console's words (pure); `at` writes a time of day. */
export function mailWords(person: MailPerson, entry: MailEntry | undefined, at: (ms: number) => string): MailWords {
  if (entry?.status === 'queued') {
    if (entry.attempts === 0 || entry.error === null) return { text: t('mailQueued'), tone: 'wait' };
    const text =
      entry.nextAttemptAt === null
        ? t('mailQueuedWhy', { error: entry.error })
        : t('mailRetry', { time: at(entry.nextAttemptAt), error: entry.error });
    return { text, tone: 'wait' };
  }
  if (entry?.status === 'sent' && entry.sentAt !== null)
    return { text: t('mailSent', { time: at(entry.sentAt), address: entry.address }), tone: 'ok' };
  if (entry?.status === 'failed') {
    const text = t('mailFailed', { tries: entry.attempts, error: entry.error ?? t('noReason') });
    return { text, tone: 'bad' };
  }
  const address = addressOf(person);
  if (!address.ok) return { text: address.reason === 'no e-mail' ? t('noEmail') : t('notAnAddress'), tone: 'none' };
  return { text: t('notSentYet'), tone: 'none' };
}

/** The counts the Run tab's card shows. */
export interface MailCounts {
  withAddress: number;
  sent: number;
  queued: number;
  failed: number;
  /** With an address and never sent one. */
  unsent: number;
}

/** How many people have an address, and where their mails stand (pure). */
export function mailCounts(people: readonly MailPerson[], entry: (id: string) => MailEntry | undefined): MailCounts {
  const c: MailCounts = { withAddress: 0, sent: 0, queued: 0, failed: 0, unsent: 0 };
  for (const p of people) {
    if (!addressOf(p).ok) continue;
    c.withAddress++;
    const e = entry(p.id);
    if (e?.status === 'queued') c.queued++;
    else if (e?.status === 'sent') c.sent++;
    else if (e?.status === 'failed') c.failed++;
    if (e?.sentAt == null && e?.status !== 'queued') c.unsent++;
  }
  return c;
}

// A function, not a table: the words are looked up in the page's language each time.
const reasonWords = (reason: SkipReason): string => {
  switch (reason) {
    case 'no e-mail':
      return t('skipNoEmail');
    case 'not an e-mail address':
      return t('skipNotAddress');
    case 'already queued':
      return t('skipQueued');
    case 'already sent':
      return t('skipSent');
    case 'just sent':
      return t('skipJustSent');
  }
};

/** What a send request did, in one or two sentences (pure); a long list of names is cut short. */
export function sendAnswerWords(answer: MailSendAnswer): string {
  const queued = answer.queued === 0 ? t('noneQueued') : t('queued', { count: answer.queued });
  if (answer.skipped.length === 0) return queued;
  const byReason = new Map<SkipReason, string[]>();
  for (const s of answer.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.name]);
  const parts = [...byReason].map(([reason, names]) => {
    const shown = names.slice(0, 3).join(', ');
    return names.length > 3
      ? t('skipNamesMore', { reason: reasonWords(reason), names: shown, more: names.length - 3 })
      : t('skipNames', { reason: reasonWords(reason), names: shown });
  });
  return t('notSent', { queued, parts: parts.join('; ') });
}
