/**
 * Without the organizer's hand (issue 18) plans are exactly what they were: these hashes of
 * plan and replan JSON were taken from the planner before pins, locked rounds, groups,
 * priorities and earlier events existed. Empty options, groups with both rules off and one
 * priority for everyone change nothing either.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { plan, replan, type PlanInput, type PlanOptions } from '../../../../shared/planner';
import { randomInput } from './support';

/** [seed, mentors, mentees, capacity, rounds, wishes, avoids, plan hash, replan hash] */
const GOLDEN: [number, number, number, number, number, number, number, string, string][] = [
  [1, 7, 21, 3, 6, 2, 1, '5ff994526b6b698a', '0ff360759750aff7'],
  [2, 12, 50, 4, 10, 3, 2, '1f2dee6219c810db', 'ad96a72cde97853e'],
  [3, 30, 200, 3, 12, 3, 2, '66ca84a49bfb40ee', '593b74fea458a1a5'],
  [4, 5, 40, 2, 8, 1, 1, '269f682399d84996', 'b10cbddef0dedcac'],
  [5, 60, 300, 6, 20, 3, 3, 'fbf640896becebd6', '608901a8edc70c67'],
  [6, 200, 1000, 5, 20, 3, 2, 'd011400b08bb1a53', 'ccfd7d5377bcc73c'],
];

const sha = (x: unknown) => createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 16);

/** The plan and the replan from round 3 (the first mentee leaves, one arrives), hashed. */
function hashes(input: PlanInput, seed: number, opts: PlanOptions = {}): [string, string] {
  const s = plan(input.settings, input.mentors, input.mentees, { seed, ...opts });
  const changes = {
    ...input,
    mentees: [...input.mentees.slice(1), { id: 'new', name: 'New', wishes: ['m2'], avoid: [] }],
  };
  return [sha(s), sha(replan(s, 3, changes, { seed, ...opts }))];
}

describe('plans without the new options', () => {
  for (const [seed, T, M, cap, R, w, a, planHash, replanHash] of GOLDEN) {
    const input = () => randomInput(seed, T, M, { rounds: R, tableCapacity: cap }, w, a);
    it(`are byte-identical to before: ${T} mentors, ${M} mentees, tables of ${cap}, ${R} rounds`, () => {
      expect(hashes(input(), seed)).toEqual([planHash, replanHash]);
      expect(hashes(input(), seed, { pins: [], locked: [], metBefore: [] })).toEqual([planHash, replanHash]);
    });
  }

  it('groups with both rules off, and one priority for everyone, change nothing', () => {
    const [seed, T, M, cap, R, w, a, planHash] = GOLDEN[1]!;
    const input = randomInput(seed, T, M, { rounds: R, tableCapacity: cap }, w, a);
    const off: PlanInput = {
      settings: { ...input.settings, groups: { menteesApart: false, notOwnGroupMentor: false } },
      mentors: input.mentors.map((m, i) => ({ ...m, group: `G${i % 3}` })),
      mentees: input.mentees.map((x, i) => ({ ...x, group: `g${i % 3}`, priority: 4 })),
    };
    const s = plan(off.settings, off.mentors, off.mentees, { seed });
    expect(sha(s)).toBe(planHash);
  });
});
