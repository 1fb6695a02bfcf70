/** The columns of the participants CSV and who may fill them. */

/** A column name as it appears (case-insensitively) in the header row. */
export type Column =
  | 'role'
  | 'name'
  | 'table'
  | 'questions'
  | 'wishes'
  | 'avoid'
  | 'bio'
  | 'topics'
  | 'email'
  | 'group'
  | 'priority'
  | 'meeting_url'
  | 'locale';

/**
 * The participants CSV columns the writer puts first, in its order (the columns every file
 * had before group rules; their places in an export never move).
 */
export const FIRST_COLUMNS: readonly Column[] = [
  'role',
  'name',
  'table',
  'topics',
  'bio',
  'questions',
  'wishes',
  'avoid',
  'email',
];

/**
 * Columns added with group rules (issue 18), written last (after `attendance` in the people
 * export) so that a sheet reading the older columns by position reads them as before.
 */
export const LAST_COLUMNS: readonly Column[] = ['group', 'priority'];

/**
 * Columns written only when some row fills them (issue 17: a remote table's link), after the
 * last ones, so an export of an event without remote tables keeps the columns it always had;
 * likewise `locale` (issue 19), a person's own language, one of LOCALES.
 */
export const WHEN_USED_COLUMNS: readonly Column[] = ['meeting_url', 'locale'];

/** Every participants CSV column the import reads. */
export const COLUMNS: readonly Column[] = [...FIRST_COLUMNS, ...LAST_COLUMNS, ...WHEN_USED_COLUMNS];

/** Columns every file must have. */
export const REQUIRED_COLUMNS: readonly Column[] = ['role', 'name'];

/**
 * Columns only a mentor row may fill. `table` is not among them: on a mentee row it is the seat
 * the mentee keeps when mentors move (issue 17; ignored when mentees move).
 */
export const MENTOR_ONLY: readonly Column[] = ['bio', 'topics', 'meeting_url'];

/** Columns only a mentee row may fill. */
export const MENTEE_ONLY: readonly Column[] = ['questions', 'wishes', 'avoid', 'priority'];

/** Separators inside list cells. */
export const SEPARATORS = { questions: '|', wishes: ';', avoid: ';', topics: ';' } as const;

/**
 * Columns the people export writes after those, which the import reads past: `attendance` is
 * where each person stood at the door of the event exported (checked in, no-show, left), not
 * something to carry into another event, so a file exported then re-imported reads as before;
 * `role_label` is the exporting event's word for the role (role-label.ts): the `role` column
 * decides, so a file from an event with "Recruiter" / "Student" imports into any other.
 */
export const EXPORT_ONLY_COLUMNS: readonly string[] = ['attendance', 'role_label'];

/** Is `name` (trimmed, lower case) a column the export writes and the import reads past? */
export function isExportOnlyColumn(name: string): boolean {
  return EXPORT_ONLY_COLUMNS.includes(name);
}

/** Is `name` one of the participants CSV columns? */
export function isColumn(name: string): name is Column {
  return (COLUMNS as readonly string[]).includes(name);
}
