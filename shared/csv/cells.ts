import { nameKey, quoteText } from '../schemas/text';

/**
 * Cell-level helpers shared by the CSV reader and writers: formula neutralisation, list
 * cells and the key names are matched by.
 */

/** Characters that make a spreadsheet run a cell as a formula when they start it. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * Neutralise a cell a spreadsheet would run as a formula (starts with `=`, `+`, `-`, `@`, tab
 * or CR) by prefixing `'`. Cells already starting with `'` before such a character get one more,
 * so {@link restoreCell} undoes it exactly and an export survives a re-import unchanged.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undo {@link neutraliseCell}: drop one `'` in front of a formula character. */
export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Split a list cell on `separator`, trimming items and dropping empty ones. */
export function splitList(cell: string, separator: string): string[] {
  return cell
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The key two names are compared by: the one `nameKey` of the JSON API (shared/schemas/text.ts:
 * normalised, case- and accent-insensitive, invisible characters ignored).
 */
export { nameKey };

/** Quote a value for a message, keeping it to one short line and showing invisible characters. */
export const quote = quoteText;
