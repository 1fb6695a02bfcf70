/**
 * Priorities (issue 18): where wishes compete, a higher priority is served first, then the
 * seeded order; quality() reports the wish figures per priority level.
 */
import { describe, expect, it } from 'vitest';
import { formatQuality, plan, quality, type PlanInput } from '../../../../shared/planner';
import { makeMentors, meetings } from './support';

/** T mentors, tables of 1; mentees e1… all wishing m1 first, with these priorities. */
function competing(T: number, rounds: number, priorities: (number | undefined)[]): PlanInput {
  return {
    settings: { rounds, tableCapacity: 1 },
    mentors: makeMentors(T),
    mentees: priorities.map((priority, i) => ({
      id: `e${i + 1}`,
      name: `Mentee ${i + 1}`,
      wishes: ['m1', `m${2 + (i % (T - 1))}`],
      avoid: [],
      ...(priority === undefined ? {} : { priority }),
    })),
  };
}

/** Which mentees meet m1, for one seed. */
const metFirstWish = (input: PlanInput, seed: number) => {
  const s = plan(input.settings, input.mentors, input.mentees, { seed });
  const met = meetings(s);
  return input.mentees.filter((x) => met.get(x.id)?.has('m1')).map((x) => x.id);
};

describe('priority', () => {
  it('two mentees wanting the one seat left at a mentor: the higher priority gets it, whatever the seed', () => {
    const input = competing(2, 1, [0, 1]);
    const reversed = competing(2, 1, [3, -2]);
    const plain = competing(2, 1, [undefined, undefined]);
    const winners = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      expect(metFirstWish(input, seed), `seed ${seed}`).toEqual(['e2']);
      expect(metFirstWish(reversed, seed), `seed ${seed}`).toEqual(['e1']);
      for (const id of metFirstWish(plain, seed)) winners.add(id);
    }
    // Without priorities the seed decides: both win for some seeds.
    expect([...winners].sort()).toEqual(['e1', 'e2']);
  });

  it('four first wishes for two seats over the event: the two higher priorities meet the mentor', () => {
    const input = competing(4, 2, [0, 2, 0, 1]);
    for (let seed = 1; seed <= 40; seed++) expect(metFirstWish(input, seed), `seed ${seed}`).toEqual(['e2', 'e4']);
  });

  it('reports the wish figures per priority level, highest first, and a line for them', () => {
    const input = competing(2, 1, [0, 1]);
    const s = plan(input.settings, input.mentors, input.mentees, { seed: 3 });
    const q = quality(s, input);
    expect(q.wishesByPriority).toEqual([
      { priority: 1, mentees: 1, firstWishes: 1, firstWishesMet: 1, wishes: 1, wishesMet: 1 },
      { priority: 0, mentees: 1, firstWishes: 1, firstWishesMet: 0, wishes: 1, wishesMet: 0 },
    ]);
    // Rounds cap the wishes counted (1 round: the first wish only), as in the overall figures.
    expect(q.wishes).toMatchObject({ met: 1, total: 2, topMet: 1, topTotal: 2 });
    expect(formatQuality(q)).toContain(
      '  Wishes by priority: priority 1: first wishes 1 of 1, wishes 1 of 1; ' +
        'priority 0: first wishes 0 of 1, wishes 0 of 1',
    );
    const one = quality(s, competing(2, 1, [undefined, undefined]));
    expect(one.wishesByPriority).toHaveLength(1);
    expect(formatQuality(one).some((l) => l.includes('by priority'))).toBe(false);
  });

  it('everyone at the same priority plans exactly as without priorities', () => {
    const a = competing(5, 4, [2, 2, 2, 2, 2, 2]);
    const b = competing(5, 4, [undefined, undefined, undefined, undefined, undefined, undefined]);
    for (const seed of [1, 2, 3]) {
      expect(JSON.stringify(plan(a.settings, a.mentors, a.mentees, { seed }).rounds)).toBe(
        JSON.stringify(plan(b.settings, b.mentors, b.mentees, { seed }).rounds),
      );
    }
  });
});
