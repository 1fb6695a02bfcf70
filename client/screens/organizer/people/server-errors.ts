import { issueText, reasonText } from '../../../i18n/issue-text';
import { ApiError } from '../../../live/api';
import type { DraftErrors } from './person-drafts';

/**
 * A failed save as draft errors: located issues go next to their field (paths such as
 * `name`, `mentees.0.name` or `questions.2`), the message goes to `form` — each in the page's
 * language where the server sent its code (issue 19), else as the server wrote it.
 */
export function draftErrorsFrom(err: unknown): DraftErrors {
  if (!(err instanceof ApiError)) return { form: err instanceof Error ? err.message : String(err) };
  const errors: DraftErrors = { form: reasonText(err) };
  for (const issue of err.issues) {
    const parts = issue.path.split('.');
    // Skip a leading "mentors.0." / "mentees.0." / "peers.0." of the POST body.
    const field = /^(ment(or|ee)s|peers)$/.test(parts[0] ?? '') ? parts[2] : parts[0];
    if (field) errors[field] ??= issueText(issue);
  }
  return errors;
}
