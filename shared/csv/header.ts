import { COLUMNS, REQUIRED_COLUMNS, isColumn, type Column } from './columns';
import { quote } from './cells';

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
  let best: Column | undefined;
  let bestDistance = 3;
  for (const c of COLUMNS) {
    const d = editDistance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
