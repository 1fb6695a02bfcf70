import { phone } from '../../i18n/catalogues/phone';
import type { QuestionProblem } from './questions-draft';

/**
 * A problem with the mentee's questions in the page's language, from the phone catalogue (the
 * issues catalogue, issue-text.ts, would not fit the phone's weight budget): too long a question
 * or too many, and otherwise characters it cannot hold (the only other problems a question can
 * have). A problem of no one question and no known code says the English the server wrote.
 * Reactive inside a render.
 */
export function questionProblemText(p: QuestionProblem): string {
  if (p.n === null) return p.code === 'tooMany' ? phone.t('tooManyQuestions') : p.message;
  if (p.code === 'tooLong') return phone.t('questionTooLong', { n: p.n, max: Number(p.max) });
  return phone.t('questionInvalid', { n: p.n });
}
