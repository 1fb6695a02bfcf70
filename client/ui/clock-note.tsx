import { Show, type JSX } from 'solid-js';
import { clockCueText, type ClockCue } from '../live/cues';
import './clock-cues.css';

/**
 * The word beside the countdown: "Paused" while the clock is stopped, "Last minute" at the
 * end of a meeting. Colour alone would not tell everyone (nor a screen reader).
 */
export function ClockNote(props: { cue: ClockCue; warnMs: number; class?: string }): JSX.Element {
  return (
    <Show when={props.cue}>
      {(cue) => (
        <p class={`clock-note clock-note-${cue()} ${props.class ?? ''}`} data-testid="clock-note" data-cue={cue()}>
          {clockCueText(cue(), props.warnMs)}
        </p>
      )}
    </Show>
  );
}
