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
 * The words for `code` in the page's language, or `english` as the server wrote it: on an
 * English page (the server's English is the source and says more), for a code this client
 * does not know (a newer server) or without one (an older server), and when a param is missing.
 */
function say(code: string | undefined, params: MessageParams | undefined, english: string): string {
  if (language() === 'en' || !isKnown(code)) return english;
  try {
    return (issues.t as (key: Code, params: MessageParams) => string)(code, shown(params));
  } catch {
    return english;
  }
}

/** A field issue `{ path, message, code?, params? }` in the reader's language, for its field. */
export const issueText = (issue: Issue): string => say(issue.code, issue.params, issue.message);

/** Why the server refused (its `message`, `reason` and `params`), in the reader's language. */
export const reasonText = (error: { message: string; reason?: string; params?: MessageParams }): string =>
  say(error.reason, error.params, error.message);
