import type { MyRound } from '../../../shared/protocol/views';

/** Questions of the mentees a mentor has been told about, by mentee id. */
export type QuestionsCache = Readonly<Record<string, readonly string[]>>;

/**
 * Pure: remember every mentee's questions the snapshot carries (the server sends them only
 * for the mentees now and next), newest first, so a mentee who moves from "next" to "now"
 * keeps their questions on screen even before a fresh snapshot arrives.
 */
export function mergeQuestions(cache: QuestionsCache, rounds: readonly MyRound[]): QuestionsCache {
  const out: Record<string, readonly string[]> = { ...cache };
  for (const r of rounds) for (const m of r.mentees) if (m.questions) out[m.id] = [...m.questions];
  return out;
}
