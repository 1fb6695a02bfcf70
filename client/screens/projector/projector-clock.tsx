import { Show, type Accessor, type JSX } from 'solid-js';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { projector } from '../../i18n/catalogues/projector';
import type { ClockCue } from '../../live/cues';
import { Countdown } from '../../ui/countdown';
import '../../ui/clock-cues.css';

/**
 * The projector's huge digits (the shared Countdown, labelled in the page's language and left
 * to right in every language so an Arabic room reads 7:01, not 01:7) and the word under them
 * ("Paused", "Last minute").
 */
export function ProjectorClock(props: {
  clock: ClockSnapshot;
  serverNow: Accessor<number>;
  cue: ClockCue;
  warnMs: number;
}): JSX.Element {
  const note = () => {
    if (props.cue === 'paused') return projector.t('cuePaused');
    if (props.cue === 'last-minute')
      return props.warnMs > 60_000 ? projector.t('cueEndingSoon') : projector.t('cueLastMinute');
    return null;
  };
  return (
    <>
      <Countdown
        clock={props.clock}
        serverNow={props.serverNow}
        class="projector-countdown"
        cue={props.cue}
        dir="ltr"
        label={(time) => projector.t('timeLeft', { time })}
      />
      <Show when={note()}>
        {(words) => (
          <p class={`clock-note clock-note-${props.cue}`} data-testid="clock-note" data-cue={props.cue ?? undefined}>
            {words()}
          </p>
        )}
      </Show>
    </>
  );
}
