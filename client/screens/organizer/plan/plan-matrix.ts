import { nameLookup, scheduleMatrix } from '../../../../shared/csv/schedule-matrix';
import type { Schedule } from '../../../../shared/schemas/schedule';

type Named = { id: string; name: string };
type Attending = Named & { attendance?: string };

/** A mentee in a cell of the matrix; `wished`: they wished to meet this table's mentor. */
export interface MatrixName {
  id: string;
  name: string;
  wished: boolean;
}

/** One row of the plan matrix as the Plan panel shows it: a table, or the byes. */
export interface PlanRow {
  kind: 'table' | 'byes';
  key: string;
  /** "T3" or "Sitting out". */
  label: string;
  /** The mentor's name (tables only). */
  mentor: string;
  /** One cell per round: the mentees' names (the print sheet reads these). */
  cells: string[][];
  /** The same cells with each mentee's id and whether the meeting was wished for. */
  seats: MatrixName[][];
}

/** Who wished to meet whom: mentee id → the mentor ids they wished for. */
export type Wishes = ReadonlyMap<string, ReadonlySet<string>>;

/** The wishes of the people as they stand (mentor ids, as stored). */
export function wishesOf(people: { mentees: readonly { id: string; wishes: readonly string[] }[] }): Wishes {
  return new Map(people.mentees.map((m) => [m.id, new Set(m.wishes)] as const));
}

/** The plan as tables × rounds (rounds across, so many tables scroll down, not sideways), byes last. */
export interface PlanMatrix {
  rounds: number[];
  rows: PlanRow[];
}

/** The schedule with the people's current names (a rename after planning shows at once). */
export function withCurrentNames(
  schedule: Schedule,
  people: { mentors: Array<Named & { table: string }>; mentees: Named[] },
): Schedule {
  const mentors = new Map(people.mentors.map((m) => [m.id, m]));
  const mentees = new Map(people.mentees.map((m) => [m.id, m]));
  return {
    ...schedule,
    mentors: schedule.mentors.map((m) => {
      const now = mentors.get(m.id);
      return now ? { ...m, name: now.name, table: now.table } : m;
    }),
    mentees: schedule.mentees.map((m) => ({ ...m, name: mentees.get(m.id)?.name ?? m.name })),
  };
}

/**
 * Build the Plan panel's matrix; the byes row appears only when someone sits a round out, or
 * always with `alwaysByes` (the editor's place to move someone out to).
 */
export function planMatrix(
  schedule: Schedule,
  wishes: Wishes = new Map(),
  opts: { alwaysByes?: boolean } = {},
): PlanMatrix {
  const m = scheduleMatrix(schedule);
  const menteeName = nameLookup(schedule.mentees);
  const seated = schedule.rounds.map((r) => new Map(r.tables.map((t) => [t.mentorId, t.menteeIds] as const)));
  const named = (ids: readonly string[], mentorId: string | null): MatrixName[] =>
    ids.map((id) => ({ id, name: menteeName(id), wished: mentorId !== null && !!wishes.get(id)?.has(mentorId) }));
  const rows: PlanRow[] = m.columns.map((col, c) => ({
    kind: 'table',
    key: col.mentorId,
    label: col.table,
    mentor: col.mentor,
    cells: m.rows.map((r) => r.cells[c] ?? []),
    seats: seated.map((round) => named(round.get(col.mentorId) ?? [], col.mentorId)),
  }));
  if (opts.alwaysByes || m.rows.some((r) => r.byes.length > 0)) {
    const seats = schedule.rounds.map((r) => named(r.byes, null));
    rows.push({ kind: 'byes', key: 'byes', label: 'Sitting out', mentor: '', cells: m.rows.map((r) => r.byes), seats });
  }
  return { rounds: m.rows.map((r) => r.round), rows };
}

/** Where one mentee is in one round of the per-person view. */
export type PersonCell =
  | { kind: 'table'; table: string; mentor: string; wished: boolean }
  | { kind: 'bye' }
  /** Not in the seating that round (they came later, or left). */
  | { kind: 'away' };

/** One mentee's row across the rounds. */
export interface PersonRow {
  id: string;
  name: string;
  cells: PersonCell[];
}

/** The plan per person: one row per mentee (schedule order), one cell per round; wished meetings marked. */
export function personMatrix(schedule: Schedule, wishes: Wishes = new Map()): { rounds: number[]; rows: PersonRow[] } {
  const mentors = new Map(schedule.mentors.map((m) => [m.id, m]));
  const places = schedule.rounds.map((r) => {
    const at = new Map<string, PersonCell>();
    for (const t of r.tables) {
      const m = mentors.get(t.mentorId);
      for (const id of t.menteeIds) {
        const wished = !!wishes.get(id)?.has(t.mentorId);
        at.set(id, { kind: 'table', table: m?.table ?? '', mentor: m?.name ?? t.mentorId, wished });
      }
    }
    for (const id of r.byes) at.set(id, { kind: 'bye' });
    return at;
  });
  const rows = schedule.mentees.map((x) => ({
    id: x.id,
    name: x.name,
    cells: places.map((at): PersonCell => at.get(x.id) ?? { kind: 'away' }),
  }));
  return { rounds: schedule.rounds.map((r) => r.round), rows };
}

/**
 * Whether the people changed since the plan was made (someone added or removed), so the
 * organizer should plan again.
 */
export function planIsStale(schedule: Schedule, people: { mentors: Attending[]; mentees: Attending[] }): boolean {
  const same = (a: Named[], b: Named[]) =>
    a.length === b.length && new Set(a.map((x) => x.id)).size === new Set([...a, ...b].map((x) => x.id)).size;
  // People marked absent or gone are left out of plans on purpose (the live-changes banner covers them).
  const away = new Set(
    [...people.mentors, ...people.mentees]
      .filter((p) => p.attendance === 'absent' || p.attendance === 'left')
      .map((p) => p.id),
  );
  const here = <T extends Named>(list: T[]) => list.filter((p) => !away.has(p.id));
  return !same(here(schedule.mentors), here(people.mentors)) || !same(here(schedule.mentees), here(people.mentees));
}
