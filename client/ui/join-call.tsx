import type { JSX } from 'solid-js';

/**
 * A remote table's call (issue 17): one big link that opens the mentor's video call in a new
 * tab, so the countdown stays on this page. The server accepts only https:// links, and the
 * check is repeated here so no other scheme is ever put behind the button.
 */
export function JoinCall(props: { url: string; who?: string | null }): JSX.Element | null {
  if (!/^https:\/\//i.test(props.url)) return null;
  return (
    <p class="join-call-line">
      <a
        class="button join-call"
        href={props.url}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="join-call"
        aria-label={props.who ? `Join the call with ${props.who} (opens a new tab)` : 'Join the call (opens a new tab)'}
      >
        Join the call
      </a>
      <span class="muted small join-call-note">This table meets by video call; keep this page open for the time.</span>
    </p>
  );
}
