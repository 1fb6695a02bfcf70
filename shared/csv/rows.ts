import { personName } from '../schemas/common';
import type { Locale } from '../schemas/locale';
import { menteeInputSchema, mentorInputSchema } from '../schemas/people';
import { quote, restoreCell, splitList } from './cells';
import { MENTEE_ONLY, MENTOR_ONLY, SEPARATORS, type Column } from './columns';
import type { HeaderMap } from './header';
import type { CsvRecord } from './read-rows';
import { closestWord } from './did-you-mean';
import type { CodedMessage } from '../schemas/issue-codes';
import { columnProblem, csvProblem, shown } from './problem';
import { friendlyMessage, zodProblems } from './zod-problems';

/** A mentor row that passed its own checks; `table` is absent when it is to be defaulted. */
export interface MentorRow {
  line: number;
  name: string;
  table?: string;
  bio?: string;
  topics: string[];
  email?: string;
  group?: string;
  meetingUrl?: string;
  locale?: Locale;
}

/** A mentee row that passed its own checks; wishes and avoid still hold names as written. */
export interface MenteeRow {
  line: number;
  name: string;
  questions: string[];
  wishes: string[];
  avoid: string[];
  email?: string;
  group?: string;
  /** Left out when 0 (the default). */
  priority?: number;
  /** The seat kept when mentors move (issue 17). */
  table?: string;
  /** The person's own language (issue 19). */
  locale?: Locale;
}

/** One record read on its own; `person` is set when the row has no problem of its own. */
export type RowResult =
  | { role: 'mentor'; line: number; name: string; table: string; person?: MentorRow; problems: CodedMessage[] }
  | {
      /** A peer (issue 17, peer rounds) reads like a mentee; its wishes and avoid name peers. */
      role: 'mentee' | 'peer';
      line: number;
      name: string;
      table: string;
      wishes: string[];
      avoid: string[];
      person?: MenteeRow;
      problems: CodedMessage[];
    }
  /** A row whose role cannot be read: its name is kept so wishes naming it are not blamed too. */
  | { role: null; line: number; name: string; problems: CodedMessage[] };

const WHAT: Partial<Record<Column, string>> = {
  table: 'a table',
  bio: 'a bio',
  topics: 'topics',
  questions: 'questions',
  wishes: 'wishes',
  avoid: 'an avoid list',
  priority: 'a priority',
  meeting_url: 'a meeting link',
};

/** A whole number as written in a cell: digits with an optional sign (`+2`, `-1`, `0`). */
const WHOLE_NUMBER = /^[+-]?\d+$/;

/**
 * A mentee's priority cell: empty is the default 0 (`undefined`); anything else must be a
 * whole number (the schema then checks its range). A problem names the column and the value.
 */
function readPriority(text: string): { value?: number; problem?: CodedMessage } {
  if (text === '') return {};
  if (!WHOLE_NUMBER.test(text)) {
    const words = `${quote(text)} is not a whole number (write e.g. 0, 1 or 2; higher goes first)`;
    return { problem: columnProblem('priority', words, 'csvPriorityNotWhole', { value: shown(text) }) };
  }
  return { value: Number(text) };
}

/** What is wrong with a role cell that is neither mentor, mentee nor peer (as written, trimmed). */
function roleProblem(written: string): CodedMessage {
  if (written === '') return columnProblem('role', 'missing (write mentor or mentee)', 'csvRoleMissing');
  const meant = closestWord(written.toLowerCase(), ['mentor', 'mentee']);
  const role = shown(written);
  return meant
    ? columnProblem('role', `${quote(written)} is not a role — did you mean ${meant}?`, 'csvRoleMeant', { role, meant })
    : columnProblem('role', `${quote(written)} is not a role (write mentor or mentee)`, 'csvRoleUnknown', { role });
}

/** Read and validate one data record against the header. */
export function readRow(record: CsvRecord, header: HeaderMap): RowResult {
  const { line, cells } = record;
  const problems = strayCells(cells, header);
  const cell = (c: Column): string => {
    const i = header.index.get(c);
    return i === undefined ? '' : restoreCell((cells[i] ?? '').trim());
  };
  const name = cell('name');
  const table = cell('table');
  const role = cell('role').toLowerCase();
  if (role !== 'mentor' && role !== 'mentee' && role !== 'peer') {
    // The one problem of the row: what else it holds depends on the role it was meant to have.
    problems.push(roleProblem(cell('role')));
    const checked = personName().safeParse(name);
    if (!checked.success) problems.push(...zodProblems(checked.error, 'name'));
    return { role: null, line, name, problems };
  }
  // A cell too many (an unquoted comma) shifts every cell after it: the rest of the row would
  // only read as follow-on problems, so the count is the row's one problem.
  if (cells.slice(header.width).some((c) => c.trim() !== '')) {
    return role === 'mentor'
      ? { role, line, name, table: '', problems }
      : { role, line, name, table: '', wishes: [], avoid: [], problems };
  }
  const other = role === 'mentor' ? 'mentee' : 'mentor';
  // A peer's row holds what a mentee's does (name, wishes, avoid, email), nothing of a mentor's.
  for (const c of role === 'mentor' ? MENTEE_ONLY : MENTOR_ONLY) {
    const words = `only ${other}s have ${WHAT[c]}; this row is a ${role}`;
    if (cell(c) !== '') problems.push(columnProblem(c, words, 'csvOtherRolesColumn', { role, owner: other }));
  }
  const optional = (c: Column) => (cell(c) === '' ? undefined : cell(c));
  if (role === 'mentor') {
    const input = {
      name,
      table: optional('table'),
      bio: optional('bio'),
      topics: splitList(cell('topics'), SEPARATORS.topics),
      email: optional('email'),
      group: optional('group'),
      meetingUrl: optional('meeting_url'),
      locale: optional('locale'),
    };
    const parsed = mentorInputSchema.safeParse(input, { error: friendlyMessage });
    if (!parsed.success) problems.push(...zodProblems(parsed.error));
    const person = parsed.success && problems.length === 0 ? { line, ...dropUndefined(parsed.data) } : undefined;
    return { role, line, name, table, problems, ...(person ? { person } : {}) };
  }
  const input = {
    name,
    questions: splitList(cell('questions'), SEPARATORS.questions),
    wishes: splitList(cell('wishes'), SEPARATORS.wishes),
    avoid: splitList(cell('avoid'), SEPARATORS.avoid),
    email: optional('email'),
    group: optional('group'),
    table: optional('table'),
    locale: optional('locale'),
  };
  const priority = readPriority(cell('priority'));
  if (priority.problem) problems.push(priority.problem);
  // 0 is the default: left out, as the stored mentee leaves it out.
  const ranked = priority.value ? { priority: priority.value } : {};
  const parsed = menteeInputSchema.safeParse({ ...input, ...ranked }, { error: friendlyMessage });
  if (!parsed.success) problems.push(...zodProblems(parsed.error));
  const person = parsed.success && problems.length === 0 ? { line, ...dropUndefined(parsed.data) } : undefined;
  return { role, line, name, table, wishes: input.wishes, avoid: input.avoid, problems, ...(person ? { person } : {}) };
}

/** Cells with content beyond the header, or under a column with no name. */
function strayCells(cells: string[], header: HeaderMap): CodedMessage[] {
  const problems: CodedMessage[] = [];
  for (const i of header.unnamed) {
    const c = cells[i]?.trim() ?? '';
    const words = `cell ${i + 1} (${quote(c)}) is under a column with no name in the header`;
    if (c !== '') problems.push(csvProblem(words, 'csvUnnamedColumnCell', { cell: i + 1, value: shown(c) }));
  }
  // Fewer cells than the header is fine (spreadsheets drop trailing empties); more is not.
  if (cells.slice(header.width).some((c) => c.trim() !== '')) {
    problems.push(
      csvProblem(
        `has ${cells.length} cells but the header has ${header.width} columns (a comma that should be quoted?)`,
        'csvTooManyCells',
        { cells: cells.length, columns: header.width },
      ),
    );
  }
  return problems;
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
