import type { ClockCommandInput, ClockSnapshot } from '../../../../shared/schemas/clock';

/** What the organizer can press on the Run panel. */
export type ClockAction = 'start' | 'pause' | 'resume' | 'extend' | 'skip' | 'end';

/** Which buttons are enabled for a clock, and whether the pause button reads Pause or Resume. */
export interface ClockButtons {
  start: boolean;
  pauseOrResume: 'pause' | 'resume';
  pauseResume: boolean;
  extend: boolean;
  skip: boolean;
  end: boolean;
}

/** The buttons a clock state allows (the server decides; this only avoids pointless presses). */
export function clockButtons(clock: Pick<ClockSnapshot, 'status' | 'phaseCount'> | null): ClockButtons {
  const status = clock?.status ?? 'idle';
  const live = status === 'running' || status === 'paused';
  return {
    start: clock !== null && status === 'idle' && clock.phaseCount > 0,
    pauseOrResume: status === 'paused' ? 'resume' : 'pause',
    pauseResume: live,
    extend: live,
    skip: live,
    end: clock !== null && status !== 'finished',
  };
}

/** A press remembered so a quick second press of the same button targets the same phase. */
export interface LastPress {
  action: ClockAction;
  phase: number | undefined;
  at: number;
}

/** Presses of the same button closer than this are one double-click. */
export const DOUBLE_PRESS_MS = 500;

/**
 * The command for a press: `expectedPhase` is the phase shown when pressed, so the server
 * refuses the command if the clock has moved on. A second press of the same button within
 * {@link DOUBLE_PRESS_MS} keeps the first press's phase even if the screen has already moved
 * on: a double-click skips one phase, never two. `now` is the press time (ms).
 */
export function buildClockCommand(
  action: ClockAction,
  shownPhase: number | undefined,
  last: LastPress | null,
  now: number,
): { command: ClockCommandInput; press: LastPress; repeated: boolean } {
  const repeat = last !== null && last.action === action && now - last.at < DOUBLE_PRESS_MS;
  const phase = repeat ? last.phase : shownPhase;
  const expected = phase === undefined ? {} : { expectedPhase: phase };
  const command: ClockCommandInput =
    action === 'extend' ? { action, seconds: 60, ...expected } : { action, ...expected };
  return { command, press: { action, phase, at: now }, repeated: repeat };
}
