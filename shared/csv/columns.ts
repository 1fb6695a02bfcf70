/** The columns of the participants CSV and who may fill them. */

/** A column name as it appears (case-insensitively) in the header row. */
export type Column = 'role' | 'name' | 'table' | 'questions' | 'wishes' | 'avoid' | 'bio' | 'topics' | 'email';

/** The participants CSV columns in the order the writer puts them. */
export const COLUMNS: readonly Column[] = [
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

/** Columns every file must have. */
export const REQUIRED_COLUMNS: readonly Column[] = ['role', 'name'];

/** Columns only a mentor row may fill. */
export const MENTOR_ONLY: readonly Column[] = ['table', 'bio', 'topics'];

/** Columns only a mentee row may fill. */
export const MENTEE_ONLY: readonly Column[] = ['questions', 'wishes', 'avoid'];

/** Separators inside list cells. */
export const SEPARATORS = { questions: '|', wishes: ';', avoid: ';', topics: ';' } as const;

/**
 * Columns the people export writes after those, which the import reads past: `attendance` is
 * where each person stood at the door of the event exported (checked in, no-show, left), not
 * something to carry into another event, so a file exported then re-imported reads as before.
 */
export const EXPORT_ONLY_COLUMNS: readonly string[] = ['attendance'];

/** Is `name` (trimmed, lower case) a column the export writes and the import reads past? */
export function isExportOnlyColumn(name: string): boolean {
  return EXPORT_ONLY_COLUMNS.includes(name);
}

/** Is `name` one of the participants CSV columns? */
export function isColumn(name: string): name is Column {
  return (COLUMNS as readonly string[]).includes(name);
}
