import { Show, type Accessor, type JSX } from 'solid-js';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { projector } from '../../i18n/catalogues/projector';
import { formatRemaining, remainingAt } from '../../live/countdown-text';
import type { ClockCue } from '../../live/cues';
import '../../ui/clock-cues.css';

/**
 * The projector's huge digits and the word under them ("Paused", "Last minute"), in the page's
 * language: the same digits as the shared Countdown (m:ss, `--chars` for the stylesheet to fit
 * them), written left to right in every language so an Arabic room reads 7:01, not 01:7.
 */
export function ProjectorClock(props: {
  clock: ClockSnapshot;
  serverNow: Accessor<number>;
  cue: ClockCue;
  warnMs: number;
}): JSX.Element {
  const text = () => formatRemaining(remainingAt(props.clock, props.serverNow()));
  const note = () => {
    if (props.cue === 'paused') return projector.t('cuePaused');
    if (props.cue === 'last-minute')
      return props.warnMs > 60_000 ? projector.t('cueEndingSoon') : projector.t('cueLastMinute');
    return null;
  };
  return (
    <>
      <div
        class={`countdown projector-countdown ${props.cue ?? ''}`}
        role="timer"
        dir="ltr"
        aria-label={projector.t('timeLeft', { time: text() })}
        data-testid="countdown"
        data-cue={props.cue ?? undefined}
        style={{ '--chars': String(text().length) }}
      >
        {text()}
      </div>
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
