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

/** Is `name` one of the participants CSV columns? */
export function isColumn(name: string): name is Column {
  return (COLUMNS as readonly string[]).includes(name);
}
