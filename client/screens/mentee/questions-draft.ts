import type { z } from 'zod';
import type { Issue } from '../../../shared/schemas/errors';
import { questionsBodySchema } from '../../../shared/schemas/people';

/**
 * One problem with the questions: which question (1-based, null for the list as a whole), its
 * stable code (shared/schemas/issue-codes.ts) and the limit it broke for the phone's words, and
 * the English message as the schema or the server wrote it, for a code the phone has no words for.
 */
export interface QuestionProblem {
  n: number | null;
  code: string;
  max?: string | number;
  message: string;
}

/**
 * The code of a question's issue as the server names it (shared/schemas/zod-issue-code.ts) where
 * the phone has words of its own: too long a question, too many of them; any other is about the
 * characters it holds. Not that module itself: its other branches would weigh on the phone's
 * budget (issue 19) for issues a question never has.
 */
function codeOf(i: z.core.$ZodIssue): { code: string; max?: number } {
  if (i.code === 'too_big') return { code: i.origin === 'array' ? 'tooMany' : 'tooLong', max: Number(i.maximum) };
  // A text far too long is refused before it is normalised, by a refinement that names its code.
  if (i.code === 'custom' && i.params?.code === 'tooLong') return { code: 'tooLong', max: i.params.max };
  return { code: 'invalid' };
}

/**
 * Pure: the questions as typed (one per box) → what to send: trimmed, empty boxes dropped,
 * checked with the same schema the server uses, problems named by question number.
 */
export function cleanQuestions(items: readonly string[]): { questions: string[]; problems: QuestionProblem[] } {
  const questions = items.map((q) => q.trim()).filter((q) => q.length > 0);
  const parsed = questionsBodySchema.safeParse({ questions });
  if (parsed.success) return { questions: parsed.data.questions, problems: [] };
  const problems = parsed.error.issues.map((i): QuestionProblem => {
    const n = typeof i.path[1] === 'number' ? i.path[1] + 1 : null;
    return { n, ...codeOf(i), message: i.message };
  });
  return { questions, problems };
}

/** Pure: a field issue of a refused `questions:update` ("questions.2") as a problem of question 3. */
export function questionProblemOf(issue: Issue): QuestionProblem {
  const n = issue.path.startsWith('questions.') ? Number(issue.path.slice(10)) + 1 : null;
  return { n, code: issue.code ?? 'invalid', max: issue.params?.max, message: issue.message };
}

/** Whether two question lists are the same (to know if there is anything unsaved). */
export function sameQuestions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((q, i) => q === b[i]);
}
