import type { Issue } from '../../shared/schemas/errors';
import type { MessageParams } from '../../shared/schemas/issue-codes';
import { issues } from './catalogues/issues';
import { language } from './current-language';
import { intlTagOf } from './languages';

type Code = keyof typeof issues.source & string;

// `invalid` names no problem of its own: its English message is all there is to say.
const isKnown = (code: string | undefined): code is Code =>
  code !== undefined && code !== 'invalid' && Object.hasOwn(issues.source, code);

/** Params as a message shows them: a time (epoch ms) in the page's language. */
function shown(params: MessageParams = {}): MessageParams {
  if (typeof params.closesAt !== 'number') return params;
  const fmt = new Intl.DateTimeFormat(intlTagOf(language()), { dateStyle: 'medium', timeStyle: 'short' });
  return { ...params, closesAt: fmt.format(params.closesAt) };
}

/**
 * The catalogue's words for `code` in the page's language, or undefined where only the server's
 * English says it: a code this client does not know (a newer server) or none (an older server),
 * or a param missing.
 */
function words(code: string | undefined, params: MessageParams | undefined): string | undefined {
  if (!isKnown(code)) return undefined;
  try {
    return (issues.t as (key: Code, params: MessageParams) => string)(code, shown(params));
  } catch {
    return undefined;
  }
}

/**
 * The words for `code` in the page's language, or `english` as the server wrote it: on an
 * English page (the server's English is the source and says more), and wherever `words` has none.
 */
function say(code: string | undefined, params: MessageParams | undefined, english: string): string {
  if (language() === 'en') return english;
  return words(code, params) ?? english;
}

/**
 * A field issue's own words in the page's language (what `issueText` says when it does not fall
 * back), or undefined: for a screen that puts them in a sentence of its own (the CSV's lines).
 */
export const issueWords = (issue: Issue): string | undefined => words(issue.code, issue.params);

/** A field issue `{ path, message, code?, params? }` in the reader's language, for its field. */
export const issueText = (issue: Issue): string => say(issue.code, issue.params, issue.message);

/** Why the server refused (its `message`, `reason` and `params`), in the reader's language. */
export const reasonText = (error: { message: string; reason?: string; params?: MessageParams }): string =>
  say(error.reason, error.params, error.message);
