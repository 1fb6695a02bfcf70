import { describe, expect, it } from 'vitest';
import { MAX_PAIRS, MAX_PLAN_WORK, plan, PlanError, quality, replan } from '../../../../shared/planner';
import {
  byeCounts,
  emptySeats,
  hardRuleProblems,
  makeInput,
  makeMentees,
  makeMentors,
  meetings,
  spreadOf,
} from './support';

describe('edge cases', () => {
  it('no mentees: every round lists every table, empty', () => {
    const input = makeInput(3, 0, 2, 2);
    const s = plan(input.settings, input.mentors, input.mentees);
    expect(s.rounds).toEqual(
      [1, 2].map((round) => ({
        round,
        tables: input.mentors.map((m) => ({ mentorId: m.id, menteeIds: [] })),
        byes: [],
      })),
    );
    expect(quality(s, input)).toMatchObject({ distinctMeetings: 0, coverageBound: 0, coverageRatio: 1 });
  });

  it('no mentors: a PlanError that says what to do', () => {
    expect(() => plan({ rounds: 3, tableCapacity: 1 }, [], makeMentees(4))).toThrow(PlanError);
    expect(() => plan({ rounds: 3, tableCapacity: 1 }, [], makeMentees(4))).toThrow(
      'no mentors: add at least one mentor before planning',
    );
  });

  it('rejects settings and ids that cannot be planned, naming the problem', () => {
    const m = makeMentors(2);
    const e = makeMentees(2);
    expect(() => plan({ rounds: 0, tableCapacity: 1 }, m, e)).toThrow(/rounds must be a whole number/);
    expect(() => plan({ rounds: 2.5, tableCapacity: 1 }, m, e)).toThrow(/rounds must be a whole number/);
    expect(() => plan({ rounds: 2, tableCapacity: 0 }, m, e)).toThrow(/tableCapacity must be a whole number/);
    expect(() => plan({ rounds: 2, tableCapacity: 1 }, [m[0]!, { ...m[1]!, id: 'm1' }], e)).toThrow(
      /two mentors share the id "m1"/,
    );
    expect(() => plan({ rounds: 2, tableCapacity: 1 }, m, [e[0]!, { ...e[1]!, id: 'e1' }])).toThrow(
      /two mentees share the id "e1"/,
    );
  });

  it('refuses a plan beyond its work cap, before doing any of it, and says what to change', () => {
    expect(MAX_PLAN_WORK).toBe(3_000_000);
    // 2 rounds × (2 mentors + 1500 mentees × 1000 seats) = 3,000,004: just over.
    const over = () => plan({ rounds: 2, tableCapacity: 1000 }, makeMentors(2), makeMentees(1500));
    expect(over).toThrow(PlanError);
    expect(over).toThrow(
      'the event is too large: 2 rounds × (2 mentors + 1,500 mentees × 1000 seats a table) is 3,000,004, ' +
        'and Tablehop plans at most 3,000,000; plan fewer rounds or smaller tables, or split the event',
    );
    // 1499 mentees: 2,998,004, just under; planned (two tables seat them all).
    const under = plan({ rounds: 2, tableCapacity: 1000 }, makeMentors(2), makeMentees(1499));
    expect(under.rounds[0]!.tables.flatMap((t) => t.menteeIds)).toHaveLength(1499);
    // 200 rounds of a 300-table, 3000-mentee room at tables of 5: 3,060,000.
    expect(() => plan({ rounds: 200, tableCapacity: 5 }, makeMentors(300), makeMentees(3000))).toThrow(
      /200 rounds × \(300 mentors \+ 3,000 mentees × 5 seats a table\) is 3,060,000/,
    );
    // A replan checks the same cap: the room grew past it after the first plan.
    const input = makeInput(2, 10, 3, 5);
    const s = plan(input.settings, input.mentors, input.mentees);
    expect(() =>
      replan(s, 2, {
        settings: { rounds: 3, tableCapacity: 1000 },
        mentors: input.mentors,
        mentees: makeMentees(1000),
      }),
    ).toThrow(/the event is too large: 3 rounds × \(2 mentors \+ 1,000 mentees × 1000 seats a table\)/);
  });

  it('refuses more mentor-mentee pairs than it can index', () => {
    expect(MAX_PAIRS).toBe(10_000_000);
    expect(() => plan({ rounds: 1, tableCapacity: 1 }, makeMentors(2001), makeMentees(5000))).toThrow(
      'the event is too large: 2,001 mentors × 5,000 mentees is more than 10,000,000 pairs; split the event',
    );
  });

  it('one mentor and one mentee: they meet every round', () => {
    const input = makeInput(1, 1, 3);
    const s = plan(input.settings, input.mentors, input.mentees);
    expect(s.rounds.map((r) => r.tables)).toEqual([1, 2, 3].map(() => [{ mentorId: 'm1', menteeIds: ['e1'] }]));
    expect(quality(s, input)).toMatchObject({ repeatMeetings: 2, avoidableRepeats: 0 });
  });

  it('more rounds than mentors: everyone meets every mentor first, then repeats spread evenly', () => {
    const input = makeInput(6, 6, 8);
    const s = plan(input.settings, input.mentors, input.mentees);
    expect(hardRuleProblems(s, input)).toEqual([]);
    for (const mine of meetings(s).values()) {
      expect(mine.size).toBe(6);
      expect([...mine.values()].sort()).toEqual([1, 1, 1, 1, 2, 2]); // two mentors twice
    }
    expect(quality(s, input).avoidableRepeats).toBe(0);
  });

  it('capacity larger than the room: everyone seated, empty seats even, hard rules hold', () => {
    const input = makeInput(2, 3, 3, 10);
    const s = plan(input.settings, input.mentors, input.mentees);
    expect(hardRuleProblems(s, input)).toEqual([]);
    for (const r of s.rounds) expect(r.byes).toEqual([]);
    expect(spreadOf(emptySeats(s, input))).toBeLessThanOrEqual(1);
    for (const mine of meetings(s).values()) expect(mine.size).toBe(2);
  });

  it('a single table with more mentees than seats rotates the byes fairly', () => {
    const input = makeInput(1, 5, 4, 2);
    const s = plan(input.settings, input.mentors, input.mentees);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(byeCounts(s, input).sort()).toEqual([2, 2, 2, 3, 3]);
  });

  it('is deterministic: the same input and seed give the same schedule; the seed is recorded', () => {
    const input = makeInput(7, 19, 6, 3);
    input.mentees[4]!.wishes = ['m2', 'm5'];
    input.mentees[6]!.avoid = ['m1'];
    const a = plan(input.settings, input.mentors, input.mentees, { seed: 'spring' });
    const b = plan(input.settings, input.mentors, input.mentees, { seed: 'spring' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a).toMatchObject({ seed: 'spring', settings: { rounds: 6, tableCapacity: 3 } });
    const seeds = [1, 2, 3, 4, 5].map((seed) =>
      JSON.stringify(plan(input.settings, input.mentors, input.mentees, { seed }).rounds),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1); // the seed does shuffle ties
  });

  it('does not change its input', () => {
    const input = makeInput(4, 6, 4, 2);
    input.mentees[0]!.wishes = ['m3'];
    const copy = JSON.stringify(input);
    plan(input.settings, input.mentors, input.mentees);
    expect(JSON.stringify(input)).toBe(copy);
  });

  it('lists people with only their public fields', () => {
    const input = makeInput(2, 2, 1);
    const s = plan(input.settings, input.mentors, input.mentees);
    expect(s.mentors).toEqual([
      { id: 'm1', name: 'Mentor 1', table: 'T1' },
      { id: 'm2', name: 'Mentor 2', table: 'T2' },
    ]);
    expect(s.mentees).toEqual([
      { id: 'e1', name: 'Mentee 1' },
      { id: 'e2', name: 'Mentee 2' },
    ]);
  });
});
