import { questionsBodySchema } from '../../../shared/schemas/people';

/**
 * Pure: the questions as typed (one per box) → what to send: trimmed, empty boxes dropped,
 * checked with the same schema the server uses, problems named by question number.
 */
export function cleanQuestions(items: readonly string[]): { questions: string[]; problems: string[] } {
  const questions = items.map((q) => q.trim()).filter((q) => q.length > 0);
  const parsed = questionsBodySchema.safeParse({ questions });
  if (parsed.success) return { questions: parsed.data.questions, problems: [] };
  const problems = parsed.error.issues.map((i) => {
    const n = typeof i.path[1] === 'number' ? i.path[1] + 1 : null;
    return n === null ? i.message : `Question ${n}: ${i.message}`;
  });
  return { questions, problems };
}

/** Whether two question lists are the same (to know if there is anything unsaved). */
export function sameQuestions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((q, i) => q === b[i]);
}
