import type { CsvIssueCode } from '../schemas/csv-issue-codes';
import { coded, type CodedMessage, type IssueCode, type MessageParams } from '../schemas/issue-codes';
import { quote } from './cells';

/**
 * The problems of the participants CSV as issues carry them (issue 19): the English message, a
 * public contract that organizers' scripts read, with the stable code and params a console says
 * in its own language (shared/schemas/csv-issue-codes.ts).
 */

/** A problem of the file, its header or a row: the English `message`, its `code` and `params`. */
export function csvProblem(message: string, code: CsvIssueCode | IssueCode, params: MessageParams = {}): CodedMessage {
  return { message, ...coded(code, params) };
}

/** A problem about one column: the message starts `field: ` and the params name the `field`. */
export function columnProblem(
  field: string,
  words: string,
  code: CsvIssueCode | IssueCode,
  params: MessageParams = {},
): CodedMessage {
  return csvProblem(`${field}: ${words}`, code, { ...params, field });
}

/** A value as a message shows it between its quotes (`quote` without the quotes), for a param. */
export function shown(value: string): string {
  return quote(value).slice(1, -1);
}
