import type { Attendance } from '../schemas/people';
import { FIRST_COLUMNS, LAST_COLUMNS, SEPARATORS, WHEN_USED_COLUMNS, type Column } from './columns';
import { ROLE_LABEL_COLUMN, type CsvRole } from './role-label';
import { writeCsv, type CsvWriteOptions } from './write-csv';

/** How the people export words each attendance (the API's `present` and `absent` as the door says them). */
export const ATTENDANCE_WORDS: Record<Attendance, string> = {
  expected: 'expected',
  present: 'checked in',
  absent: 'no-show',
  left: 'left',
};

/** How the participants CSV is written. */
export interface ParticipantsCsvOptions extends CsvWriteOptions {
  /** Add the `attendance` column after the import's columns (the import reads past it). */
  attendance?: boolean;
  /**
   * The event's word for each role (role-label.ts): when given, a `role_label` column comes last;
   * the `role` column keeps `mentor` / `mentee` either way.
   */
  roleLabel?: ((role: CsvRole) => string) | null;
}

/** A mentor to write to the participants CSV. */
export interface MentorCsvRow {
  name: string;
  table?: string;
  bio?: string;
  topics?: string[];
  email?: string;
  group?: string;
  /** A remote table's link; the `meeting_url` column is written only when some mentor has one. */
  meetingUrl?: string;
  /** The person's own language; the `locale` column is written only when someone has one. */
  locale?: string;
  attendance?: Attendance;
}

/** A mentee to write to the participants CSV; wishes and avoid are mentor names. */
export interface MenteeCsvRow {
  name: string;
  questions?: string[];
  wishes?: string[];
  avoid?: string[];
  email?: string;
  group?: string;
  /** Written when not 0. */
  priority?: number;
  /** The seat kept when mentors move. */
  table?: string;
  locale?: string;
  attendance?: Attendance;
}

/**
 * Write people in the participants CSV format, mentors first, so that
 * `parseParticipantsCsv(participantsToCsv(m, e))` gives them back. A list item holding its
 * own separator (`;` in topics, wishes and avoid, `|` in questions) comes back split. With
 * `attendance`, a column after the first nine says where each person stood at the door
 * (ATTENDANCE_WORDS); `group` and `priority` come next (a priority of 0 is left empty), then
 * `meeting_url` when used, and with `roleLabel` the event's word for the role last.
 */
export function participantsToCsv(
  mentors: MentorCsvRow[],
  mentees: MenteeCsvRow[],
  opts: ParticipantsCsvOptions = {},
): string {
  const list = (items: string[] | undefined, c: keyof typeof SEPARATORS) => (items ?? []).join(`${SEPARATORS[c]} `);
  const extra = opts.attendance ? ['attendance'] : [];
  const used: Partial<Record<Column, boolean>> = {
    meeting_url: mentors.some((m) => m.meetingUrl),
    locale: [...mentors, ...mentees].some((p) => p.locale),
  };
  const whenUsed = WHEN_USED_COLUMNS.filter((c) => used[c]);
  const label = opts.roleLabel;
  const row = (values: Partial<Record<Column, string | number>>, person: { attendance?: Attendance }) => [
    ...FIRST_COLUMNS.map((c) => values[c] ?? ''),
    ...(opts.attendance ? [person.attendance ? ATTENDANCE_WORDS[person.attendance] : ''] : []),
    ...LAST_COLUMNS.map((c) => values[c] ?? ''),
    ...whenUsed.map((c) => values[c] ?? ''),
    ...(label ? [label(values.role as CsvRole)] : []),
  ];
  return writeCsv(
    [
      [...FIRST_COLUMNS, ...extra, ...LAST_COLUMNS, ...whenUsed, ...(label ? [ROLE_LABEL_COLUMN] : [])],
      ...mentors.map((m) =>
        row(
          {
            role: 'mentor',
            name: m.name,
            table: m.table,
            topics: list(m.topics, 'topics'),
            bio: m.bio,
            email: m.email,
            group: m.group,
            meeting_url: m.meetingUrl,
            locale: m.locale,
          },
          m,
        ),
      ),
      ...mentees.map((m) =>
        row(
          {
            role: 'mentee',
            name: m.name,
            table: m.table,
            questions: list(m.questions, 'questions'),
            wishes: list(m.wishes, 'wishes'),
            avoid: list(m.avoid, 'avoid'),
            email: m.email,
            group: m.group,
            // A number, so a negative one is written as is rather than neutralised as a formula.
            priority: m.priority || undefined,
            locale: m.locale,
          },
          m,
        ),
      ),
    ],
    opts,
  );
}
