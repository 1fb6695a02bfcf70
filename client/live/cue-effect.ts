import { createEffect, on, type Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { nextCue, type Cue, type CueState } from './cues';

/**
 * Watch the live clock (re-evaluated on every server second) and call `onCue` when a phase
 * begins or a meeting is `warnMs()` from its end. Must run inside a Solid owner.
 */
export function createCues(
  clock: Accessor<ClockSnapshot | null>,
  serverNow: Accessor<number>,
  warnMs: Accessor<number>,
  onCue: (cue: Cue) => void,
): void {
  let state: CueState | null = null;
  createEffect(
    on([clock, serverNow], ([c, now]) => {
      if (!c) return;
      const r = nextCue(state, c, now, warnMs());
      state = r.state;
      if (r.cue) onCue(r.cue);
    }),
  );
}
