import type { Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { formatRemaining, remainingAt } from '../live/countdown-text';
import type { ClockCue } from '../live/cues';

/**
 * The big digits: remaining time of the phase, from the server's deadline and the server's now.
 * `--chars` (the digits' length) lets a stylesheet size them to fit the width. `cue` (paused,
 * last minute) becomes a class and `data-cue`, for a stylesheet to colour them.
 */
export function Countdown(props: {
  clock: ClockSnapshot | null;
  serverNow: Accessor<number>;
  class?: string;
  cue?: ClockCue;
  /** The timer's spoken label in the page's language (a translated screen's); else English. */
  label?: (time: string) => string;
  /** `ltr` keeps m:ss reading 7:01 inside a right-to-left page. */
  dir?: 'ltr';
}) {
  const text = () => (props.clock ? formatRemaining(remainingAt(props.clock, props.serverNow())) : '–:––');
  return (
    <div
      class={`countdown ${props.cue ?? ''} ${props.class ?? ''}`}
      role="timer"
      dir={props.dir}
      aria-label={props.label ? props.label(text()) : `Time left ${text()}`}
      data-testid="countdown"
      data-cue={props.cue ?? undefined}
      style={{ '--chars': String(text().length) }}
    >
      {text()}
    </div>
  );
}
