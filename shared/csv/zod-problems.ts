import type { z } from 'zod';
import type { CodedMessage, IssueCode } from '../schemas/issue-codes';
import { zodIssueCode } from '../schemas/zod-issue-code';
import { csvProblem } from './problem';

/**
 * What the people schemas find in a CSV row, as the row's problems: `field: message`, a list's
 * item as `topics item 2: message`, each with zod's code as the JSON API gives it
 * (zod-issue-code.ts) and the column (and item, from 1) as params. `prefix` names the column of a
 * value checked on its own (the name of a row whose role cannot be read).
 */
export function zodProblems(error: z.ZodError, prefix?: string): CodedMessage[] {
  return error.issues.map((i) => {
    const [key, item] = i.path;
    // The problem names the column as the file spells it.
    const field = key === undefined ? prefix : key === 'meetingUrl' ? 'meeting_url' : String(key);
    // Not met (every issue of the schemas names its field): the English alone says it.
    if (field === undefined) return csvProblem(`row: ${i.message}`, 'invalid');
    const { code, params } = zodIssueCode(i);
    if (typeof item !== 'number') return csvProblem(`${field}: ${i.message}`, code as IssueCode, { ...params, field });
    const at = { ...params, field, item: item + 1 };
    return csvProblem(`${field} item ${item + 1}: ${i.message}`, code as IssueCode, at);
  });
}

/** Plain-language messages where the schemas keep zod's defaults (pass as `safeParse`'s `error`). */
export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'too_big' && issue.origin === 'array') return `at most ${issue.maximum} items`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
  return undefined;
}
