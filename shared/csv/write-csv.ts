import Papa from 'papaparse';
import { neutraliseCell } from './cells';

/** How a CSV export is written. */
export interface CsvWriteOptions {
  /** Record separator; `\r\n` (the CSV standard, and what Excel writes) unless told. */
  newline?: '\n' | '\r\n';
  /** Start with a UTF-8 byte-order mark so Excel reads names such as Zoë or 李雷 correctly. */
  bom?: boolean;
}

/** Write rows as CSV: formula cells neutralised, quoting by papaparse, a newline at the end. */
export function writeCsv(rows: Array<Array<string | number>>, opts: CsvWriteOptions = {}): string {
  const newline = opts.newline ?? '\r\n';
  const cells = rows.map((row) => row.map((c) => (typeof c === 'string' ? neutraliseCell(c) : String(c))));
  return `${opts.bom ? '\uFEFF' : ''}${Papa.unparse(cells, { newline, delimiter: ',', quoteChar: '"' })}${newline}`;
}
