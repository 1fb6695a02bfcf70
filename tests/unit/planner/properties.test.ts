/**
 * Property tests over random events: 1–60 mentors, 0–300 mentees, tables of 1–6, random wishes
 * and avoids, random live changes. Seeds are fixed so a failure reproduces; run counts keep the
 * file to a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan, quality, replan, type PlanInput, type Schedule } from '../../../shared/planner';
import { createRng } from '../../../shared/planner/prng';
import { byeCounts, emptySeats, hardRuleProblems, randomInput, spreadOf } from './support';

/** PLANNER_PROPERTY_RUNS=2000 PLANNER_PROPERTY_SEED=7 explore further than the default runs. */
const RUNS_SCALE = Number(process.env.PLANNER_PROPERTY_RUNS ?? 0);
/** A long stress run needs more than the default per-test time. */
const TIMEOUT = RUNS_SCALE > 0 ? 3_600_000 : undefined;
const opts = (numRuns: number, seed: number) => ({
  numRuns: RUNS_SCALE > 0 ? RUNS_SCALE : numRuns,
  seed: process.env.PLANNER_PROPERTY_SEED ? Number(process.env.PLANNER_PROPERTY_SEED) + seed : seed,
});

interface Instance {
  input: PlanInput;
  seed: number;
}

/** A random event; `avoids`/`wishes` are the most each mentee has (0 = none at all). */
const instance = (opts: { avoids: [number, number]; roundsBelowMentors?: boolean }) =>
  fc
    .record({
      T: fc.integer({ min: 1, max: 60 }),
      M: fc.integer({ min: 0, max: 300 }),
      cap: fc.integer({ min: 1, max: 6 }),
      rounds: fc.integer({ min: 1, max: 30 }),
      wishes: fc.integer({ min: 0, max: 3 }),
      avoids: fc.integer({ min: opts.avoids[0], max: opts.avoids[1] }),
      people: fc.integer(),
      seed: fc.integer(),
    })
    .map(({ T, M, cap, rounds, wishes, avoids, people, seed }): Instance => {
      const R = opts.roundsBelowMentors ? Math.max(1, Math.min(rounds, T - 1)) : Math.min(rounds, T + 4);
      return { input: randomInput(people, T, M, { rounds: R, tableCapacity: cap }, wishes, avoids), seed };
    });

const run = ({ input, seed }: Instance): Schedule => plan(input.settings, input.mentors, input.mentees, { seed });
const describeInstance = ({ input }: Instance) =>
  `${input.mentors.length} mentors, ${input.mentees.length} mentees, tables of ${input.settings.tableCapacity}, ${input.settings.rounds} rounds`;

describe('plan properties', () => {
  it('every hard rule holds and the same input and seed give the same schedule', () => {
    fc.assert(
      fc.property(instance({ avoids: [0, 3] }), (c) => {
        const s = run(c);
        expect(hardRuleProblems(s, c.input), describeInstance(c)).toEqual([]);
        expect(JSON.stringify(run(c))).toBe(JSON.stringify(s));
      }),
      opts(120, 101),
    );
  }, TIMEOUT);

  it('bye counts differ by at most one (mentees who avoid every mentor left out)', () => {
    fc.assert(
      fc.property(instance({ avoids: [0, 3] }), (c) => {
        expect(spreadOf(byeCounts(run(c), c.input)), describeInstance(c)).toBeLessThanOrEqual(1);
      }),
      opts(150, 202),
    );
  }, TIMEOUT);

  it('where nothing forbids it: coverage at the bound, even empty seats, no avoidable repeat', () => {
    fc.assert(
      fc.property(instance({ avoids: [0, 0] }), (c) => {
        const s = run(c);
        const q = quality(s, c.input);
        const what = describeInstance(c);
        expect(q.distinctMeetings, what).toBe(q.coverageBound);
        expect(spreadOf(emptySeats(s, c.input)), what).toBeLessThanOrEqual(1);
        expect(q.avoidableRepeats, what).toBe(0);
      }),
      opts(150, 303),
    );
  }, TIMEOUT);

  it('with avoids (fewer rounds than mentors): no avoidable repeat, and 98% of the bound in larger events', () => {
    fc.assert(
      fc.property(instance({ avoids: [1, 3], roundsBelowMentors: true }), (c) => {
        const q = quality(run(c), c.input);
        const what = describeInstance(c);
        expect(q.avoidableRepeats, what).toBe(0);
        expect(q.avoidViolations, what).toBe(0);
        if (q.coverageBound >= 200) expect(q.coverageRatio, what).toBeGreaterThanOrEqual(0.98);
      }),
      opts(150, 404),
    );
  }, TIMEOUT);
});

/** Random live changes: some people leave, some arrive, maybe a mentor more, rounds ± 2. */
function randomChanges(input: PlanInput, from: number, seed: number): PlanInput {
  const rng = createRng(seed);
  const T = input.mentors.length;
  const kept = input.mentors.filter(() => rng.int(8) > 0);
  const mentors = [...(kept.length > 0 ? kept : input.mentors.slice(0, 1)), ...(rng.int(3) === 0 ? [{ id: 'late', name: 'Late', table: 'TL' }] : [])];
  const newcomers = Array.from({ length: rng.int(6) }, (_, i) => ({
    id: `new${i}`,
    name: `Newcomer ${i}`,
    wishes: [`m${1 + rng.int(T)}`],
    avoid: rng.int(2) ? [`m${1 + rng.int(T)}`] : [],
  }));
  const rounds = Math.max(from - 1, 1, input.settings.rounds + rng.int(5) - 2);
  return { settings: { ...input.settings, rounds }, mentors, mentees: [...input.mentees.filter(() => rng.int(6) > 0), ...newcomers] };
}

/** Bye spread over rounds before `from`, among mentees in every round who may sit somewhere now. */
function pastByeSpread(after: Schedule, changes: PlanInput, from: number): number {
  const present = new Set(changes.mentors.map((m) => m.id));
  const counts = changes.mentees
    .filter((x) => [...present].some((m) => !x.avoid.includes(m)))
    .filter((x) => after.rounds.every((r) => r.byes.includes(x.id) || r.tables.some((t) => t.menteeIds.includes(x.id))))
    .map((x) => after.rounds.filter((r) => r.round < from && r.byes.includes(x.id)).length);
  return spreadOf(counts);
}

describe('replan properties', () => {
  it('never touches past rounds, seats only people present, holds the hard rules and bye fairness', () => {
    fc.assert(
      fc.property(instance({ avoids: [0, 2] }), fc.integer({ min: 1, max: 40 }), fc.integer(), (c, fromPick, changeSeed) => {
        const before = run(c);
        const from = 1 + (fromPick % (c.input.settings.rounds + 1));
        const changes = randomChanges(c.input, from, changeSeed);
        const after = replan(before, from, changes, { seed: c.seed });
        const what = `${describeInstance(c)}, from round ${from}`;
        expect(JSON.stringify(after.rounds.filter((r) => r.round < from)), what).toBe(JSON.stringify(before.rounds.filter((r) => r.round < from)));
        expect(after.rounds.map((r) => r.round), what).toEqual(Array.from({ length: changes.settings.rounds }, (_, i) => i + 1));
        expect(hardRuleProblems(after, changes, from), what).toEqual([]);
        // Fairness over the whole event, among mentees present from start to end: within one,
        // unless the fixed rounds were already further apart (then no further apart than that).
        const q = quality(after, changes);
        expect(q.byes.spread, what).toBeLessThanOrEqual(Math.max(1, pastByeSpread(after, changes, from)));
        expect(JSON.stringify(replan(before, from, changes, { seed: c.seed }))).toBe(JSON.stringify(after));
      }),
      opts(120, 505),
    );
  }, TIMEOUT);
});
