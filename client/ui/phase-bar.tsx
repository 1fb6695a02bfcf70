import { Show, type Accessor, type JSX } from 'solid-js';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { Countdown } from './countdown';

/** The phase in words and the countdown under it; no digits before the start or after the end. */
export function PhaseBar(props: {
  clock: ClockSnapshot;
  label: string;
  serverNow: Accessor<number>;
  class?: string;
}): JSX.Element {
  const ticking = () => props.clock.status === 'running' || props.clock.status === 'paused';
  return (
    <section
      class={`phase-bar phase-${props.clock.phase?.kind ?? props.clock.status} ${props.class ?? ''}`}
      aria-label="Time"
    >
      <p class="phase-label" data-testid="phase-label">
        {props.label}
      </p>
      <Show when={ticking()}>
        <Countdown
          clock={props.clock}
          serverNow={props.serverNow}
          class={props.clock.status === 'paused' ? 'paused' : ''}
        />
      </Show>
    </section>
  );
}
