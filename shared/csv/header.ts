import { COLUMNS, REQUIRED_COLUMNS, isColumn, isExportOnlyColumn, type Column } from './columns';
import { quote } from './cells';
import { closestWord } from './did-you-mean';

/** Where each known column sits in a record, and what was wrong with the header. */
export interface HeaderMap {
  index: Map<Column, number>;
  /** Positions with no column name: their cells must stay empty. */
  unnamed: number[];
  /** Number of cells in the header row. */
  width: number;
  problems: string[];
  /** True when the file cannot be read at all (a required column is missing). */
  fatal: boolean;
}

/** Read the header row: names are trimmed and case-insensitive, order is free. */
export function readHeader(cells: string[]): HeaderMap {
  const index = new Map<Column, number>();
  const unnamed: number[] = [];
  const unknown: string[] = [];
  const problems: string[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') unnamed.push(i);
    else if (isExportOnlyColumn(name))
      return; // written by the export, read past (columns.ts)
    else if (!isColumn(name)) unknown.push(raw.trim());
    else if (index.has(name)) problems.push(`column ${quote(name)} appears twice in the header`);
    else index.set(name, i);
  });
  if (unknown.length > 0) problems.push(unknownMessage(unknown, cells));
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    problems.unshift(
      `missing required column${missing.length > 1 ? 's' : ''} ` +
        `${missing.map((c) => quote(c)).join(' and ')} in the header row`,
    );
  }
  return { index, unnamed, width: cells.length, problems, fatal: missing.length > 0 };
}

function unknownMessage(unknown: string[], cells: string[]): string {
  const parts = unknown.map((u) => {
    const near = closest(u.toLowerCase());
    return near ? `${quote(u)} (did you mean ${quote(near)}?)` : quote(u);
  });
  const single = cells.length === 1 && /[;\t]/.test(cells[0] ?? '');
  const hint = single ? '; columns must be separated by commas' : `; the columns are ${COLUMNS.join(', ')}`;
  return `unknown column${unknown.length > 1 ? 's' : ''} ${parts.join(', ')}${hint}`;
}

/** The known column within two edits of `name`, if any (catches `wishs`, `topic`, `mail`). */
function closest(name: string): Column | undefined {
  return closestWord(name, COLUMNS, 2) as Column | undefined;
}
