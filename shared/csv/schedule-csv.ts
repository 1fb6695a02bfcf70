import type { Schedule } from '../schemas/schedule';
import { nameLookup, scheduleMatrix } from './schedule-matrix';
import { writeCsv, type CsvWriteOptions } from './write-csv';

/** Column headings of the printable sheet. */
export interface ScheduleCsvOptions extends CsvWriteOptions {
  roundHeading?: string;
  byesHeading?: string;
}

/**
 * The printable sheet: one row per round, a column per table headed `T1 — Mentor name` with
 * the mentee names seated there joined by ", ", and a Byes column. Formula cells neutralised.
 */
export function scheduleToCsv(schedule: Schedule, opts: ScheduleCsvOptions = {}): string {
  const { columns, rows } = scheduleMatrix(schedule);
  const heading = (c: { table: string; mentor: string }) => (c.table === '' ? c.mentor : `${c.table} — ${c.mentor}`);
  return writeCsv(
    [
      [opts.roundHeading ?? 'Round', ...columns.map(heading), opts.byesHeading ?? 'Byes'],
      ...rows.map((r) => [r.round, ...r.cells.map((names) => names.join(', ')), r.byes.join(', ')]),
    ],
    opts,
  );
}

/** One person in one round. For a mentee on a bye, `table`, `mentor` and `with` are empty. */
export interface PersonRoundRow {
  round: number;
  person: string;
  role: 'mentor' | 'mentee';
  table: string;
  /** The mentor of the table (the person themself for a mentor). */
  mentor: string;
  /** The mentees at the table, the person excluded, joined by ", ". */
  with: string;
}

/** One row per person per round (mentors in table order, then mentees seated, then byes). */
export function scheduleToPersonRows(schedule: Schedule): PersonRoundRow[] {
  const mentors = new Map(schedule.mentors.map((m) => [m.id, m]));
  const menteeName = nameLookup(schedule.mentees);
  const out: PersonRoundRow[] = [];
  for (const { round, tables, byes } of schedule.rounds) {
    const seated: PersonRoundRow[] = [];
    for (const t of tables) {
      const m = mentors.get(t.mentorId);
      const table = m?.table ?? '';
      const mentor = m?.name ?? t.mentorId;
      const names = t.menteeIds.map(menteeName);
      out.push({ round, person: mentor, role: 'mentor', table, mentor, with: names.join(', ') });
      names.forEach((person, i) => {
        const others = names.filter((_, j) => j !== i);
        seated.push({ round, person, role: 'mentee', table, mentor, with: others.join(', ') });
      });
    }
    out.push(
      ...seated,
      ...byes.map((id) => ({
        round,
        person: menteeName(id),
        role: 'mentee' as const,
        table: '',
        mentor: '',
        with: '',
      })),
    );
  }
  return out;
}

/** Person rows as CSV (Round, Person, Role, Table, Mentor, With); a bye reads "bye" under Table. */
export function personRowsToCsv(rows: PersonRoundRow[], opts: CsvWriteOptions = {}): string {
  return writeCsv(
    [
      ['Round', 'Person', 'Role', 'Table', 'Mentor', 'With'],
      ...rows.map((r) => [
        r.round,
        r.person,
        r.role,
        r.role === 'mentee' && r.mentor === '' ? 'bye' : r.table,
        r.mentor,
        r.with,
      ]),
    ],
    opts,
  );
}
