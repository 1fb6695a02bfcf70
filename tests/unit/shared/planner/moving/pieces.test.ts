/** Table-driven tests of the moving-mentors pieces: the ring, labels, quotas, the JSON shape, errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../../../shared/planner';
import { buildCycle, restsOnTrack, spreadPositions } from '../../../../../shared/planner/moving/cycle';
import { compareLabels, tableLabels } from '../../../../../shared/planner/moving/labels';
import { tableLimits } from '../../../../../shared/planner/moving/quotas';
import { movingCoverageBound, movingQuality, planMovingMentors } from '../../../../../shared/planner/moving';
import { scheduleSchema } from '../../../../../shared/schemas/schedule';
import { makeInput } from '../support';

describe('the ring', () => {
  it('spreads k of n positions so any two windows of one length differ by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (n, k0) => {
        const k = Math.min(k0, n);
        const on = new Uint8Array(n);
        for (const p of spreadPositions(k, n)) on[p] = 1;
        for (let len = 1; len <= n; len++) {
          const counts = Array.from({ length: n }, (_, s) => {
            let c = 0;
            for (let i = 0; i < len; i++) c += on[(s + i) % n]!;
            return c;
          });
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200, seed: 1601 },
    );
  });

  it('counts rests on a track as a walk along the ring would', () => {
    const c = buildCycle(3, 7);
    for (let off = 0; off < 7; off++)
      for (const [a, b] of [
        [0, 5],
        [2, 19],
        [6, 6],
      ] as const) {
        let walk = 0;
        for (let t = a; t < b; t++) if (c.posTable[(off + t) % 7]! < 0) walk++;
        expect(restsOnTrack(c, off, a, b)).toBe(walk);
      }
  });
});

describe('labels and sizes', () => {
  it('orders labels naturally and names fresh tables around fixed ones', () => {
    expect(['T10', 'T2', 'T1', 'Garden'].sort(compareLabels)).toEqual(['Garden', 'T1', 'T2', 'T10']);
    expect(tableLabels(['T3', 'T7'], 5)).toEqual(['T1', 'T2', 'T3', 'T4', 'T7']);
  });

  it('balances sizes within one around fixed seats, the extra seats at the most visited tables', () => {
    expect([...tableLimits(Int32Array.from([0, 0, 0]), 7, Int32Array.from([1, 5, 3]))]).toEqual([2, 3, 2]);
    expect([...tableLimits(Int32Array.from([5, 0, 0]), 9, Int32Array.from([0, 0, 0]))]).toEqual([5, 2, 2]);
  });
});

describe('the schedule JSON', () => {
  it('is today’s Schedule: every mentor each round, a rest is an entry without table or mentees', () => {
    const input = makeInput(5, 6, 4, 3);
    const s = planMovingMentors(input);
    expect(scheduleSchema.safeParse(s).success).toBe(true);
    expect(s.tables.map((t) => [t.table, t.menteeIds.length])).toEqual([
      ['T1', 3],
      ['T2', 3],
    ]);
    expect(s.tables.flatMap((t) => t.menteeIds).sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    for (const round of s.rounds) {
      expect(round.tables.map((v) => v.mentorId)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
      const resting = round.tables.filter((v) => v.table === undefined);
      expect(resting.length).toBe(3);
      for (const v of resting) expect(v.menteeIds).toEqual([]);
    }
    // A mentor's table in the people list is the first table they sit at.
    const first = (id: string) =>
      s.rounds.map((r) => r.tables.find((v) => v.mentorId === id)!.table).find((t) => t !== undefined) ?? '';
    expect(s.mentors.map((m) => m.table)).toEqual(s.mentors.map((m) => first(m.id)));
  });

  it('puts mentees whose table nobody visits in byes', () => {
    const s = planMovingMentors(makeInput(2, 9, 3, 3));
    for (const round of s.rounds) {
      const visited = new Set(round.tables.map((v) => v.table));
      const unvisited = s.tables.filter((t) => !visited.has(t.table)).flatMap((t) => t.menteeIds);
      expect(round.byes).toEqual(unvisited);
    }
  });

  it('seats fixed mentees as given and refuses a fixed table over capacity', () => {
    const input = makeInput(4, 8, 4, 2);
    input.mentees = input.mentees.map((x, i) => (i < 2 ? { ...x, table: 'Window' } : x));
    const s = planMovingMentors(input);
    expect(s.tables.find((t) => t.table === 'Window')!.menteeIds).toEqual(['e1', 'e2']);
    input.mentees = input.mentees.map((x) => ({ ...x, table: 'Window' }));
    expect(() => planMovingMentors(input)).toThrow(PlanError);
  });

  it('keeps avoids hard: a table with a mentee who avoids a mentor is never visited by them', () => {
    const input = makeInput(3, 6, 3, 3);
    input.mentees[0] = { ...input.mentees[0]!, avoid: ['m1'] };
    input.mentees[3] = { ...input.mentees[3]!, avoid: ['m2'] };
    const s = planMovingMentors(input);
    const q = movingQuality(s, input);
    expect(q.avoidBreaks).toBe(0);
    expect(q.distinctMeetings).toBe(movingCoverageBound(input, s.tables));
  });
});
