import { describe, expect, it } from 'vitest';
import { advance, phaseStartTimes } from '../../../shared/timeline';
import { liveClockAt } from '../../../client/live/live-clock';
import { PHASES, T0, finishedClock, idleClock, pausedClock, runningClock } from '../support/fixtures';

describe('liveClockAt', () => {
  it('returns the very same clock while its phase is still running', () => {
    const c = runningClock(0, 30_000);
    expect(liveClockAt(c, PHASES, T0 + 29_999)).toBe(c);
  });

  it('moves on to the next phase by itself when a boundary passes without news', () => {
    const c = runningClock(0, 30_000);
    const later = liveClockAt(c, PHASES, T0 + 31_000);
    expect(later.phase).toEqual({ index: 1, kind: 'changeover', round: 2 });
    expect(later.phaseEndsAt).toBe(T0 + 30_000 + 120_000);
    expect(later.status).toBe('running');
  });

  it('runs through several phases and finishes after the last one', () => {
    const c = runningClock(3, 1_000);
    expect(liveClockAt(c, PHASES, T0 + 1_000).phase?.index).toBe(4);
    expect(liveClockAt(c, PHASES, T0 + 1_000 + 600_000).status).toBe('finished');
  });

  it('leaves paused, idle and finished clocks alone', () => {
    for (const c of [pausedClock(2, 5_000), idleClock(), finishedClock()])
      expect(liveClockAt(c, PHASES, T0 + 10 * 60_000)).toBe(c);
  });

  it('does not guess without the phase lengths, or when they do not match the clock', () => {
    const c = runningClock(0, 1_000);
    expect(liveClockAt(c, null, T0 + 5_000)).toBe(c);
    expect(liveClockAt(c, PHASES.slice(0, 3), T0 + 5_000)).toBe(c);
  });
});

describe('a snapshot is a stored clock', () => {
  it('so the shared timeline takes it as it is, state for state', () => {
    expect(runningClock(2, 10_000)).toMatchObject({ status: 'running', phaseIndex: 2, phaseEndsAt: T0 + 10_000 });
    expect(pausedClock(1, 7_000)).toMatchObject({ status: 'paused', phaseIndex: 1, remainingMs: 7_000 });
    expect(idleClock()).toMatchObject({ status: 'idle' });
    expect(finishedClock()).toMatchObject({ status: 'finished' });
    expect(advance(runningClock(2, 10_000), PHASES, T0 + 10_000)).toMatchObject({
      status: 'running',
      phaseIndex: 3,
      phaseEndsAt: T0 + 10_000 + 120_000,
    });
    expect(phaseStartTimes(pausedClock(1, 7_000), PHASES, T0)[2]).toBe(T0 + 7_000);
  });
});
