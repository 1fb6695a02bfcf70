/**
 * "Your meetings" as a spreadsheet (`meetings.csv`): a row per meeting with what the person
 * gave and, when the follow-up is mutual, the other's contact. Cells a spreadsheet would run
 * as formulas are neutralised by the same writer as every other export (shared/csv). Pure.
 */
import { ROLE_LABEL_COLUMN, roleLabeller, type RoleLabelSettings } from '../../csv/role-label';
import { writeCsv } from '../../csv/write-csv';
import type { MeetingsAnswer } from '../../protocol/after-talk';

/** The columns of `meetings.csv`, in order. */
export const MEETINGS_CSV_COLUMNS = [
  'round',
  'starts_at',
  'table',
  'with',
  'role',
  'rating',
  'stay_in_touch',
  'mutual',
  'contact',
  'note',
  'questions',
] as const;

/** What separates the other's questions in the `questions` cell. */
export const QUESTIONS_SEPARATOR = ' | ';

const yesNo = (v: boolean) => (v ? 'yes' : 'no');

/**
 * The person's meetings as CSV (CRLF records, a header row, a record per meeting). `settings`:
 * the event's role words; when it has its own, `role_label` comes last (`role` stays canonical).
 */
export function meetingsCsv(answer: MeetingsAnswer, settings: RoleLabelSettings = {}): string {
  const label = roleLabeller(settings);
  return writeCsv([
    [...MEETINGS_CSV_COLUMNS, ...(label ? [ROLE_LABEL_COLUMN] : [])],
    ...answer.meetings.map((m) => [
      m.round,
      m.startsAt === null ? '' : new Date(m.startsAt).toISOString(),
      m.table ?? '',
      m.with.name,
      m.with.role,
      m.feedback?.rating ?? '',
      yesNo(m.feedback?.followUp ?? false),
      yesNo(m.mutual),
      m.contact ?? '',
      m.feedback?.note ?? '',
      m.with.questions.join(QUESTIONS_SEPARATOR),
      ...(label ? [label(m.with.role)] : []),
    ]),
  ]);
}
