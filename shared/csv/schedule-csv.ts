import type { Schedule } from '../schemas/schedule';
import { isMovingSchedule } from '../planner/moving-dispatch';
import { nameLookup, scheduleMatrix } from './schedule-matrix';
import { writeCsv, type CsvWriteOptions } from './write-csv';

/** Column headings of the printable sheet, and who did not come. */
export interface ScheduleCsvOptions extends CsvWriteOptions {
  roundHeading?: string;
  byesHeading?: string;
  /**
   * The ids of the people marked no-show (absent): a last column lists, per round, the seats
   * they were given and never used. Without it the sheet has no such column (`tablehop plan`).
   */
  noShows?: ReadonlySet<string>;
}

/** The heading of the sheet's last column: the seats no-shows left empty. */
export const SEATS_LOST_HEADING = 'Seats lost to no-shows';

/**
 * The printable sheet: one row per round, a column per table headed `T1 — Mentor name` with
 * the mentees seated there joined by ", ", and a Byes column; with `noShows`, then the seats
 * lost to no-shows (`Sam (T2), Grace Hopper (T1 mentor)`). Formula cells neutralised.
 */
export function scheduleToCsv(schedule: Schedule, opts: ScheduleCsvOptions = {}): string {
  const { columns, rows } = scheduleMatrix(schedule);
  const heading = (c: { table: string; mentor: string }) => (c.table === '' ? c.mentor : `${c.table} — ${c.mentor}`);
  const noShows = opts.noShows;
  const lost = noShows ? [SEATS_LOST_HEADING] : [];
  return writeCsv(
    [
      [opts.roundHeading ?? 'Round', ...columns.map(heading), opts.byesHeading ?? 'Byes', ...lost],
      ...rows.map((r) => [
        r.round,
        ...r.cells.map((names) => names.join(', ')),
        r.byes.join(', '),
        ...(noShows ? [seatsLost(schedule, r.round, noShows).join(', ')] : []),
      ]),
    ],
    opts,
  );
}

/** The seats of `round` held by no-shows: `Name (T2)`, and for a mentor `Name (T2 mentor)`. */
function seatsLost(schedule: Schedule, round: number, noShows: ReadonlySet<string>): string[] {
  const seating = schedule.rounds.find((r) => r.round === round);
  if (!seating || noShows.size === 0) return [];
  const mentors = new Map(schedule.mentors.map((m) => [m.id, m]));
  const menteeName = nameLookup(schedule.mentees);
  const out: string[] = [];
  for (const t of seating.tables) {
    const m = mentors.get(t.mentorId);
    const table = m?.table ?? t.mentorId;
    if (noShows.has(t.mentorId)) out.push(`${m?.name ?? t.mentorId} (${table} mentor)`);
    for (const id of t.menteeIds) if (noShows.has(id)) out.push(`${menteeName(id)} (${table})`);
  }
  return out;
}

/** Why a seat went unused: this person never came, or the mentor of their table never came. */
export type SeatLost = '' | 'no-show' | 'mentor no-show';

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
  /** Set when no-shows were given: whether (and why) this seat went unused; '' for a bye. */
  seatLost?: SeatLost;
}

/**
 * One row per person per round (mentors in table order, then mentees seated, then byes);
 * with `noShows` (the ids marked absent) each row also says whether its seat was lost.
 */
export function scheduleToPersonRows(schedule: Schedule, noShows?: ReadonlySet<string>): PersonRoundRow[] {
  const mentors = new Map(schedule.mentors.map((m) => [m.id, m]));
  const menteeName = nameLookup(schedule.mentees);
  const lost = (id: string, mentorId: string | null): { seatLost?: SeatLost } => {
    if (!noShows) return {};
    if (noShows.has(id)) return { seatLost: 'no-show' };
    return { seatLost: mentorId !== null && noShows.has(mentorId) ? 'mentor no-show' : '' };
  };
  const out: PersonRoundRow[] = [];
  // Mentors moving (issue 17): the seat names the table of that round (none while resting).
  const moving = isMovingSchedule(schedule);
  for (const { round, tables, byes } of schedule.rounds) {
    const seated: PersonRoundRow[] = [];
    for (const t of tables) {
      const m = mentors.get(t.mentorId);
      const table = moving ? (t.table ?? '') : (m?.table ?? '');
      const mentor = m?.name ?? t.mentorId;
      const names = t.menteeIds.map(menteeName);
      out.push({
        round,
        person: mentor,
        role: 'mentor',
        table,
        mentor,
        with: names.join(', '),
        ...lost(t.mentorId, null),
      });
      names.forEach((person, i) => {
        const others = names.filter((_, j) => j !== i).join(', ');
        seated.push({
          round,
          person,
          role: 'mentee',
          table,
          mentor,
          with: others,
          ...lost(t.menteeIds[i]!, t.mentorId),
        });
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
        // Sitting out is not a seat: nothing is lost.
        ...(noShows ? { seatLost: '' as const } : {}),
      })),
    );
  }
  return out;
}

/** How the person rows are written. */
export interface PersonRowsCsvOptions extends CsvWriteOptions {
  /** Add the `Seat lost` column (each row's `seatLost`) after the others. */
  seatLost?: boolean;
}

/**
 * Person rows as CSV (Round, Person, Role, Table, Mentor, With, and with `seatLost` then Seat
 * lost); a bye reads "bye" under Table.
 */
export function personRowsToCsv(rows: PersonRoundRow[], opts: PersonRowsCsvOptions = {}): string {
  return writeCsv(
    [
      ['Round', 'Person', 'Role', 'Table', 'Mentor', 'With', ...(opts.seatLost ? ['Seat lost'] : [])],
      ...rows.map((r) => [
        r.round,
        r.person,
        r.role,
        r.role === 'mentee' && r.mentor === '' ? 'bye' : r.table,
        r.mentor,
        r.with,
        ...(opts.seatLost ? [r.seatLost ?? ''] : []),
      ]),
    ],
    opts,
  );
}
