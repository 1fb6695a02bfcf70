/**
 * Groups (issue 18): nobody meets a mentor of their own group (hard, like an avoid), and mentees
 * of one group are kept apart at tables (soft, at the fewest the numbers allow). Group names
 * compare case-insensitively after trim; without groups, or with both rules off, plans are
 * exactly as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageBound, plan, quality, replan, type PlanInput } from '../../../../shared/planner';
import { createRng } from '../../../../shared/planner/prng';
import { handCaseArb, ownGroupMeetings } from './hand-support';
import { hardRuleProblems, makeMentees, makeMentors } from './support';

/** T mentors without a group, M mentees in G groups (i mod G), one random wish each. */
function grouped(T: number, M: number, G: number, rounds: number, cap: number, seed: number, apart = true): PlanInput {
  const rng = createRng(seed);
  return {
    settings: { rounds, tableCapacity: cap, groups: { menteesApart: apart, notOwnGroupMentor: true } },
    mentors: makeMentors(T),
    mentees: makeMentees(M).map((x, i) => ({ ...x, wishes: [`m${1 + rng.int(T)}`], group: `Group ${i % G}` })),
  };
}

const run = (input: PlanInput, seed = 1) => plan(input.settings, input.mentors, input.mentees, { seed });

/** Pairs of one group's mentees at one table, counted here (not by quality()). */
function sharing(schedule: ReturnType<typeof plan>, input: PlanInput): number {
  const group = new Map(input.mentees.map((x) => [x.id, x.group?.trim().toLowerCase()] as const));
  let n = 0;
  for (const r of schedule.rounds) {
    for (const t of r.tables) {
      const ids = t.menteeIds.filter((id) => group.get(id));
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) if (group.get(ids[i]!) === group.get(ids[j]!)) n++;
    }
  }
  return n;
}

describe('a mentor of the mentee’s own group', () => {
  it('is never met, whatever the spelling of the group, and counts as avoided in the bound', () => {
    const mentors = makeMentors(4).map((m, i) => ({ ...m, group: i < 2 ? 'Acme' : null }));
    const mentees = makeMentees(8).map((x, i) => ({ ...x, group: i % 2 ? ' acme ' : 'ACME', wishes: ['m1'] }));
    const input: PlanInput = { settings: { rounds: 4, tableCapacity: 2 }, mentors, mentees };
    for (let seed = 1; seed <= 20; seed++) {
      const s = run(input, seed);
      expect(ownGroupMeetings(s, input)).toEqual([]);
      expect(hardRuleProblems(s, input)).toEqual([]);
      const q = quality(s, input);
      expect(q.groups.ownGroupMeetings).toBe(0);
      expect(q.avoidViolations).toBe(0);
      // Only m3 and m4 are open to them: 8 mentees × 2 mentors, 2 seats × 4 rounds each.
      expect(q.coverageBound).toBe(16);
      expect(q.distinctMeetings).toBe(16);
      // A wish for an own-group mentor can never be met, so it is not counted.
      expect(q.wishes.total).toBe(0);
    }
    expect(coverageBound(input)).toBe(16);
  });

  it('is met freely with the rule off, and then the plan is the one without groups', () => {
    const input = grouped(5, 15, 3, 5, 3, 7, false);
    const off = {
      ...input,
      settings: { ...input.settings, groups: { menteesApart: false, notOwnGroupMentor: false } },
      mentors: input.mentors.map((m) => ({ ...m, group: 'Group 0' })),
    };
    const plain: PlanInput = {
      settings: { rounds: 5, tableCapacity: 3 },
      mentors: input.mentors,
      mentees: input.mentees.map(({ group: _group, ...x }) => x),
    };
    expect(JSON.stringify(run(off).rounds)).toBe(JSON.stringify(run(plain).rounds));
    expect(quality(run(off), off).groups.ownGroupMeetings).toBeGreaterThan(0);
  });
});

describe('mentees of one group kept apart', () => {
  it('never share a table where each group fills one lane (one mentee a table a round), over a full rotation', () => {
    for (const [T, cap, M, G] of [
      [5, 3, 15, 3],
      [7, 4, 28, 4],
      [11, 3, 33, 3],
      [13, 2, 26, 2],
    ] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        const input = grouped(T, M, G, T, cap, seed);
        const s = run(input, seed);
        expect(sharing(s, input), `${T} tables, seed ${seed}`).toBe(0);
        expect(quality(s, input).groups).toMatchObject({ menteesSharingTable: 0, minimumPossible: 0 });
        expect(quality(s, input).coverageRatio).toBe(1);
      }
    }
  });

  it('share far fewer tables than with the rule off, and never fewer than the lower bound', () => {
    let on = 0;
    let off = 0;
    for (let seed = 1; seed <= 5; seed++) {
      for (const [T, cap, M, G, R] of [
        [10, 5, 50, 5, 8],
        [20, 5, 100, 10, 10],
        [6, 4, 24, 3, 6],
      ] as const) {
        const a = grouped(T, M, G, R, cap, seed);
        const b = grouped(T, M, G, R, cap, seed, false);
        const sa = run(a, seed);
        on += sharing(sa, a);
        off += sharing(run(b, seed), b);
        const q = quality(sa, a);
        expect(q.groups.menteesSharingTable).toBe(sharing(sa, a));
        expect(q.groups.minimumPossible).toBeLessThanOrEqual(q.groups.menteesSharingTable);
      }
    }
    expect(on).toBeLessThan(off / 3);
  });

  it('the lower bound: a group larger than the tables must share (8 mentees, 6 tables: 2 pairs a round)', () => {
    const input = grouped(6, 8, 1, 3, 2, 1);
    const s = run(input);
    expect(quality(s, input).groups).toMatchObject({ minimumPossible: 6, menteesSharingTable: 6 });
  });
});

describe('group properties', () => {
  it('no meeting with an own-group mentor outside locked rounds, in plans and replans; hard rules hold', () => {
    fc.assert(
      fc.property(handCaseArb(), ({ input, opts }) => {
        const s = plan(input.settings, input.mentors, input.mentees, opts);
        const locked = new Set(opts.locked.map((r) => r.round));
        expect(ownGroupMeetings(s, input, locked)).toEqual([]);
        expect(hardRuleProblems(s, input)).toEqual([]);
        const q = quality(s, input, opts);
        expect(q.groups.minimumPossible).toBeLessThanOrEqual(q.groups.menteesSharingTable);
        const now = { ...input, mentees: input.mentees.slice(1) };
        const after = replan(s, 2, now, { ...opts, locked: [] });
        expect(ownGroupMeetings(after, now, new Set([1, ...locked]))).toEqual([]);
      }),
      { numRuns: 150, seed: 1802 },
    );
  });
});
