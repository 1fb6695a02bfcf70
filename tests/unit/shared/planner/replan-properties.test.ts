import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replan } from '../../../../shared/planner';
import {
  bystandersMoved,
  liveCaseArb,
  oneMoveImprovements,
  pastChanged,
  ruleBreaches,
  simulate,
  unfairByes,
} from './live-sim';

// Fixed seeds: a failure here is reproducible, and the counterexample is printed shrunk.
const runs = (seed: number, numRuns = 150) => ({ seed, numRuns });

describe('replan under random arrivals and departures', () => {
  it('never touches a round that has begun', () => {
    fc.assert(
      fc.property(liveCaseArb, (c) => simulate(c).every((r) => pastChanged(r).length === 0)),
      runs(101),
    );
  });

  it('keeps hard rules in each replanned round: the present placed once, the absent nowhere, capacity, avoids', () => {
    fc.assert(
      fc.property(liveCaseArb, (c) => {
        for (const r of simulate(c)) expect(ruleBreaches(r)).toEqual([]);
      }),
      runs(102),
    );
  });

  it('keeps byes fair: no one sits out while someone with two byes fewer holds a seat they could take', () => {
    fc.assert(
      fc.property(liveCaseArb, (c) => {
        for (const r of simulate(c)) expect(unfairByes(r)).toEqual([]);
      }),
      runs(103),
    );
  });

  it('changes nothing when nothing changed', () => {
    fc.assert(
      fc.property(liveCaseArb, fc.integer({ min: 1, max: 7 }), (c, at) => {
        for (const r of simulate(c)) {
          const from = Math.min(r.input.settings.rounds, Math.max(r.from, at));
          expect(JSON.stringify(replan(r.after, from, r.input).rounds)).toBe(JSON.stringify(r.after.rounds));
        }
      }),
      runs(104, 80),
    );
  });

  it('leaves no repeat meeting and no bye that one move to a free seat would avoid', () => {
    fc.assert(
      fc.property(liveCaseArb, (c) => {
        for (const r of simulate(c)) expect(oneMoveImprovements(r)).toEqual([]);
      }),
      runs(105),
    );
  });

  it('moves few bystanders: in replanned rounds, at most 3 × table capacity a round per person who came/went', () => {
    // 3 × capacity a round: the people displaced, plus one swap each to keep byes fair.
    fc.assert(
      fc.property(liveCaseArb, (c) => {
        // A batch in which nobody actually came or went is the "changes nothing" property's.
        for (const r of simulate(c).filter((x) => x.involved.size > 0)) {
          const rounds = bystandersMoved(r);
          const bound = 3 * r.input.settings.tableCapacity * r.involved.size * rounds.length;
          const moved = rounds.flatMap((x) => x.moved.map((id) => `r${x.round}:${id}`));
          expect(
            moved.length,
            `from round ${r.from}, ${[...r.involved].join(' ')} came or went; moved: ${moved.join(' ')}`,
          ).toBeLessThanOrEqual(bound);
        }
      }),
      runs(106, 600),
    );
  });
});
