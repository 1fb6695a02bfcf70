import { isMovingSchedule } from '../planner/moving-dispatch';
import type { Schedule } from '../schemas/schedule';

/** A table column of the schedule matrix. */
export interface MatrixColumn {
  mentorId: string;
  table: string;
  mentor: string;
}

/** One round of the schedule matrix: mentee names per column, and the byes. */
export interface MatrixRow {
  round: number;
  cells: string[][];
  byes: string[];
}

/** The schedule as a matrix of names. */
export interface ScheduleMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/**
 * The schedule as rounds × tables with names instead of ids (what the printable sheet and the
 * CLI's text view show). Columns follow the schedule's mentor order; a mentor seated in some
 * round but missing from `schedule.mentors` still gets a column, labelled by id.
 */
export function scheduleMatrix(schedule: Schedule): ScheduleMatrix {
  const mentors = new Map(schedule.mentors.map((m) => [m.id, m]));
  const menteeName = nameLookup(schedule.mentees);
  const ids = [...schedule.mentors.map((m) => m.id)];
  for (const round of schedule.rounds)
    for (const t of round.tables) if (!ids.includes(t.mentorId)) ids.push(t.mentorId);
  // Mentors moving (issue 17): a column is a mentor with no table of their own; each cell first
  // says where they sit that round ("at T3").
  const moving = isMovingSchedule(schedule);
  const columns = ids.map((id) => {
    const m = mentors.get(id);
    return { mentorId: id, table: moving ? '' : (m?.table ?? ''), mentor: m?.name ?? id };
  });
  const cell = (t: { table?: string; menteeIds: string[] }) =>
    moving && t.table !== undefined ? [`at ${t.table}`, ...t.menteeIds.map(menteeName)] : t.menteeIds.map(menteeName);
  const rows = schedule.rounds.map((round) => {
    const seated = new Map(round.tables.map((t) => [t.mentorId, cell(t)]));
    return { round: round.round, cells: ids.map((id) => seated.get(id) ?? []), byes: round.byes.map(menteeName) };
  });
  return { columns, rows };
}

/** A lookup from id to name that falls back to the id itself. */
export function nameLookup(people: Array<{ id: string; name: string }>): (id: string) => string {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? id;
}
