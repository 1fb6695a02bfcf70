import { createMemo, createSignal, Show } from 'solid-js';
import type { PersonalMail } from '../../../../shared/mail/message';
import { addressOf, type MailPerson } from '../../../../shared/mail/recipients';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import { formatClockTime } from '../../../live/clock-time';
import { ApiError } from '../../../live/api';
import { CopyButton } from '../../../ui/organizer-copy-button';
import type { MailState } from './mail-state';
import { mailWords, sendAnswerWords } from './mail-words';

const { t } = consoleShare;

/** What the People tab needs for each person's mail: the shared log, and the text a mail would carry. */
export interface PersonMailDeps {
  state: MailState;
  textOf: (personId: string) => PersonalMail | null;
}

/**
 * One person's mail on the People tab: where their latest mail stands, Send (when the server
 * has e-mail and they have an address), and the mail's text to copy by hand (made only when
 * opened).
 */
export function PersonMail(props: { person: MailPerson; mail: PersonMailDeps }) {
  const [busy, setBusy] = createSignal(false);
  const [said, setSaid] = createSignal<string | null>(null);
  const [open, setOpen] = createSignal(false);
  const words = () =>
    mailWords(props.person, props.mail.state.entry(props.person.id), (ms) => formatClockTime(ms, null));
  const canSend = () => props.mail.state.log()?.enabled === true && addressOf(props.person).ok;
  const sendOne = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const answer = await props.mail.state.send({ personId: props.person.id });
      setSaid(answer.queued > 0 ? null : sendAnswerWords(answer));
    } catch (err) {
      setSaid(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const text = createMemo(() => (open() ? (props.mail.textOf(props.person.id)?.text ?? '') : ''));
  return (
    <div class="person-mail" data-testid="person-mail">
      <p class={`mail-status mail-${words().tone}`} data-testid="mail-status">
        {words().text}
      </p>
      <div class="person-mail-actions">
        <Show when={canSend()}>
          <button
            type="button"
            class="secondary small"
            disabled={busy()}
            onClick={() => void sendOne()}
            aria-label={t('sendLinkTo', { name: props.person.name })}
          >
            {busy() ? t('sending') : t('sendLink')}
          </button>
        </Show>
        <details class="mail-text" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary aria-label={t('mailTextFor', { name: props.person.name })}>{t('mailText')}</summary>
          <Show when={open()}>
            <textarea readonly rows={12} aria-label={t('mailTextArea', { name: props.person.name })} value={text()} />
            <CopyButton text={text()} label={t('copyMailText', { name: props.person.name })} />
          </Show>
        </details>
      </div>
      <p role="status" class="muted mail-said">
        {said()}
      </p>
    </div>
  );
}
