import Papa from 'papaparse';
import type { CodedMessage } from '../schemas/issue-codes';
import { csvProblem } from './problem';

/** One CSV record with the physical line (1-based) it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A tokenizer problem (such as an unclosed quote), located by the record's first line. */
export interface CsvSyntaxError extends CodedMessage {
  line: number;
}

/**
 * Split CSV text into records with papaparse, keeping the line where each record starts
 * (a quoted cell holding a newline makes the next record start further down). Strips a BOM,
 * treats CRLF and lone CR as newlines, and skips records whose cells are all blank.
 */
export function readRecords(text: string): { records: CsvRecord[]; errors: CsvSyntaxError[] } {
  // One newline convention up front: papaparse guesses a single one per file, and a file with
  // mixed endings would otherwise merge rows. Newlines inside quoted cells become \n too.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let start = 0; // offset where the current record starts
  let counted = 0; // offset up to which newlines have been counted
  let line = 1;
  Papa.parse<string[]>(normalised, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    header: false,
    step: (result) => {
      for (let i = counted; i < start; i++) if (normalised.charCodeAt(i) === 10) line++;
      counted = start;
      const cells = result.data;
      for (const e of result.errors) errors.push({ line, ...syntaxProblem(e) });
      if (cells.some((c) => c.trim() !== '')) records.push({ line, cells });
      start = result.meta.cursor;
    },
  });
  return { records, errors };
}

function syntaxProblem(e: Papa.ParseError): CodedMessage {
  switch (e.code) {
    case 'MissingQuotes':
      return csvProblem('a quoted cell is never closed (missing ")', 'csvUnclosedQuote');
    case 'InvalidQuotes':
      return csvProblem(
        'a quoted cell has text after its closing quote (write "" for a quote inside a quoted cell)',
        'csvTextAfterQuote',
      );
    default:
      // Not met with a fixed delimiter and no header mode; papaparse's own English if it ever is.
      return csvProblem(e.message, 'invalid');
  }
}
