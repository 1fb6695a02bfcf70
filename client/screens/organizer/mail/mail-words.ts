import type { MailEntry, MailSendAnswer, SkipReason } from '../../../../shared/mail/mail-schemas';
import { addressOf, type MailPerson } from '../../../../shared/mail/recipients';

/** How a person's mail stands, in words, with a tone for its colour. */
export interface MailWords {
  text: string;
  tone: 'ok' | 'wait' | 'bad' | 'none';
}

/** A person's latest mail in the console's words (pure); `at` writes a time of day. */
export function mailWords(person: MailPerson, entry: MailEntry | undefined, at: (ms: number) => string): MailWords {
  if (entry?.status === 'queued') {
    if (entry.attempts === 0 || entry.error === null) return { text: 'E-mail: queued', tone: 'wait' };
    const next = entry.nextAttemptAt === null ? '' : `, trying again at ${at(entry.nextAttemptAt)}`;
    return { text: `E-mail: queued${next} (${entry.error})`, tone: 'wait' };
  }
  if (entry?.status === 'sent' && entry.sentAt !== null)
    return { text: `E-mail: sent at ${at(entry.sentAt)} to ${entry.address}`, tone: 'ok' };
  if (entry?.status === 'failed') {
    const tries = entry.attempts === 1 ? '1 try' : `${entry.attempts} tries`;
    return { text: `E-mail: failed after ${tries}: ${entry.error ?? 'no reason given'}`, tone: 'bad' };
  }
  const address = addressOf(person);
  if (!address.ok)
    return { text: address.reason === 'no e-mail' ? 'No e-mail' : 'E-mail: not an address', tone: 'none' };
  return { text: 'E-mail: not sent yet', tone: 'none' };
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

const REASON_WORDS: Record<SkipReason, string> = {
  'no e-mail': 'no e-mail',
  'not an e-mail address': 'not an e-mail address',
  'already queued': 'already on the way',
  'already sent': 'already sent',
  'just sent': 'sent a moment ago',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a send request did, in one or two sentences (pure); a long list of names is cut short. */
export function sendAnswerWords(answer: MailSendAnswer): string {
  const queued =
    answer.queued === 0 ? 'No mail was queued.' : `${plural(answer.queued, 'mail', 'mails')} queued: they go out now.`;
  if (answer.skipped.length === 0) return queued;
  const byReason = new Map<SkipReason, string[]>();
  for (const s of answer.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.name]);
  const parts = [...byReason].map(([reason, names]) => {
    const shown = names.slice(0, 3).join(', ');
    const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
    return `${REASON_WORDS[reason]}: ${shown}${more}`;
  });
  return `${queued} Not sent — ${parts.join('; ')}.`;
}
