import { Show, type Accessor, type JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { clockCue } from '../live/cues';
import type { PhaseLine } from '../live/phone-phrases';
import { ClockNote } from './clock-note';
import { Countdown } from './countdown';

/**
 * The phase in words over the countdown, and under it the caption (who arrives next) and the
 * cue in words ("Paused", "Last minute"); no digits before the start or after the end. In the
 * last `warnMs` of a meeting the bar changes colour (class `last-minute`).
 */
export function PhaseBar(props: {
  clock: ClockSnapshot;
  phrases: Pick<PhaseLine, 'label' | 'caption'>;
  serverNow: Accessor<number>;
  warnMs: number;
  class?: string;
}): JSX.Element {
  const ticking = () => props.clock.status === 'running' || props.clock.status === 'paused';
  const cue = () => clockCue(props.clock, props.serverNow(), props.warnMs);
  return (
    <section
      class={`phase-bar phase-${props.clock.phase?.kind ?? props.clock.status} ${cue() ?? ''} ${props.class ?? ''}`}
      aria-label={phone.t('timeSection')}
      data-cue={cue() ?? undefined}
    >
      <p class="phase-label" data-testid="phase-label">
        {props.phrases.label}
      </p>
      <Show when={ticking()}>
        <Countdown
          clock={props.clock}
          serverNow={props.serverNow}
          cue={cue()}
          dir="ltr"
          label={(time) => phone.t('timeLeft', { time })}
        />
        <ClockNote cue={cue()} warnMs={props.warnMs} />
      </Show>
      <Show when={props.phrases.caption}>
        {(caption) => (
          <p class="phase-caption" data-testid="phase-caption" dir="auto">
            {caption()}
          </p>
        )}
      </Show>
    </section>
  );
}
