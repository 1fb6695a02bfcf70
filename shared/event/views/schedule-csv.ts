import { personRowsToCsv, scheduleToCsv, scheduleToPersonRows } from '../../csv';
import { ROLE_LABEL_COLUMN, roleLabeller } from '../../csv/role-label';
import { writeCsv } from '../../csv/write-csv';
import type { PlanRules } from '../../schemas/plan-rules';
import type { RoundSeating, Schedule } from '../../schemas/schedule';
import type { EventState } from '../state';

/** The ids of the event's no-shows (marked absent): the seats they hold went unused. */
export function noShowsOf(s: Pick<EventState, 'mentors' | 'mentees'>): Set<string> {
  return new Set([...s.mentors, ...s.mentees].filter((p) => p.attendance === 'absent').map((p) => p.id));
}

/** Whether the mentee's seat at the mentor's table in this round is a pinned meeting. */
function pinnedAt(rules: PlanRules, round: number, menteeId: string, mentorId: string): boolean {
  return rules.pins.some(
    (p) => p.menteeId === menteeId && p.mentorId === mentorId && (p.round === undefined || p.round === round),
  );
}

/** The pinned meetings of one round for the wall sheet: `Sam (T2)`, in table order. */
function pinnedIn(schedule: Schedule, rules: PlanRules, seating: RoundSeating): string {
  const mentees = new Map(schedule.mentees.map((m) => [m.id, m.name]));
  const tables = new Map(schedule.mentors.map((m) => [m.id, m.table]));
  return seating.tables
    .flatMap((t) =>
      t.menteeIds
        .filter((id) => pinnedAt(rules, seating.round, id, t.mentorId))
        .map((id) => `${mentees.get(id) ?? id} (${tables.get(t.mentorId) ?? t.mentorId})`),
    )
    .join(', ');
}

/**
 * Per person row (scheduleToPersonRows' order: each round's mentors in table order, the seated
 * mentees, the byes) whether it is a pinned meeting, and whether its round is locked.
 */
function personRowFlags(schedule: Schedule, rules: PlanRules): [string, string][] {
  const yes = (b: boolean) => (b ? 'yes' : '');
  return schedule.rounds.flatMap((r) => {
    const locked = yes(rules.lockedRounds.includes(r.round));
    return [
      ...r.tables.map((): [string, string] => ['', locked]),
      ...r.tables.flatMap((t) =>
        t.menteeIds.map((id): [string, string] => [yes(pinnedAt(rules, r.round, id, t.mentorId)), locked]),
      ),
      ...r.byes.map((): [string, string] => ['', locked]),
    ];
  });
}

/**
 * `csv` with `more` appended to each line. Cells never hold a line break (names and tables are
 * one line), so lines are rows; should the counts ever differ, the export is left as it was.
 */
function withColumns(csv: string, more: (string | number)[][]): string {
  const lines = csv.split('\r\n').slice(0, -1);
  const extra = writeCsv(more).split('\r\n').slice(0, -1);
  if (lines.length !== extra.length) return csv;
  return `${lines.map((line, i) => `${line},${extra[i]}`).join('\r\n')}\r\n`;
}

/**
 * The schedule exports of an event (pure): the wall sheet (`schedule.csv`, rounds × tables)
 * or a row per person per round (`schedule.people.csv`), each marking the seats lost to
 * no-shows in a column after the others. An event with pins or locked rounds gets two more
 * columns after that: the pinned meetings (the sheet lists them per round, the person rows say
 * `yes`) and `Locked` (`yes` for a locked round). When the event has its own role words the
 * person rows end with `role_label` (the `Role` column keeps `mentor` / `mentee`).
 */
export function scheduleCsvOf(
  s: Pick<EventState, 'mentors' | 'mentees' | 'planRules' | 'settings'>,
  schedule: Schedule,
  file: 'schedule.csv' | 'schedule.people.csv',
): string {
  const noShows = noShowsOf(s);
  const rules = s.planRules;
  const hand = rules.pins.length > 0 || rules.lockedRounds.length > 0;
  if (file === 'schedule.csv') {
    const sheet = scheduleToCsv(schedule, { noShows });
    if (!hand) return sheet;
    const locked = (r: RoundSeating) => (rules.lockedRounds.includes(r.round) ? 'yes' : '');
    return withColumns(sheet, [
      ['Pinned meetings', 'Locked'],
      ...schedule.rounds.map((r) => [pinnedIn(schedule, rules, r), locked(r)]),
    ]);
  }
  const people = scheduleToPersonRows(schedule, noShows);
  const rows = personRowsToCsv(people, { seatLost: true });
  const flagged = hand ? withColumns(rows, [['Pinned', 'Locked'], ...personRowFlags(schedule, rules)]) : rows;
  const label = roleLabeller(s.settings);
  return label ? withColumns(flagged, [[ROLE_LABEL_COLUMN], ...people.map((p) => [label(p.role)])]) : flagged;
}
