import { describe, expect, it } from 'vitest';
import { coverageBound, formatQuality, quality, type PlanInput, type Schedule } from '../../../../shared/planner';
import { makeMentees, makeMentors } from './support';

/** A hand-written schedule: each round is [tables as mentee-id lists in mentor order, byes]. */
function schedule(rounds: [string[][], string[]][], mentors = 2): Schedule {
  return {
    mentors: makeMentors(mentors).map((m) => ({ ...m })),
    mentees: [],
    rounds: rounds.map(([tables, byes], i) => ({
      round: i + 1,
      tables: tables.map((ids, m) => ({ mentorId: `m${m + 1}`, menteeIds: ids })),
      byes,
    })),
  };
}

const input = (mentors: number, mentees: number, rounds: number, tableCapacity = 1): PlanInput => ({
  settings: { rounds, tableCapacity },
  mentors: makeMentors(mentors),
  mentees: makeMentees(mentees),
});

describe('quality', () => {
  it('counts coverage against the spec bound, repeats and avoidable repeats', () => {
    // 2 mentors, 2 mentees, 3 rounds: e1 meets m1 again while m2, whom e1 never meets, has a free seat.
    const s = schedule([
      [[['e1'], ['e2']], []],
      [[['e1'], []], ['e2']],
      [[['e2'], []], ['e1']],
    ]);
    const q = quality(s, input(2, 2, 3));
    expect(q).toMatchObject({
      meetings: 4,
      distinctMeetings: 3,
      coverageBound: 4,
      coverageRatio: 0.75,
      repeatMeetings: 1,
      avoidableRepeats: 1,
    });
    expect(q.byes).toMatchObject({ min: 1, max: 1, spread: 0, total: 2 });
    expect(q.idleSeats).toMatchObject({ min: 0, max: 2, spread: 2, total: 2 });
  });

  it('a repeat is avoidable if one swap that round gives both mentees someone new, not if an avoid forbids it', () => {
    const s = schedule([
      [[['e1'], ['e2']], []],
      [[['e1'], ['e2']], []],
    ]);
    expect(quality(s, input(2, 2, 2))).toMatchObject({ repeatMeetings: 2, avoidableRepeats: 2 });
    const i = input(2, 2, 2);
    i.mentees[1]!.avoid = ['m1'];
    const t = schedule([
      [[['e1'], ['e2']], []],
      [[['e1'], ['e2']], []],
    ]);
    expect(quality(t, i)).toMatchObject({ repeatMeetings: 2, avoidableRepeats: 0 });
  });

  it('a repeat after meeting every allowed mentor is not avoidable', () => {
    const s = schedule([
      [[['e1'], []], []],
      [[['e1'], []], []],
    ]);
    const i = input(2, 1, 2);
    i.mentees[0]!.avoid = ['m2'];
    expect(quality(s, i)).toMatchObject({
      repeatMeetings: 1,
      avoidableRepeats: 0,
      avoidViolations: 0,
      coverageBound: 1,
    });
  });

  it('reports hard-rule breaches: avoids, capacity, a mentee twice or missing', () => {
    const s = schedule([
      [[['e1', 'e2'], ['e1']], []],
      [[['e2'], []], []],
    ]);
    const i = input(2, 2, 2);
    i.mentees[1]!.avoid = ['m1'];
    expect(quality(s, i)).toMatchObject({ avoidViolations: 2, capacityViolations: 1, placementViolations: 2 });
  });

  it('counts repeated table-mates, wishes and one-table-on moves', () => {
    const s = schedule(
      [
        [[['e1', 'e2'], ['e3']], []],
        [[['e3'], ['e1', 'e2']], []],
        [[['e1', 'e2'], ['e3']], []],
      ],
      2,
    );
    const i = input(2, 3, 3, 2);
    i.mentees[0]!.wishes = ['m2', 'm1', 'ghost'];
    i.mentees[2]!.wishes = ['m1'];
    const q = quality(s, i);
    expect(q.repeatedPeerPairs).toBe(1);
    expect(q.wishes).toEqual({ met: 3, total: 3, ratio: 1, topMet: 2, topTotal: 2 });
    // Every move alternates T1 ↔ T2, which on two tables is always one table on.
    expect(q.oneTableOn).toEqual({ moves: 6, total: 6, share: 1 });
  });

  it('keeps forced byes out of the spread and reports them apart', () => {
    const s = schedule([
      [[['e1'], ['e2']], ['e3']],
      [[['e2'], ['e1']], ['e3']],
    ]);
    const i = input(2, 3, 2);
    i.mentees[2]!.avoid = ['m1', 'm2'];
    expect(quality(s, i).byes).toEqual({
      min: 0,
      max: 0,
      spread: 0,
      total: 0,
      forced: 2,
      forcedMentees: 1,
      partTime: 0,
      partTimeMax: 0,
    });
  });

  it('counts the byes of someone here for part of the event apart from the spread', () => {
    // e3 walks in for round 2 and sits out; e1 and e2 sat in both rounds.
    const s = schedule([
      [[['e1'], ['e2']], []],
      [[['e2'], ['e1']], ['e3']],
    ]);
    const q = quality(s, input(2, 3, 2));
    expect(q.byes).toMatchObject({ min: 0, max: 0, spread: 0, total: 1, partTime: 1, partTimeMax: 1 });
    expect(formatQuality(q).find((l) => l.includes('Sitting out'))).toBe(
      '  Sitting out: 0 rounds per mentee (spread 0), 1 bye in all; ' +
        '1 mentee here for part of the event, up to 1 round out',
    );
  });

  it('computes the spec bound: min of the per-mentee, per-mentor and per-round limits', () => {
    expect(coverageBound(input(4, 11, 4))).toBe(16); // rounds × seats
    expect(coverageBound(input(8, 5, 6))).toBe(30); // mentees × rounds
    expect(coverageBound(input(6, 6, 8))).toBe(36); // mentees × mentors
    const i = input(3, 4, 3, 2);
    for (const x of i.mentees) x.avoid = ['m1']; // nobody may meet m1
    expect(coverageBound(i)).toBe(8);
  });

  it('formats readable lines for the CLI', () => {
    const s = schedule([
      [[['e1'], ['e2']], ['e3']],
      [[['e2'], ['e1']], ['e3']],
    ]);
    const i = input(2, 3, 2);
    i.mentees[2]!.avoid = ['m1', 'm2'];
    i.mentees[0]!.wishes = ['m2'];
    expect(formatQuality(quality(s, i))).toEqual([
      'Quality (3 mentees, 2 mentors, 2 rounds, tables of 1)',
      '  Different meetings: 4 of at most 4 (100%); 0 repeats, 0 avoidable',
      '  Sitting out: nobody; 1 mentee avoids every mentor and sits out every round',
      '  Empty seats: none',
      '  Wishes met: 1 of 1 (100%); first wishes 1 of 1',
      '  One table on: 2 of 2 moves (100%)',
      '  Hard rules: all kept',
    ]);
  });
});
