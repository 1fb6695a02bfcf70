import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import type { Break } from '../../../../shared/schemas/settings';
import { buildPhases } from '../../../../shared/timeline/phases';
import { consoleRun } from '../../../i18n/catalogues/console-run';

/** What the console's phase words need from a clock snapshot. */
export type PhaseClock = Pick<ClockSnapshot, 'status' | 'rounds'> & {
  phase: Pick<NonNullable<ClockSnapshot['phase']>, 'kind' | 'round'> | null;
};

/** A phase in the organizer's words ("Round 3 of 6 · changeover"), without the pause. */
function phaseWords(p: { kind: string; round: number }, rounds: number): string {
  const at = { round: p.round, rounds };
  if (p.kind === 'meeting') return consoleRun.t('phaseMeeting', at);
  if (p.kind === 'changeover') return consoleRun.t('phaseChangeover', at);
  return consoleRun.t('phaseBreak', at);
}

/**
 * Where the event is, in the console's words (never a 0-based phase number): "Round 1 of 6 ·
 * talking", "Round 3 of 6 · changeover" (people moving to round 3), "Break · then round 4 of 6",
 * with " · paused" while paused; "Not started yet" and "The event has ended" around them.
 */
export function consolePhase(clock: PhaseClock): string {
  if (clock.status === 'idle') return consoleRun.t('phaseIdle');
  if (clock.status === 'finished') return consoleRun.t('phaseFinished');
  if (!clock.phase) return '';
  const phase = phaseWords(clock.phase, clock.rounds);
  return clock.status === 'paused' ? consoleRun.t('phasePaused', { phase }) : phase;
}

/** The timing an upcoming phase is worked out from (the event's settings). */
export interface PhaseTiming {
  roundSeconds: number;
  changeoverSeconds: number;
  breaks: Break[];
}

/**
 * What comes after the current phase ("Next: Round 2 of 6 · talking", "Next: the end"), for
 * a running or paused clock; null before the start and after the end.
 */
export function nextPhaseText(clock: ClockSnapshot, timing: PhaseTiming): string | null {
  if (clock.status !== 'running' && clock.status !== 'paused') return null;
  if (isLastPhase(clock)) return consoleRun.t('nextEnd');
  const phases = buildPhases({ ...timing, rounds: clock.rounds });
  const next = phases[clock.phaseIndex + 1];
  return next ? consoleRun.t('nextPhase', { phase: phaseWords(next, clock.rounds) }) : null;
}

/** Whether the clock is in its last phase (a skip then ends the event). */
export function isLastPhase(clock: Pick<ClockSnapshot, 'status' | 'phaseCount'> & { phaseIndex?: number }): boolean {
  return (
    (clock.status === 'running' || clock.status === 'paused') &&
    clock.phaseIndex !== undefined &&
    clock.phaseIndex >= clock.phaseCount - 1
  );
}
