import { normalizeName } from '../schemas/text';
import { nameKey, quote } from './cells';
import { didYouMean, nameSuggester } from './did-you-mean';
import type { CodedMessage } from '../schemas/issue-codes';
import { columnProblem, shown } from './problem';
import type { MentorRow, RowResult } from './rows';

/** A problem found by comparing rows: the line it belongs to and what is wrong (with its code). */
export interface LineProblem extends CodedMessage {
  line: number;
}

/**
 * Names used twice within a role, compared by `nameKey` as the JSON API compares them (case,
 * accents and invisible characters aside).
 */
export function duplicateNames(rows: RowResult[]): LineProblem[] {
  const problems: LineProblem[] = [];
  const seen = {
    mentor: new Map<string, number>(),
    mentee: new Map<string, number>(),
    peer: new Map<string, number>(),
  };
  for (const row of rows) {
    if (row.role === null || row.name === '') continue;
    const first = seen[row.role].get(nameKey(row.name));
    if (first === undefined) seen[row.role].set(nameKey(row.name), row.line);
    else {
      const name = normalizeName(row.name);
      const words = `${quote(name)} is already a ${row.role} on line ${first}`;
      const params = { name: shown(name), role: row.role, firstLine: first };
      problems.push({ line: row.line, ...columnProblem('name', words, 'csvNameTwice', params) });
    }
  }
  return problems;
}

/** Table labels given twice (compared by `nameKey`, like names). */
export function duplicateTables(rows: RowResult[]): LineProblem[] {
  const problems: LineProblem[] = [];
  const seen = new Map<string, { line: number; name: string }>();
  for (const row of rows) {
    if (row.role !== 'mentor' || row.table === '') continue;
    const first = seen.get(nameKey(row.table));
    if (first === undefined) seen.set(nameKey(row.table), { line: row.line, name: row.name });
    else {
      const words = `${quote(row.table)} is already the table of ${quote(first.name)} on line ${first.line}`;
      const params = { table: shown(row.table), holder: shown(first.name), firstLine: first.line };
      problems.push({ line: row.line, ...columnProblem('table', words, 'csvTableTwice', params) });
    }
  }
  return problems;
}

/**
 * Give mentors without a table the labels T1, T2, … in row order, skipping labels other
 * mentors took explicitly (so `T2` written on a later row is not handed out twice).
 */
export function assignTables(mentors: MentorRow[]): Array<MentorRow & { table: string }> {
  const taken = new Set(mentors.flatMap((m) => (m.table === undefined ? [] : [nameKey(m.table)])));
  let next = 1;
  return mentors.map((m) => {
    if (m.table !== undefined) return { ...m, table: m.table };
    while (taken.has(nameKey(`T${next}`))) next++;
    const table = `T${next++}`;
    return { ...m, table };
  });
}

/** A mentee's wishes and avoid as mentor names spelled as in the mentor rows. */
export interface Choices {
  wishes: string[];
  avoid: string[];
}

/**
 * Resolve every mentee row's wishes and avoid (valid rows or not, so all problems show at
 * once), keyed by line. A name that matches no mentor, or a mentor both wished and avoided,
 * is a problem; a close mentor name is suggested ("did you mean …?"). A name on a row whose
 * role cannot be read is no problem here: that row's own line already says what is wrong, and
 * one typo should read as one problem. A repeated name keeps its first (highest-ranked) place.
 */
export function resolveChoices(rows: RowResult[]): { choices: Map<number, Choices>; problems: LineProblem[] } {
  const mentorNames = new Map<string, string>();
  const menteeNames = new Set<string>();
  const unreadRole = new Set<string>();
  for (const row of rows) {
    if (row.role === 'mentor' && !mentorNames.has(nameKey(row.name))) mentorNames.set(nameKey(row.name), row.name);
    if (row.role === 'mentee') menteeNames.add(nameKey(row.name));
    if (row.role === null && row.name !== '') unreadRole.add(nameKey(row.name));
  }
  const suggest = nameSuggester(mentorNames.values());
  const problems: LineProblem[] = [];
  const choices = new Map<number, Choices>();
  for (const row of rows) {
    if (row.role !== 'mentee') continue;
    const resolve = (field: 'wishes' | 'avoid'): string[] => {
      const out: string[] = [];
      for (const written of row[field]) {
        const key = nameKey(written);
        const name = mentorNames.get(key);
        if (name === undefined && !unreadRole.has(key))
          problems.push({ line: row.line, ...noMentor(field, written, menteeNames.has(key), suggest) });
        else if (name !== undefined && !out.includes(name)) out.push(name);
      }
      return out;
    };
    const wishes = resolve('wishes');
    const avoid = resolve('avoid');
    for (const name of avoid) {
      if (wishes.includes(name)) problems.push({ line: row.line, ...avoidWished(name) });
    }
    choices.set(row.line, { wishes, avoid });
  }
  return { choices, problems };
}

/** A wish or avoid naming no mentor of the file: that is a mentee, or did you mean …? */
function noMentor(
  field: 'wishes' | 'avoid',
  written: string,
  isMentee: boolean,
  suggest: ReturnType<typeof nameSuggester>,
): CodedMessage {
  const says = `${quote(written)} names no mentor`;
  const name = shown(written);
  if (isMentee) return columnProblem(field, `${says} (that is a mentee)`, 'csvNoMentorIsMentee', { name });
  const meant = suggest.closest(written);
  if (meant === undefined) return columnProblem(field, says, 'csvNoMentor', { name });
  return columnProblem(field, `${says}${didYouMean(meant)}`, 'csvNoMentorMeant', { name, suggestion: shown(meant) });
}

/** A name both avoided and wished for (a mentor, or a peer in peer-rows.ts). */
export function avoidWished(name: string): CodedMessage {
  return columnProblem('avoid', `${quote(name)} is also in wishes`, 'csvAvoidWished', { name: shown(name) });
}
