import type { JSX } from 'solid-js';
import type { GateWords } from './gate-words';

/**
 * Why the page stopped following the event: its link was opened in more places than the server
 * keeps open at once (5), and this one was the oldest. The way back is a button, not an
 * automatic reconnect, or two tabs of the same link would take turns closing each other.
 * `words`: the page's language (gate-words.ts).
 */
export function ReplacedPrompt(props: { reclaim: () => void; words: GateWords }): JSX.Element {
  const words = () => props.words;
  return (
    <>
      <p>{words().replacedText}</p>
      <button type="button" data-testid="reclaim-link" onClick={() => props.reclaim()}>
        {words().useHere}
      </button>
    </>
  );
}
