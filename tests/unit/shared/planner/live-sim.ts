/**
 * A live event as a sequence of door changes, replanned after each batch the way the server
 * does it (replan from the first open round with the people present now), and checks written
 * independently of the planner's own quality() code.
 */
import fc from 'fast-check';
import {
  plan,
  replan,
  type PlanInput,
  type PlanMentee,
  type PlanMentor,
  type Schedule,
} from '../../../../shared/planner';

export type ChangeKind = 'mentee-arrives' | 'mentee-leaves' | 'mentee-returns' | 'mentor-arrives' | 'mentor-leaves';
export interface Change {
  kind: ChangeKind;
  pick: number;
}
export interface Step {
  advance: number;
  changes: Change[];
}
export interface LiveCase {
  mentors: number;
  mentees: number;
  cap: number;
  rounds: number;
  avoids: [number, number][];
  wishes: [number, number][];
  seed: number;
  steps: Step[];
}

/** One replan of the simulation: the schedule before and after, from which round, for whom. */
export interface Replanned {
  before: Schedule;
  after: Schedule;
  from: number;
  input: PlanInput;
  /** Ids of the people whose presence changed in this batch. */
  involved: Set<string>;
}

const changeArb: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom<ChangeKind>(
    'mentee-arrives',
    'mentee-leaves',
    'mentee-returns',
    'mentor-arrives',
    'mentor-leaves',
  ),
  pick: fc.nat(50),
});

/** Random small events and 1–6 batches of 1–3 door changes, each batch at the same or the next round. */
export const liveCaseArb: fc.Arbitrary<LiveCase> = fc.record({
  mentors: fc.integer({ min: 2, max: 7 }),
  mentees: fc.integer({ min: 0, max: 16 }),
  cap: fc.integer({ min: 1, max: 3 }),
  rounds: fc.integer({ min: 2, max: 7 }),
  avoids: fc.array(fc.tuple(fc.nat(20), fc.nat(10)), { maxLength: 4 }),
  wishes: fc.array(fc.tuple(fc.nat(20), fc.nat(10)), { maxLength: 6 }),
  seed: fc.integer({ min: 1, max: 10_000 }),
  steps: fc.array(
    fc.record({
      advance: fc.integer({ min: 0, max: 1 }),
      changes: fc.array(changeArb, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

/** Run a case: plan, then replan after each batch. */
export function simulate(c: LiveCase): Replanned[] {
  const settings = { rounds: c.rounds, tableCapacity: c.cap };
  let mentors: PlanMentor[] = Array.from({ length: c.mentors }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Mentor ${i + 1}`,
    table: `T${i + 1}`,
  }));
  let mentees: PlanMentee[] = Array.from({ length: c.mentees }, (_, i) => ({
    id: `e${i + 1}`,
    name: `Mentee ${i + 1}`,
    wishes: [],
    avoid: [],
  }));
  for (const [x, m] of c.avoids) if (mentees.length) mentees[x % mentees.length]!.avoid.push(`m${(m % c.mentors) + 1}`);
  for (const [x, m] of c.wishes) {
    const mentee = mentees.length ? mentees[x % mentees.length]! : null;
    const id = `m${(m % c.mentors) + 1}`;
    if (mentee && !mentee.avoid.includes(id) && !mentee.wishes.includes(id)) mentee.wishes.push(id);
  }
  const gone: PlanMentee[] = [];
  let schedule = plan(settings, mentors, mentees, { seed: c.seed });
  let from = 1;
  let fresh = 0;
  const out: Replanned[] = [];
  for (const step of c.steps) {
    from = Math.min(c.rounds, from + step.advance);
    const involved = new Set<string>();
    for (const ch of step.changes) {
      switch (ch.kind) {
        case 'mentee-arrives': {
          const id = `n${++fresh}`;
          mentees = [...mentees, { id, name: `Newcomer ${fresh}`, wishes: [], avoid: [] }];
          involved.add(id);
          break;
        }
        case 'mentee-leaves': {
          if (mentees.length === 0) break;
          const x = mentees[ch.pick % mentees.length]!;
          mentees = mentees.filter((y) => y !== x);
          gone.push(x);
          involved.add(x.id);
          break;
        }
        case 'mentee-returns': {
          if (gone.length === 0) break;
          const x = gone.splice(ch.pick % gone.length, 1)[0]!;
          mentees = [...mentees, x];
          involved.add(x.id);
          break;
        }
        case 'mentor-arrives': {
          const id = `k${++fresh}`;
          mentors = [...mentors, { id, name: `Late mentor ${fresh}`, table: `L${fresh}` }];
          involved.add(id);
          break;
        }
        case 'mentor-leaves': {
          if (mentors.length <= 1) break;
          const m = mentors[ch.pick % mentors.length]!;
          mentors = mentors.filter((y) => y !== m);
          involved.add(m.id);
          break;
        }
      }
    }
    const input: PlanInput = { settings, mentors, mentees };
    const after = replan(schedule, from, input);
    out.push({ before: schedule, after, from, input, involved });
    schedule = after;
  }
  return out;
}

/** Rounds before `from` must be byte-identical. */
export function pastChanged(r: Replanned): number[] {
  return r.before.rounds
    .filter((x) => x.round < r.from && JSON.stringify(x) !== JSON.stringify(r.after.rounds[x.round - 1]))
    .map((x) => x.round);
}

/** Hard-rule breaches in the replanned rounds, as readable lines. */
export function ruleBreaches(r: Replanned): string[] {
  const { after, input, from } = r;
  const problems: string[] = [];
  if (after.rounds.length !== input.settings.rounds)
    problems.push(`${after.rounds.length} rounds, not ${input.settings.rounds}`);
  const avoid = new Map(input.mentees.map((x) => [x.id, new Set(x.avoid)] as const));
  const order = input.mentors.map((m) => m.id).join(',');
  for (const round of after.rounds.filter((x) => x.round >= from)) {
    const n = round.round;
    if (round.tables.map((t) => t.mentorId).join(',') !== order)
      problems.push(`round ${n}: tables are not the mentors present, in order`);
    const count = new Map<string, number>();
    for (const t of round.tables) {
      if (t.menteeIds.length > input.settings.tableCapacity)
        problems.push(`round ${n}: ${t.mentorId} seats ${t.menteeIds.length}`);
      for (const id of t.menteeIds) {
        count.set(id, (count.get(id) ?? 0) + 1);
        if (avoid.get(id)?.has(t.mentorId)) problems.push(`round ${n}: ${id} sits with avoided ${t.mentorId}`);
      }
    }
    for (const id of round.byes) count.set(id, (count.get(id) ?? 0) + 1);
    for (const x of input.mentees)
      if (count.get(x.id) !== 1) problems.push(`round ${n}: ${x.id} is in ${count.get(x.id) ?? 0} places`);
    for (const id of count.keys()) if (!avoid.has(id)) problems.push(`round ${n}: ${id} is not present but placed`);
  }
  return problems;
}

/** Mentor ids each mentee meets anywhere in the schedule. */
function everMet(s: Schedule): Map<string, Set<string>> {
  const met = new Map<string, Set<string>>();
  for (const round of s.rounds)
    for (const t of round.tables)
      for (const id of t.menteeIds) (met.get(id) ?? met.set(id, new Set()).get(id)!).add(t.mentorId);
  return met;
}

/**
 * Seatings one move would improve for that mentee and hurt no one: a repeat meeting, or a
 * bye, while a table that round has a free seat with a mentor they may sit with and never meet.
 */
export function oneMoveImprovements(r: Replanned): string[] {
  const { after, input, from } = r;
  const cap = input.settings.tableCapacity;
  const avoid = new Map(input.mentees.map((x) => [x.id, new Set(x.avoid)] as const));
  const ever = everMet(after);
  const seen = new Map<string, Map<string, number>>();
  const out: string[] = [];
  for (const round of after.rounds) {
    if (round.round >= from) {
      const free = round.tables.filter((t) => t.menteeIds.length < cap);
      const better = (id: string) =>
        free.find((t) => !avoid.get(id)!.has(t.mentorId) && !ever.get(id)?.has(t.mentorId));
      for (const t of round.tables) {
        for (const id of t.menteeIds) {
          if (!avoid.has(id) || !seen.get(id)?.has(t.mentorId)) continue;
          const u = better(id);
          if (u)
            out.push(
              `round ${round.round}: ${id} meets ${t.mentorId} again while ${u.mentorId}'s table has a free seat`,
            );
        }
      }
      for (const id of round.byes) {
        if (!avoid.has(id)) continue;
        const u = better(id);
        if (u) out.push(`round ${round.round}: ${id} sits out while ${u.mentorId}'s table has a free seat`);
      }
    }
    for (const t of round.tables)
      for (const id of t.menteeIds) {
        const mine = seen.get(id) ?? seen.set(id, new Map()).get(id)!;
        mine.set(t.mentorId, (mine.get(t.mentorId) ?? 0) + 1);
      }
  }
  return out;
}

/**
 * Byes one swap would make fairer: in a replanned round, a mentee sits out while another,
 * with at least two byes fewer over the event, sits at a table the first may join and
 * never meets. (The past is fixed, so a spread above 1 alone can be forced; this cannot.)
 */
export function unfairByes(r: Replanned): string[] {
  const { after, input, from } = r;
  const avoid = new Map(input.mentees.map((x) => [x.id, new Set(x.avoid)] as const));
  const byes = new Map(
    input.mentees.map((x) => [x.id, after.rounds.filter((round) => round.byes.includes(x.id)).length] as const),
  );
  const ever = everMet(after);
  const out: string[] = [];
  for (const round of after.rounds.filter((x) => x.round >= from)) {
    for (const x of round.byes) {
      if (!avoid.has(x)) continue;
      for (const t of round.tables) {
        if (avoid.get(x)!.has(t.mentorId) || ever.get(x)?.has(t.mentorId)) continue;
        const y = t.menteeIds.find((id) => avoid.has(id) && byes.get(id)! + 2 <= byes.get(x)!);
        if (y)
          out.push(
            `round ${round.round}: ${x} (${byes.get(x)} byes) sits out ` +
              `while ${y} (${byes.get(y)}) sits with ${t.mentorId}`,
          );
      }
    }
  }
  return out;
}

/** Where a mentee is in a round: a mentor id, 'bye', or 'none'. */
const placeIn = (s: Schedule, round: number, id: string) => {
  const r = s.rounds.find((x) => x.round === round);
  if (!r) return 'none';
  return r.tables.find((t) => t.menteeIds.includes(id))?.mentorId ?? (r.byes.includes(id) ? 'bye' : 'none');
};

/** Per replanned round, how many mentees not involved in the batch changed place. */
export function bystandersMoved(r: Replanned): { round: number; moved: string[] }[] {
  const ids = r.input.mentees.map((x) => x.id).filter((id) => !r.involved.has(id));
  return r.after.rounds
    .filter((x) => x.round >= r.from && r.before.rounds.some((b) => b.round === x.round))
    .map((x) => ({
      round: x.round,
      moved: ids.filter((id) => placeIn(r.before, x.round, id) !== placeIn(r.after, x.round, id)),
    }));
}
