/**
 * Helpers for the moving-mentors tests: random events and rule checks written from the issue's
 * words, independently of movingQuality(), so a bug in one cannot hide a bug in the other.
 */
import fc from 'fast-check';
import type { MovingInput, MovingSchedule } from '../../../../../shared/planner/moving';
import { randomInput } from '../support';

/** PLANNER_PROPERTY_RUNS=2000 explores further than the default runs. */
const SCALE = Number(process.env.PLANNER_PROPERTY_RUNS ?? 0);
export const runs = (numRuns: number, seed: number) => ({ numRuns: SCALE > 0 ? SCALE : numRuns, seed });

/** A random event: 1–30 mentors, 0–120 mentees, tables of 1–6, 1–30 rounds; wishes/avoids up to the given counts. */
export const movingEvent = (o: { wishes?: number; avoids?: number; fixed?: boolean } = {}) =>
  fc
    .record({
      T: fc.integer({ min: 1, max: 30 }),
      M: fc.integer({ min: 0, max: 120 }),
      cap: fc.integer({ min: 1, max: 6 }),
      rounds: fc.integer({ min: 1, max: 30 }),
      people: fc.integer(),
      seed: fc.integer(),
      fixedEvery: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ T, M, cap, rounds, people, seed, fixedEvery }) => {
      const base = randomInput(people, T, M, { rounds, tableCapacity: cap }, o.wishes ?? 3, o.avoids ?? 0);
      const input: MovingInput = base;
      if (o.fixed && fixedEvery > 0) {
        // Every fixedEvery-th mentee has a seat from the CSV, cap of them per label at most.
        input.mentees = base.mentees.map((x, i) =>
          i % fixedEvery === 0 ? { ...x, table: `T${1 + Math.floor(i / fixedEvery / cap)}` } : x,
        );
      }
      return { input, seed };
    });

export const describe = (input: MovingInput) =>
  `${input.mentors.length} mentors, ${input.mentees.length} mentees, tables of ${input.settings.tableCapacity}, ` +
  `${input.settings.rounds} rounds`;

/** The table label of each mentee, from schedule.tables. */
export const seats = (s: MovingSchedule): Map<string, string> =>
  new Map(s.tables.flatMap((t) => t.menteeIds.map((id) => [id, t.table] as const)));

/** Every hard-rule breach in rounds ≥ from (1-based), as readable strings. */
export function problems(s: MovingSchedule, input: MovingInput, from = 1): string[] {
  const out: string[] = [];
  const cap = input.settings.tableCapacity;
  const seat = seats(s);
  const avoid = new Map(input.mentees.map((x) => [x.id, new Set(x.avoid)] as const));
  const placed = s.tables.flatMap((t) => t.menteeIds);
  if (placed.length !== new Set(placed).size) out.push('a mentee is at two tables');
  for (const x of input.mentees) if (!seat.has(x.id)) out.push(`${x.id} has no table`);
  for (const id of placed) if (!avoid.has(id)) out.push(`unknown mentee ${id} seated`);
  for (const t of s.tables) if (t.menteeIds.length > cap) out.push(`${t.table} holds ${t.menteeIds.length}`);
  for (const x of input.mentees) {
    const fixed = (x as { table?: string }).table;
    if (from === 1 && fixed && seat.get(x.id) !== fixed)
      out.push(`${x.id} fixed at ${fixed} sits at ${seat.get(x.id)}`);
  }
  const order = input.mentors.map((m) => m.id).join(',');
  if (s.rounds.length !== input.settings.rounds) out.push(`${s.rounds.length} rounds`);
  s.rounds.forEach((round, r) => {
    if (r + 1 < from) return;
    if (round.round !== r + 1) out.push(`round ${r + 1} numbered ${round.round}`);
    if (round.tables.map((v) => v.mentorId).join(',') !== order) out.push(`round ${r + 1}: mentors not in order`);
    const visited = new Set<string>();
    for (const v of round.tables) {
      if (v.table === undefined) {
        if (v.menteeIds.length > 0) out.push(`round ${r + 1}: resting ${v.mentorId} has mentees`);
        continue;
      }
      if (visited.has(v.table)) out.push(`round ${r + 1}: ${v.table} visited twice`);
      visited.add(v.table);
      const members = s.tables.find((t) => t.table === v.table)?.menteeIds ?? [];
      if (members.join(',') !== v.menteeIds.join(',')) out.push(`round ${r + 1}: ${v.table} lists other mentees`);
      for (const id of v.menteeIds)
        if (avoid.get(id)?.has(v.mentorId)) out.push(`round ${r + 1}: ${id} meets ${v.mentorId}`);
    }
    const byes = input.mentees.filter((x) => !visited.has(seat.get(x.id)!)).map((x) => x.id);
    if (byes.join(',') !== round.byes.join(',')) out.push(`round ${r + 1}: byes are not the unvisited tables`);
  });
  return out;
}

/** Per table label: the mentors that visit it, with multiplicity. */
export function visitsByTable(s: MovingSchedule): Map<string, string[]> {
  const out = new Map(s.tables.map((t) => [t.table, [] as string[]] as const));
  for (const round of s.rounds) for (const v of round.tables) if (v.table) out.get(v.table)?.push(v.mentorId);
  return out;
}

export const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);
