/**
 * Helpers for the planner tests: people factories and checks written independently of the
 * planner's own quality() code, so a bug in one cannot hide a bug in the other.
 */
import type { PlanInput, PlanMentee, PlanMentor, PlanSettings, Schedule } from '../../../../shared/planner';
import { createRng } from '../../../../shared/planner/prng';

/** Mentors m1…mT at tables T1…TT. */
export const makeMentors = (n: number): PlanMentor[] =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, name: `Mentor ${i + 1}`, table: `T${i + 1}` }));

/** Mentees e1…eM without wishes or avoids. */
export const makeMentees = (n: number): PlanMentee[] =>
  Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}`, name: `Mentee ${i + 1}`, wishes: [], avoid: [] }));

/** An input with `mentors` mentors and `mentees` plain mentees. */
export function makeInput(mentors: number, mentees: number, rounds: number, tableCapacity = 1): PlanInput {
  return { settings: { rounds, tableCapacity }, mentors: makeMentors(mentors), mentees: makeMentees(mentees) };
}

/** A seeded random event: each mentee wishes up to `wishes` and avoids up to `avoids` mentors. */
export function randomInput(
  seed: number,
  T: number,
  M: number,
  settings: PlanSettings,
  wishes: number,
  avoids: number,
): PlanInput {
  const rng = createRng(seed);
  const mentors = makeMentors(T);
  const mentees = makeMentees(M).map((x) => ({
    ...x,
    wishes: Array.from({ length: rng.int(wishes + 1) }, () => `m${1 + rng.int(T)}`),
    avoid: Array.from({ length: rng.int(avoids + 1) }, () => `m${1 + rng.int(T)}`),
  }));
  return { settings, mentors, mentees };
}

/** The mentor id mentee `id` sits with in round index r, or null for a bye. */
export function mentorOf(schedule: Schedule, r: number, id: string): string | null {
  return schedule.rounds[r]!.tables.find((t) => t.menteeIds.includes(id))?.mentorId ?? null;
}

/** Every hard-rule breach in rounds ≥ `from`, as readable strings (empty when all rules hold). */
export function hardRuleProblems(schedule: Schedule, input: PlanInput, from = 1): string[] {
  const problems: string[] = [];
  const avoid = new Map(input.mentees.map((x) => [x.id, new Set(x.avoid)] as const));
  const tableOrder = input.mentors.map((m) => m.id).join(',');
  schedule.rounds.forEach((round, r) => {
    if (r + 1 < from) return;
    if (round.round !== r + 1) problems.push(`round ${r + 1} is numbered ${round.round}`);
    if (round.tables.map((t) => t.mentorId).join(',') !== tableOrder)
      problems.push(`round ${r + 1}: tables not every mentor in order`);
    const places = new Map<string, number>();
    for (const t of round.tables) {
      if (t.menteeIds.length > input.settings.tableCapacity)
        problems.push(`round ${r + 1}: ${t.mentorId} holds ${t.menteeIds.length}`);
      for (const id of t.menteeIds) {
        places.set(id, (places.get(id) ?? 0) + 1);
        if (avoid.get(id)?.has(t.mentorId)) problems.push(`round ${r + 1}: ${id} sits with avoided ${t.mentorId}`);
      }
    }
    for (const id of round.byes) places.set(id, (places.get(id) ?? 0) + 1);
    for (const x of input.mentees)
      if (places.get(x.id) !== 1) problems.push(`round ${r + 1}: ${x.id} is in ${places.get(x.id) ?? 0} places`);
    for (const id of places.keys()) if (!avoid.has(id)) problems.push(`round ${r + 1}: unknown mentee ${id}`);
  });
  if (schedule.rounds.length !== input.settings.rounds)
    problems.push(`${schedule.rounds.length} rounds, not ${input.settings.rounds}`);
  return problems;
}

/** Bye counts per mentee, leaving out mentees who avoid every mentor (or, with `free`, any mentor). */
export function byeCounts(schedule: Schedule, input: PlanInput, free = false): number[] {
  const all = input.mentors.map((m) => m.id);
  return input.mentees
    .filter((x) => (free ? all.every((m) => !x.avoid.includes(m)) : all.some((m) => !x.avoid.includes(m))))
    .map((x) => schedule.rounds.filter((r) => r.byes.includes(x.id)).length);
}

/**
 * Byes one swap would make fairer, in rounds ≥ from: x sits out while y, with two byes fewer over
 * the event, sits with a mentor x may meet and never meets. A spread above one can be forced by
 * avoids (nobody else may take that seat); this cannot.
 */
export function swappableByes(schedule: Schedule, input: PlanInput, from = 1): string[] {
  const avoid = new Map(input.mentees.map((x) => [x.id, new Set(x.avoid)] as const));
  const byes = new Map(
    input.mentees.map((x) => [x.id, schedule.rounds.filter((r) => r.byes.includes(x.id)).length] as const),
  );
  const met = meetings(schedule);
  const out: string[] = [];
  for (const round of schedule.rounds.filter((r) => r.round >= from)) {
    for (const x of round.byes) {
      if (!avoid.has(x)) continue;
      for (const t of round.tables) {
        if (avoid.get(x)!.has(t.mentorId) || met.get(x)?.has(t.mentorId)) continue;
        const y = t.menteeIds.find((id) => avoid.has(id) && byes.get(id)! + 2 <= byes.get(x)!);
        if (y) out.push(`round ${round.round}: ${x} sits out while ${y} (two byes fewer) sits with ${t.mentorId}`);
      }
    }
  }
  return out;
}

/** Empty seats per mentor over the event. */
export function emptySeats(schedule: Schedule, input: PlanInput): number[] {
  return input.mentors.map((m) =>
    schedule.rounds.reduce(
      (sum, r) => sum + input.settings.tableCapacity - r.tables.find((t) => t.mentorId === m.id)!.menteeIds.length,
      0,
    ),
  );
}

/** max − min (0 for none). */
export const spreadOf = (values: number[]) => (values.length ? Math.max(...values) - Math.min(...values) : 0);

/** How often each pair of mentees shared a table. */
export function peerPairs(schedule: Schedule): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const r of schedule.rounds) {
    for (const t of r.tables) {
      const ids = [...t.menteeIds].sort();
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const k = `${ids[i]}|${ids[j]}`;
          pairs.set(k, (pairs.get(k) ?? 0) + 1);
        }
    }
  }
  return pairs;
}

/** Mentors each mentee met, with counts. */
export function meetings(schedule: Schedule): Map<string, Map<string, number>> {
  const met = new Map<string, Map<string, number>>();
  for (const r of schedule.rounds) {
    for (const t of r.tables) {
      for (const id of t.menteeIds) {
        const mine = met.get(id) ?? met.set(id, new Map()).get(id)!;
        mine.set(t.mentorId, (mine.get(t.mentorId) ?? 0) + 1);
      }
    }
  }
  return met;
}
