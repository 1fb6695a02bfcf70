import { describe, expect, it } from 'vitest';
import { plan, quality } from '../../../../shared/planner';
import { byeCounts, emptySeats, hardRuleProblems, makeInput, meetings, mentorOf, peerPairs, spreadOf } from './support';

const planOf = (input: ReturnType<typeof makeInput>, seed?: number) =>
  plan(input.settings, input.mentors, input.mentees, seed === undefined ? {} : { seed });

describe('the classic rotation', () => {
  it('moves every mentee exactly one table on each round, the last table wrapping to the first', () => {
    const input = makeInput(6, 6, 6);
    const s = planOf(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    for (let r = 1; r < 6; r++) {
      for (const x of input.mentees) {
        const before = Number(mentorOf(s, r - 1, x.id)!.slice(1));
        const after = Number(mentorOf(s, r, x.id)!.slice(1));
        expect(after).toBe((before % 6) + 1); // T3 → T4, T6 → T1
      }
    }
    expect(quality(s, input).oneTableOn.share).toBe(1);
  });

  it('keeps the shape whatever the seed, and every mentee meets every mentor once', () => {
    const input = makeInput(5, 5, 5);
    for (const seed of [1, 2, 'x']) {
      const s = plan(input.settings, input.mentors, input.mentees, { seed });
      expect(quality(s, input).oneTableOn.share).toBe(1);
      for (const mine of meetings(s).values()) expect([...mine.values()]).toEqual([1, 1, 1, 1, 1]);
    }
  });
});

describe('4 mentors × 11 mentees × 4 rounds', () => {
  it('with single seats: 7 byes a round spread 2–3 each, 16 meetings with nobody meeting a mentor twice', () => {
    const input = makeInput(4, 11, 4);
    const s = planOf(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    for (const r of s.rounds) expect(r.byes).toHaveLength(7);
    expect(byeCounts(s, input).sort()).toEqual([2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
    const met = meetings(s);
    for (const mine of met.values()) for (const n of mine.values()) expect(n).toBe(1);
    const q = quality(s, input);
    expect(q.coverageBound).toBe(16);
    expect(q.distinctMeetings).toBe(16);
  });

  it('with tables of 3: nobody sits out, everyone meets all 4 mentors, one seat empty per mentor', () => {
    const input = makeInput(4, 11, 4, 3);
    const s = planOf(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    for (const r of s.rounds) expect(r.byes).toEqual([]);
    for (const mine of meetings(s).values()) expect(mine.size).toBe(4);
    expect(emptySeats(s, input)).toEqual([1, 1, 1, 1]);
    // Four tables is not prime, so a few pairs meet twice; the peer pass keeps it low.
    expect([...peerPairs(s).values()].filter((n) => n > 1).length).toBeLessThanOrEqual(4);
  });
});

describe('8 mentors × 5 mentees', () => {
  it('seats everyone each round at a new mentor, mentors rest evenly (2 or 3 of 6 rounds)', () => {
    const input = makeInput(8, 5, 6);
    const s = planOf(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    for (const r of s.rounds) expect(r.byes).toEqual([]);
    for (const mine of meetings(s).values()) expect(mine.size).toBe(6);
    const rests = emptySeats(s, input);
    expect(rests.reduce((a, b) => a + b, 0)).toBe(18);
    expect(spreadOf(rests)).toBeLessThanOrEqual(1);
    expect(quality(s, input).oneTableOn.share).toBe(1);
  });
});

describe('group tables', () => {
  it('7 tables of 3, 21 mentees, 6 rounds: nobody shares a table with the same mentee twice', () => {
    const input = makeInput(7, 21, 6, 3);
    for (const seed of [1, 2, 3]) {
      const s = planOf(input, seed);
      expect(hardRuleProblems(s, input)).toEqual([]);
      const pairs = peerPairs(s);
      expect(Math.max(...pairs.values())).toBe(1);
      expect(pairs.size).toBe(6 * 7 * 3); // 6 rounds × 7 tables × 3 pairs, all different
      for (const mine of meetings(s).values()) expect(mine.size).toBe(6);
    }
  });

  it('5 tables of 2, 10 mentees, 5 rounds: everyone meets all 5 mentors and 5 different table-mates', () => {
    const input = makeInput(5, 10, 5, 2);
    const s = planOf(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(Math.max(...peerPairs(s).values())).toBe(1);
    for (const mine of meetings(s).values()) expect(mine.size).toBe(5);
    expect(quality(s, input).repeatedPeerPairs).toBe(0);
  });

  it('11 tables of 4 with 40 mentees: partly filled tables still keep table-mates fresh and empty seats even', () => {
    const input = makeInput(11, 40, 8, 4);
    const s = planOf(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(quality(s, input).repeatedPeerPairs).toBe(0);
    expect(spreadOf(emptySeats(s, input))).toBeLessThanOrEqual(1);
  });

  it('mentees with byes at group tables: fair byes, all seats used, nobody meets a mentor twice', () => {
    const input = makeInput(6, 25, 5, 3);
    const s = planOf(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(spreadOf(byeCounts(s, input))).toBeLessThanOrEqual(1);
    for (const r of s.rounds) expect(r.byes).toHaveLength(7);
    const q = quality(s, input);
    expect(q.distinctMeetings).toBe(q.coverageBound);
    expect(q.repeatMeetings).toBe(0);
  });
});
