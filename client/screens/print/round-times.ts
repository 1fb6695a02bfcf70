import type { EventInfo } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { buildPhases, meetingPhaseIndex, phaseStartTimes } from '../../../shared/timeline';

/** Where printed times come from: the running clock, the planned start, or nowhere yet. */
export type TimeBasis = 'clock' | 'planned' | 'none';

/** The basis of the times a printable shows. */
export function timeBasis(clock: Pick<ClockSnapshot, 'status'>, plannedStartAt: number | null): TimeBasis {
  if (clock.status === 'running' || clock.status === 'paused') return 'clock';
  if (clock.status === 'idle' && plannedStartAt !== null) return 'planned';
  return 'none';
}

/**
 * When each round's meeting starts (index = round − 1), from the shared timeline: before the
 * start from the planned start, once the clock runs from the clock (so pauses and extensions
 * move later rounds). Null where unknown, or for a round that has already begun.
 */
export function roundStartTimes(
  event: Pick<EventInfo, 'rounds' | 'roundSeconds' | 'changeoverSeconds' | 'breaks' | 'plannedStartAt'>,
  clock: ClockSnapshot,
  serverNow: number,
): (number | null)[] {
  const times = phaseStartTimes(clock, buildPhases(event), serverNow, event.plannedStartAt);
  return Array.from({ length: event.rounds }, (_, i) => times[meetingPhaseIndex(i + 1)] ?? null);
}

/** Whether two lists of times are the same (so the pages re-render only when a time moved). */
export function sameTimes(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
