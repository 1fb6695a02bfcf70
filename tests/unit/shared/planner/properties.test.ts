/**
 * Property tests over random events: 1–60 mentors, 0–300 mentees, tables of 1–6, random wishes
 * and avoids, random live changes. Seeds are fixed so a failure reproduces; run counts keep the
 * file to a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan, quality, replan, type PlanInput, type Schedule } from '../../../../shared/planner';
import { createRng } from '../../../../shared/planner/prng';
import { byeCounts, emptySeats, hardRuleProblems, randomInput, spreadOf, swappableByes } from './support';

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
const instance = (opts: { avoids: [number, number] }) =>
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
      const R = Math.min(rounds, T + 4);
      return { input: randomInput(people, T, M, { rounds: R, tableCapacity: cap }, wishes, avoids), seed };
    });

const run = ({ input, seed }: Instance): Schedule => plan(input.settings, input.mentors, input.mentees, { seed });
const describeInstance = ({ input }: Instance) =>
  `${input.mentors.length} mentors, ${input.mentees.length} mentees, ` +
  `tables of ${input.settings.tableCapacity}, ${input.settings.rounds} rounds`;

describe('plan properties', () => {
  it(
    'every hard rule holds and the same input and seed give the same schedule',
    () => {
      fc.assert(
        fc.property(instance({ avoids: [0, 3] }), (c) => {
          const s = run(c);
          expect(hardRuleProblems(s, c.input), describeInstance(c)).toEqual([]);
          expect(JSON.stringify(run(c))).toBe(JSON.stringify(s));
        }),
        opts(200, 101),
      );
    },
    TIMEOUT,
  );

  it(
    'bye counts differ by at most one among mentees free to sit anywhere; no bye one swap would make fairer',
    () => {
      fc.assert(
        fc.property(instance({ avoids: [0, 3] }), (c) => {
          const s = run(c);
          // Avoids can force more byes on the mentee (nobody else may take the seat they leave);
          // coverage comes first, so nobody is benched just to even the count.
          expect(spreadOf(byeCounts(s, c.input, true)), describeInstance(c)).toBeLessThanOrEqual(1);
          expect(swappableByes(s, c.input), describeInstance(c)).toEqual([]);
          if (c.input.mentees.every((x) => x.avoid.length === 0))
            expect(spreadOf(byeCounts(s, c.input))).toBeLessThanOrEqual(1);
        }),
        opts(250, 202),
      );
    },
    TIMEOUT,
  );

  it(
    'where nothing forbids it: coverage at the bound, even empty seats, no avoidable repeat',
    () => {
      fc.assert(
        fc.property(instance({ avoids: [0, 0] }), (c) => {
          const s = run(c);
          const q = quality(s, c.input);
          const what = describeInstance(c);
          expect(q.distinctMeetings, what).toBe(q.coverageBound);
          expect(spreadOf(emptySeats(s, c.input)), what).toBeLessThanOrEqual(1);
          expect(q.avoidableRepeats, what).toBe(0);
        }),
        opts(250, 303),
      );
    },
    TIMEOUT,
  );

  it(
    'with avoids: no avoidable repeat, and with fewer rounds than mentors 98% of the bound in larger events',
    () => {
      fc.assert(
        fc.property(instance({ avoids: [1, 3] }), (c) => {
          const q = quality(run(c), c.input);
          const what = describeInstance(c);
          expect(q.avoidableRepeats, what).toBe(0);
          expect(q.avoidViolations, what).toBe(0);
          if (q.coverageBound >= 200 && c.input.settings.rounds < c.input.mentors.length)
            expect(q.coverageRatio, what).toBeGreaterThanOrEqual(0.98);
        }),
        opts(250, 404),
      );
    },
    TIMEOUT,
  );
});

/** Random live changes: some people leave, some arrive, maybe a mentor more, rounds ± 2. */
function randomChanges(input: PlanInput, from: number, seed: number): PlanInput {
  const rng = createRng(seed);
  const T = input.mentors.length;
  const kept = input.mentors.filter(() => rng.int(8) > 0);
  const mentors = [
    ...(kept.length > 0 ? kept : input.mentors.slice(0, 1)),
    ...(rng.int(3) === 0 ? [{ id: 'late', name: 'Late', table: 'TL' }] : []),
  ];
  const newcomers = Array.from({ length: rng.int(6) }, (_, i) => ({
    id: `new${i}`,
    name: `Newcomer ${i}`,
    wishes: [`m${1 + rng.int(T)}`],
    avoid: rng.int(2) ? [`m${1 + rng.int(T)}`] : [],
  }));
  const rounds = Math.max(from - 1, 1, input.settings.rounds + rng.int(5) - 2);
  return {
    settings: { ...input.settings, rounds },
    mentors,
    mentees: [...input.mentees.filter(() => rng.int(6) > 0), ...newcomers],
  };
}

/** Mentees present in every round who avoid none of the mentors present now. */
const fullTimeFree = (after: Schedule, changes: PlanInput) =>
  changes.mentees
    .filter((x) => changes.mentors.every((m) => !x.avoid.includes(m.id)))
    .filter((x) =>
      after.rounds.every((r) => r.byes.includes(x.id) || r.tables.some((t) => t.menteeIds.includes(x.id))),
    );

/** Their bye counts over the whole event. */
const fullTimeFreeByes = (after: Schedule, changes: PlanInput) =>
  fullTimeFree(after, changes).map((x) => after.rounds.filter((r) => r.byes.includes(x.id)).length);

/** Their bye spread over the rounds before `from` (what the replan cannot change). */
const pastByeSpread = (after: Schedule, changes: PlanInput, from: number) =>
  spreadOf(
    fullTimeFree(after, changes).map((x) => after.rounds.filter((r) => r.round < from && r.byes.includes(x.id)).length),
  );

describe('replan properties', () => {
  it(
    'never touches past rounds, seats only people present, holds the hard rules and bye fairness',
    () => {
      fc.assert(
        fc.property(
          instance({ avoids: [0, 2] }),
          fc.integer({ min: 1, max: 40 }),
          fc.integer(),
          (c, fromPick, changeSeed) => {
            const before = run(c);
            const from = 1 + (fromPick % (c.input.settings.rounds + 1));
            const changes = randomChanges(c.input, from, changeSeed);
            const after = replan(before, from, changes, { seed: c.seed });
            const what = `${describeInstance(c)}, from round ${from}`;
            expect(JSON.stringify(after.rounds.filter((r) => r.round < from)), what).toBe(
              JSON.stringify(before.rounds.filter((r) => r.round < from)),
            );
            expect(
              after.rounds.map((r) => r.round),
              what,
            ).toEqual(Array.from({ length: changes.settings.rounds }, (_, i) => i + 1));
            expect(hardRuleProblems(after, changes, from), what).toEqual([]);
            // Fairness over the whole event, among mentees present from start to end who avoid no
            // mentor: within one, unless the fixed rounds were already further apart. And nowhere
            // a bye that one swap would make fairer.
            expect(spreadOf(fullTimeFreeByes(after, changes)), what).toBeLessThanOrEqual(
              Math.max(1, pastByeSpread(after, changes, from)),
            );
            expect(swappableByes(after, changes, from), what).toEqual([]);
            expect(JSON.stringify(replan(before, from, changes, { seed: c.seed }))).toBe(JSON.stringify(after));
          },
        ),
        opts(200, 505),
      );
    },
    TIMEOUT,
  );
});
