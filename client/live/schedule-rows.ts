import type { MyRound } from '../../shared/protocol/views';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { roundOfClock } from '../../shared/timeline';
import { meetingPhaseIndex, phaseStartTimes, type Phase } from '../../shared/timeline';

/** One line of a person's schedule. */
export interface ScheduleRow {
  round: number;
  entry: MyRound;
  /** 'current': the meeting running, or the round people are moving to. */
  state: 'done' | 'current' | 'upcoming';
  /** When the round's meeting starts (server time, epoch ms), where known. */
  startsAt: number | null;
}

/**
 * Pure: a person's rounds with their state and start time at `serverNow`. Times come from the
 * shared timeline (`phaseStartTimes`), so pauses and extensions move them; before the start
 * they come from the planned start, if any.
 */
export function scheduleRows(
  rounds: readonly MyRound[],
  clock: ClockSnapshot,
  phases: Phase[],
  serverNow: number,
  plannedStartAt: number | null,
): ScheduleRow[] {
  const times = phases.length === clock.phaseCount ? phaseStartTimes(clock, phases, serverNow, plannedStartAt) : [];
  // Before the start round 1 is where to go (roundOfClock says 1) but it has not begun: it is
  // listed as upcoming, with its planned time.
  const current = clock.status === 'idle' ? null : roundOfClock(clock);
  const ended = clock.status === 'finished';
  return [...rounds]
    .sort((a, b) => a.round - b.round)
    .map((entry) => {
      const state: ScheduleRow['state'] =
        ended || (current !== null && entry.round < current)
          ? 'done'
          : entry.round === current
            ? 'current'
            : 'upcoming';
      const startsAt = state === 'done' ? null : (times[meetingPhaseIndex(entry.round)] ?? null);
      return { round: entry.round, entry, state, startsAt };
    });
}

/** Whether two schedules read the same (so a screen need not re-render). */
export function sameRows(a: readonly ScheduleRow[], b: readonly ScheduleRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const o = b[i]!;
      return r.round === o.round && r.state === o.state && r.startsAt === o.startsAt && r.entry === o.entry;
    })
  );
}
