import { Show, type JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';
import type { ClockCue } from '../live/cues';
import './clock-cues.css';

/** The cue in the page's language (cues.ts's clockCueText says it in English). */
const cueText = (cue: NonNullable<ClockCue>, warnMs: number) =>
  cue === 'paused' ? phone.t('cuePaused') : warnMs > 60_000 ? phone.t('cueEndingSoon') : phone.t('cueLastMinute');

/**
 * The word beside the countdown: "Paused" while the clock is stopped, "Last minute" at the
 * end of a meeting. Colour alone would not tell everyone (nor a screen reader).
 */
export function ClockNote(props: { cue: ClockCue; warnMs: number; class?: string }): JSX.Element {
  return (
    <Show when={props.cue}>
      {(cue) => (
        <p class={`clock-note clock-note-${cue()} ${props.class ?? ''}`} data-testid="clock-note" data-cue={cue()}>
          {cueText(cue(), props.warnMs)}
        </p>
      )}
    </Show>
  );
}
