import type { Issue } from '../../../../shared/schemas/errors';
import { CSV_ISSUE_CODES, type CsvIssueCode } from '../../../../shared/schemas/csv-issue-codes';
import type { MessageParams } from '../../../../shared/schemas/issue-codes';
import { consoleCsv } from '../../../i18n/catalogues/console-csv';
import { language } from '../../../i18n/current-language';
import { issueWords } from '../../../i18n/issue-text';

type Key = keyof typeof consoleCsv.source & string;
const say = consoleCsv.t as (key: Key, params: MessageParams) => string;

const isCsvCode = (code: string | undefined): code is CsvIssueCode =>
  code !== undefined && Object.hasOwn(CSV_ISSUE_CODES, code);

/** The problem's own words in the page's language, or undefined where only its English says it. */
function words(issue: Issue): string | undefined {
  const { code, params = {} } = issue;
  // The parser's codes are the console's; the rules' and zod's (a clash with the event, a field
  // too long) are the `issues` catalogue's, as on every screen.
  if (!isCsvCode(code)) return issueWords(issue);
  if (CSV_ISSUE_CODES[code].some((p) => params[p] === undefined)) return undefined;
  try {
    return say(code, params);
  } catch {
    return undefined;
  }
}

/** The problem after the column it is about, the column as the file spells it (`name: …`). */
function problemText(issue: Issue): string | undefined {
  const problem = words(issue);
  const { field, item } = issue.params ?? {};
  if (problem === undefined || typeof field !== 'string') return problem;
  return typeof item === 'number'
    ? say('itemProblem', { field, item, problem })
    : say('fieldProblem', { field, problem });
}

const LINE = /^line (\d+)$/;

/** `line 3` in the page's language; any other path (`(more)`) as it is. */
function placeText(path: string): string {
  const line = LINE.exec(path)?.[1];
  return line === undefined ? path : say('line', { line: Number(line) });
}

/**
 * One problem of a participants CSV as the import lists it, `line 3: name: must not be empty`, in
 * the console's language. English is the parser's and server's own text, byte for byte (scripts
 * and tests read it); elsewhere the line and the words are translated, and a problem without a
 * code this console knows, or without a param its words need, keeps its English words.
 */
export function csvIssueText(issue: Issue): string {
  if (language() === 'en') return `${issue.path}: ${issue.message}`;
  return say('problemAt', { where: placeText(issue.path), problem: problemText(issue) ?? issue.message });
}
