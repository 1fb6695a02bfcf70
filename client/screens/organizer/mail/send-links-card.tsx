import { MAIL_NOT_SET_UP } from '../../../../shared/mail/mail-schemas';
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { MailTarget } from '../../../../shared/mail/mail-schemas';
import { addressOf, type MailPerson } from '../../../../shared/mail/recipients';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import { ApiError } from '../../../live/api';
import type { MailState } from './mail-state';
import { mailCounts, sendAnswerWords } from './mail-words';
import './mail.css';

const { t } = consoleShare;

type Choice = 'all' | 'unsent' | 'one';

/**
 * The Run tab's "Send personal links": to everyone with an e-mail, to those not sent one yet,
 * or to one person, with where the mails stand. Without e-mail on the server it says so in
 * plain words and offers the mail-merge file instead (and the People tab each person's text).
 */
export function SendLinksCard(props: {
  people: readonly MailPerson[];
  mail: MailState;
  /** The links point to localhost (see the warning above the clock): mails would carry links phones cannot open. */
  localLinks?: boolean;
}) {
  const [choice, setChoice] = createSignal<Choice>('all');
  const [one, setOne] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [said, setSaid] = createSignal<{ text: string; bad: boolean } | null>(null);
  const log = () => props.mail.log();
  const counts = createMemo(() => mailCounts(props.people, (id) => props.mail.entry(id)));
  const reachable = createMemo(() => props.people.filter((p) => addressOf(p).ok));
  const failed = createMemo(() =>
    props.people.flatMap((p) => {
      const e = props.mail.entry(p.id);
      return e?.status === 'failed' ? [{ name: p.name, error: e.error ?? '' }] : [];
    }),
  );

  const countsLine = () => {
    const c = counts();
    const { withAddress, sent, queued, failed } = c;
    return t('counts', { withAddress, total: props.people.length, sent, queued, failed });
  };
  const Radio = (r: { value: Choice; label: string }) => (
    <label class="mail-choice">
      <input type="radio" name="mail-to" checked={choice() === r.value} onChange={() => setChoice(r.value)} />
      {r.label}
    </label>
  );

  const target = (): MailTarget | null => {
    const c = choice();
    if (c !== 'one') return c;
    const id = one() || reachable()[0]?.id;
    return id ? { personId: id } : null;
  };

  const send = async () => {
    const to = target();
    if (!to) return;
    // One request per click: the button is off until it is answered, and the key is new.
    setBusy(true);
    setSaid(null);
    try {
      setSaid({ text: sendAnswerWords(await props.mail.send(to)), bad: false });
    } catch (err) {
      setSaid({ text: err instanceof ApiError ? err.message : String(err), bad: true });
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    setSaid(null);
    try {
      setSaid({ text: t('saved', { file: await props.mail.downloadMerge() }), bad: false });
    } catch (err) {
      setSaid({ text: err instanceof ApiError ? err.message : String(err), bad: true });
    }
  };

  return (
    <section class="card send-links" aria-labelledby="send-links-title" data-testid="send-links">
      <h3 id="send-links-title">{t('sendLinksTitle')}</h3>
      <Show when={log()} fallback={<p class="muted">{props.mail.loadError() ?? t('readingLog')}</p>}>
        {(l) => (
          <Show
            when={l().enabled}
            fallback={
              <>
                <p class="mail-off" data-testid="mail-off">
                  {/* The server's one reason, in the page's words; the setting's name is code. */}
                  <Show when={l().message === null || l().message === MAIL_NOT_SET_UP} fallback={l().message}>
                    {t('mailOff')} (<code>TABLEHOP_SMTP_URL</code>)
                  </Show>
                  .
                </p>
                <p>{t('sendYourself')}</p>
                <button type="button" class="secondary" onClick={() => void download()}>
                  {t('downloadMerge')}
                </button>
              </>
            }
          >
            <p class="muted" data-testid="mail-counts">
              {countsLine()}
            </p>
            <fieldset>
              <legend>{t('sendTo')}</legend>
              <Radio value="all" label={t('toEveryone', { count: counts().withAddress })} />
              <Radio value="unsent" label={t('toUnsent', { count: counts().unsent })} />
              <Radio value="one" label={t('toOne')} />
              <Show when={choice() === 'one'}>
                <div class="field">
                  <label for="mail-one">{t('person')}</label>
                  <select id="mail-one" value={one()} onChange={(e) => setOne(e.currentTarget.value)}>
                    <For each={reachable()}>{(p) => <option value={p.id}>{p.name}</option>}</For>
                  </select>
                </div>
              </Show>
            </fieldset>
            <Show when={props.localLinks}>
              <p class="mail-off" data-testid="mail-localhost">
                {t('localLinks')}
              </p>
            </Show>
            <button type="button" disabled={busy() || target() === null} onClick={() => void send()}>
              {busy() ? t('queuing') : t('sendLinks')}
            </button>
            <p class="muted">
              {t('mailTimes', { zone: props.mail.timeZone })} {t('mailRate', { perMinute: l().perMinute ?? '' })}{' '}
              {t('mailRetries')}
            </p>
            <Show when={failed().length > 0}>
              <h4>{t('notDelivered')}</h4>
              <ul class="mail-failed">
                <For each={failed().slice(0, 10)}>
                  {(f) => (
                    <li>
                      <bdi>{f.name}</bdi>: {f.error}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Show>
        )}
      </Show>
      <p role="status" class={said()?.bad ? 'error' : 'ok'} data-testid="mail-said">
        {said()?.text}
      </p>
    </section>
  );
}
