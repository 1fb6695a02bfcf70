import type { Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { formatRemaining, remainingAt } from '../live/countdown-text';

/**
 * The big digits: remaining time of the phase, from the server's deadline and the server's now.
 * `--chars` (the digits' length) lets a stylesheet size them to fit the width.
 */
export function Countdown(props: { clock: ClockSnapshot | null; serverNow: Accessor<number>; class?: string }) {
  const text = () => (props.clock ? formatRemaining(remainingAt(props.clock, props.serverNow())) : '–:––');
  return (
    <div
      class={`countdown ${props.class ?? ''}`}
      role="timer"
      aria-label={`Time left ${text()}`}
      data-testid="countdown"
      style={{ '--chars': String(text().length) }}
    >
      {text()}
    </div>
  );
}
