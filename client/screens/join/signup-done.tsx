import { onMount, Show, type JSX } from 'solid-js';
import { CopyButton } from '../../ui/organizer-copy-button';
import { QrSvg } from '../print/qr-svg';
import type { SignupAnswer } from './join-api';

/** What a sign-up answered, as its heading. */
function titleOf(a: SignupAnswer): string {
  if (a.updated) return 'You had signed up before';
  if (a.status === 'registered') return "You're signed up";
  if (a.status === 'pending') return "Waiting for the organizer's approval";
  return 'Thank you';
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
        {props.answer.message}
      </p>
      <Show when={props.answer.link}>
        {(link) => (
          <div class="join-link-box">
            <h3>Your personal link</h3>
            <p class="muted small">
              It opens your own page: where to sit, who you meet, the countdown. Keep it: it is shown only here.
            </p>
            <p class="join-link">
              <a href={link()} data-testid="personal-link">
                {link()}
              </a>
            </p>
            <CopyButton text={link()} label="Copy your personal link" />
            <QrSvg text={link()} label="QR code of your personal link" class="qr-svg join-qr" testId="personal-qr" />
            <p>
              <a class="button join-open" href={link()}>
                Open my page
              </a>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
