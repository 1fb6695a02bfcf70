import { describe, expect, it } from 'vitest';
import { sameRows, scheduleRows } from '../../../client/live/schedule-rows';
import { PHASES, T0, ZOE_ROUNDS, finishedClock, idleClock, pausedClock, runningClock } from '../support/fixtures';

const MIN = 60_000;

describe('scheduleRows', () => {
  it('during round 1 marks it current and times the rounds after it', () => {
    const rows = scheduleRows(ZOE_ROUNDS, runningClock(0, 5 * MIN), PHASES, T0, null);
    expect(rows.map((r) => r.state)).toEqual(['current', 'upcoming', 'upcoming']);
    // Round 2 starts after the 5 min left plus the 2 min changeover; round 3 a further 12 min on.
    expect(rows.map((r) => r.startsAt)).toEqual([null, T0 + 7 * MIN, T0 + 19 * MIN]);
  });

  it('in a changeover the coming round is current, with its start time', () => {
    const rows = scheduleRows(ZOE_ROUNDS, runningClock(1, 90_000), PHASES, T0, null);
    expect(rows.map((r) => r.state)).toEqual(['done', 'current', 'upcoming']);
    expect(rows[1]!.startsAt).toBe(T0 + 90_000);
  });

  it('while paused the times move with the clock', () => {
    const a = scheduleRows(ZOE_ROUNDS, pausedClock(2, 4 * MIN), PHASES, T0, null);
    const b = scheduleRows(ZOE_ROUNDS, pausedClock(2, 4 * MIN), PHASES, T0 + MIN, null);
    expect(a[2]!.startsAt).toBe(T0 + 6 * MIN);
    expect(b[2]!.startsAt).toBe(T0 + 7 * MIN);
  });

  it('before the start uses the planned start, or has no times', () => {
    const planned = scheduleRows(ZOE_ROUNDS, idleClock(), PHASES, T0, T0 + 30 * MIN);
    expect(planned.map((r) => r.startsAt)).toEqual([T0 + 30 * MIN, T0 + 42 * MIN, T0 + 54 * MIN]);
    expect(
      scheduleRows(ZOE_ROUNDS, idleClock(), PHASES, T0, null).every(
        (r) => r.startsAt === null && r.state === 'upcoming',
      ),
    ).toBe(true);
  });

  it('after the end everything is done', () => {
    expect(scheduleRows(ZOE_ROUNDS, finishedClock(), PHASES, T0, null).map((r) => r.state)).toEqual([
      'done',
      'done',
      'done',
    ]);
  });

  it('sorts by round and tells equal schedules apart from changed ones', () => {
    const shuffled = [ZOE_ROUNDS[2]!, ZOE_ROUNDS[0]!, ZOE_ROUNDS[1]!];
    const rows = scheduleRows(shuffled, runningClock(0, MIN), PHASES, T0, null);
    expect(rows.map((r) => r.round)).toEqual([1, 2, 3]);
    expect(sameRows(rows, scheduleRows(shuffled, runningClock(0, MIN), PHASES, T0, null))).toBe(true);
    expect(sameRows(rows, scheduleRows(shuffled, runningClock(0, 2 * MIN), PHASES, T0, null))).toBe(false);
  });
});
