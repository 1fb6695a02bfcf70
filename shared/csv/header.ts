import { COLUMNS, REQUIRED_COLUMNS, isColumn, isExportOnlyColumn, type Column } from './columns';
import { quote } from './cells';
import { closestWord } from './did-you-mean';
import type { CodedMessage } from '../schemas/issue-codes';
import { csvProblem, shown } from './problem';

/** Where each known column sits in a record, and what was wrong with the header. */
export interface HeaderMap {
  index: Map<Column, number>;
  /** Positions with no column name: their cells must stay empty. */
  unnamed: number[];
  /** Number of cells in the header row. */
  width: number;
  problems: CodedMessage[];
  /** True when the file cannot be read at all (a required column is missing). */
  fatal: boolean;
}

/** Read the header row: names are trimmed and case-insensitive, order is free. */
export function readHeader(cells: string[]): HeaderMap {
  const index = new Map<Column, number>();
  const unnamed: number[] = [];
  const unknown: string[] = [];
  const problems: CodedMessage[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') unnamed.push(i);
    else if (isExportOnlyColumn(name))
      return; // written by the export, read past (columns.ts)
    else if (!isColumn(name)) unknown.push(raw.trim());
    else if (index.has(name))
      problems.push(
        csvProblem(`column ${quote(name)} appears twice in the header`, 'csvColumnTwice', { column: name }),
      );
    else index.set(name, i);
  });
  if (unknown.length > 0) problems.push(unknownProblem(unknown, cells));
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    problems.unshift(
      csvProblem(
        `missing required column${missing.length > 1 ? 's' : ''} ` +
          `${missing.map((c) => quote(c)).join(' and ')} in the header row`,
        'csvMissingColumns',
        { columns: missing.join(', '), count: missing.length },
      ),
    );
  }
  return { index, unnamed, width: cells.length, problems, fatal: missing.length > 0 };
}

function unknownProblem(unknown: string[], cells: string[]): CodedMessage {
  const meant = unknown.map((u) => closest(u.toLowerCase()));
  const parts = unknown.map((u, i) => (meant[i] ? `${quote(u)} (did you mean ${quote(meant[i])}?)` : quote(u)));
  const single = cells.length === 1 && /[;\t]/.test(cells[0] ?? '');
  const hint = single ? '; columns must be separated by commas' : `; the columns are ${COLUMNS.join(', ')}`;
  const message = `unknown column${unknown.length > 1 ? 's' : ''} ${parts.join(', ')}${hint}`;
  // The one cell of a header split on something else: the separator is what to fix.
  if (single) return csvProblem(message, 'csvNotCommaSeparated', { column: shown(unknown[0]!) });
  const columns = unknown.map((u) => quote(u)).join(', ');
  const counted = { columns, count: unknown.length };
  const known = COLUMNS.join(', ');
  const suggested = meant.filter((m) => m !== undefined);
  if (suggested.length === 0) return csvProblem(message, 'csvUnknownColumns', { ...counted, known });
  const meantList = suggested.map((m) => quote(m)).join(', ');
  return csvProblem(message, 'csvUnknownColumnsMeant', { ...counted, meant: meantList, known });
}

/** The known column within two edits of `name`, if any (catches `wishs`, `topic`, `mail`). */
function closest(name: string): Column | undefined {
  return closestWord(name, COLUMNS, 2) as Column | undefined;
}
