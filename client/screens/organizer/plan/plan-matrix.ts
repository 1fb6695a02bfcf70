import { scheduleMatrix } from '../../../../shared/csv/schedule-matrix';
import type { Schedule } from '../../../../shared/schemas/schedule';

type Named = { id: string; name: string };
type Attending = Named & { attendance?: string };

/** One row of the plan matrix as the Plan panel shows it: a table, or the byes. */
export interface PlanRow {
  kind: 'table' | 'byes';
  key: string;
  /** "T3" or "Sitting out". */
  label: string;
  /** The mentor's name (tables only). */
  mentor: string;
  /** One cell per round: the mentees' names. */
  cells: string[][];
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

/** Build the Plan panel's matrix; the byes row appears only when someone sits a round out. */
export function planMatrix(schedule: Schedule): PlanMatrix {
  const m = scheduleMatrix(schedule);
  const rows: PlanRow[] = m.columns.map((col, c) => ({
    kind: 'table',
    key: col.mentorId,
    label: col.table,
    mentor: col.mentor,
    cells: m.rows.map((r) => r.cells[c] ?? []),
  }));
  if (m.rows.some((r) => r.byes.length > 0)) {
    rows.push({ kind: 'byes', key: 'byes', label: 'Sitting out', mentor: '', cells: m.rows.map((r) => r.byes) });
  }
  return { rounds: m.rows.map((r) => r.round), rows };
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
