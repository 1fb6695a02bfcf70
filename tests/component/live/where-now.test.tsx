import { describe, expect, it } from 'vitest';
import { tableAndMentor, whereNow } from '../../../client/live/where-now';
import { ZOE_ROUNDS, finishedClock, idleClock, pausedClock, runningClock } from '../support/fixtures';

describe('whereNow', () => {
  it('before the start points at round 1', () => {
    const w = whereNow(ZOE_ROUNDS, idleClock());
    expect(w).toMatchObject({ stage: 'before', round: 1, paused: false });
    expect(w.at?.table).toBe('T1');
    expect(w.next?.table).toBeNull();
    expect(w.nextSeated?.round).toBe(3);
  });

  it('in a meeting shows that round, and the round after as next', () => {
    const w = whereNow(ZOE_ROUNDS, runningClock(0, 1000));
    expect(w).toMatchObject({ stage: 'meeting', round: 1 });
    expect(w.at?.mentorName).toBe('Grace Hopper');
    expect(w.next?.round).toBe(2);
  });

  it('in a changeover is about the round people move to', () => {
    const w = whereNow(ZOE_ROUNDS, runningClock(3, 1000));
    expect(w).toMatchObject({ stage: 'changeover', round: 3 });
    expect(w.at?.table).toBe('T3');
    expect(w.next).toBeNull();
    expect(w.nextSeated).toBeNull();
  });

  it('on a bye knows the next round with a table', () => {
    const w = whereNow(ZOE_ROUNDS, pausedClock(2, 1000));
    expect(w).toMatchObject({ stage: 'meeting', round: 2, paused: true });
    expect(w.at?.table).toBeNull();
    expect(w.nextSeated?.table).toBe('T3');
  });

  it('after the end has no round', () => {
    expect(whereNow(ZOE_ROUNDS, finishedClock())).toMatchObject({ stage: 'ended', round: null, at: null, next: null });
  });

  it('without a schedule has nothing at the round', () => {
    expect(whereNow([], runningClock(0, 1000))).toMatchObject({ stage: 'meeting', round: 1, at: null });
  });

  it('writes table and mentor as one phrase', () => {
    expect(tableAndMentor(ZOE_ROUNDS[0]!)).toBe('T1 — Grace Hopper');
    expect(tableAndMentor({ table: 'T9', mentorName: null })).toBe('T9');
    expect(tableAndMentor(ZOE_ROUNDS[1]!)).toBe('');
  });
});
