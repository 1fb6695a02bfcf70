import { ApiError } from '../../live/api';
import { join } from '../../i18n/catalogues/join';
import { issueText, reasonText } from '../../i18n/issue-text';

/** A failed call as the form shows it: one line at the top, and each located issue by its field path. */
export interface FormErrors {
  /** What went wrong, in plain words (shown at the top, role=alert). */
  alert: string;
  /** Issue messages by their path (`name`, `questions.2`, `wishes.1`, `consent`…), the first one for each. */
  fields: Record<string, string>;
}

/** A server's message ("registration is closed") as a sentence: capital first, full stop last. */
export const sentence = (s: string) => {
  const t = s.trim();
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
};

/** The action a failed call was for, as the catalogue names it. */
export type FailedAction = 'actionSignUp' | 'actionOpenSignup' | 'actionSave' | 'actionOpenProfile';

/**
 * Why a call failed, in words a person understands, with the 400's issues kept by field so
 * the form can put each next to its box. `action` names what failed ("sign up", "save"). The
 * server's reasons and field messages are said in the page's language from their codes (issue 19).
 */
export function formErrorsFrom(err: unknown, action: FailedAction): FormErrors {
  const what = join.t(action);
  if (!(err instanceof ApiError))
    return { alert: sentence(err instanceof Error ? err.message : String(err)), fields: {} };
  const fields: Record<string, string> = {};
  for (const issue of err.issues) fields[issue.path] ??= issueText(issue);
  const reason = sentence(reasonText(err));
  switch (err.status) {
    case 400:
      return { alert: join.t('errorCheck', { action: what }), fields };
    case 401:
      return { alert: join.t('errorLink', { action: what }), fields };
    case 403:
      return { alert: join.t('errorForbidden', { action: what, reason }), fields };
    case 429:
      return { alert: join.t('errorBusy', { action: what, reason }), fields };
    default:
      return { alert: join.t('errorOther', { action: what, reason }), fields };
  }
}

/** The messages of issues at `prefix.<i>`, as "label(i): message" lines (e.g. wishes by rank). */
export function indexedErrors(
  fields: Record<string, string>,
  prefix: string,
  label: (index: number) => string,
): string[] {
  const out: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const m = new RegExp(`^${prefix}\\.(\\d+)$`).exec(path);
    if (m) out.push(`${label(Number(m[1]))}: ${message}`);
  }
  return out;
}

/** The issues no field of the form shows (e.g. `role`), as "path: message" lines for the top. */
export function unplacedErrors(fields: Record<string, string>, placed: (path: string) => boolean): string[] {
  return Object.entries(fields)
    .filter(([path]) => !placed(path))
    .map(([path, message]) => `${path}: ${message}`);
}
