import { onMount, Show, type JSX } from 'solid-js';
import { CopyButton } from '../../ui/organizer-copy-button';
import { join } from '../../i18n/catalogues/join';
import { language } from '../../i18n/current-language';
import { QrSvg } from '../print/qr-svg';
import type { SignupAnswer } from './join-api';

/** What a sign-up answered, as its heading. */
function titleOf(a: SignupAnswer): string {
  if (a.updated) return join.t('doneUpdated');
  if (a.status === 'registered') return join.t('doneRegistered');
  if (a.status === 'pending') return join.t('donePending');
  return join.t('doneOther');
}

/**
 * The server's message, in English as it wrote it (exact, a public contract); in another
 * language the same news rebuilt from the answer's status, until the server sends codes.
 */
function messageOf(a: SignupAnswer): string {
  if (language() === 'en') return a.message;
  const mailed = a.mailed ? ` ${join.t('messageMailed')}` : '';
  if (a.updated) return (a.status === 'registered' ? join.t('messageAlready') : join.t('messageUpdated')) + mailed;
  if (a.status === 'registered') return join.t('messageRegistered') + mailed;
  if (a.status === 'pending') return join.t('messagePending');
  return a.message;
}

/**
 * After sign-up: the personal link, shown once, big, with Copy and a QR code (to open it on
 * another phone), and the server's message (it says whether the link was also e-mailed).
 */
export function SignupDone(props: { answer: SignupAnswer }): JSX.Element {
  let heading: HTMLHeadingElement | undefined;
  // The form is gone: the news is read first and the keyboard starts from here.
  onMount(() => heading?.focus());
  return (
    <section class="card join-done" aria-labelledby="signup-done-heading" data-testid="signup-done">
      <h2 id="signup-done-heading" tabindex="-1" ref={heading}>
        {titleOf(props.answer)}
      </h2>
      <p dir="auto" data-testid="signup-message">
        {messageOf(props.answer)}
      </p>
      <Show when={props.answer.link}>
        {(link) => (
          <div class="join-link-box">
            <h3>{join.t('linkTitle')}</h3>
            <p class="muted small">{join.t('linkHint')}</p>
            <p class="join-link" dir="ltr">
              <a href={link()} data-testid="personal-link">
                {link()}
              </a>
            </p>
            <CopyButton text={link()} label={join.t('copyLink')} />
            <QrSvg text={link()} label={join.t('qrLabel')} class="qr-svg join-qr" testId="personal-qr" />
            <p>
              <a class="button join-open" href={link()}>
                {join.t('openMyPage')}
              </a>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
