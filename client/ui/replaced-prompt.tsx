import type { JSX } from 'solid-js';

/**
 * Why the page stopped following the event: its link was opened in more places than the server
 * keeps open at once (5), and this one was the oldest. The way back is a button, not an
 * automatic reconnect, or two tabs of the same link would take turns closing each other.
 */
export function ReplacedPrompt(props: { reclaim: () => void }): JSX.Element {
  return (
    <>
      <p>
        This link was opened on more devices or tabs than Tablehop keeps connected at once, so this, the oldest, was
        closed. Use it here to carry on (the oldest of the others closes instead).
      </p>
      <button type="button" data-testid="reclaim-link" onClick={() => props.reclaim()}>
        Use it here
      </button>
    </>
  );
}
