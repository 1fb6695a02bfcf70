/**
 * The pure part of the questions outbox (questions-outbox.ts): which edits of a mentee's
 * questions wait for the server, in the order made. `questions:update` replaces the whole
 * list, so only the newest list matters, but a list that may already have reached the server
 * (`sent`: it went out before the page lost its connection or was reloaded) is never changed
 * afterwards; a newer edit waits behind it, and sending it again sets the same list again.
 * Every write has its own idempotency key. No timers, storage or socket: every function returns
 * a new queue.
 */
import { z } from 'zod';

export interface QuestionsWrite {
  /** Names this write for its whole life (acks, the store); a new edit gets a new key. */
  key: string;
  questions: string[];
  /** It has gone out at least once: it may have been applied, so it is never replaced. */
  sent: boolean;
}

export type QuestionsQueue = readonly QuestionsWrite[];

/** Add an edit: it replaces the newest waiting write if that one never went out, else it waits behind it. */
export function enqueueQuestions(queue: QuestionsQueue, questions: string[], key: string): QuestionsQueue {
  const last = queue.at(-1);
  const write = { key, questions: [...questions], sent: false };
  return last && !last.sent ? [...queue.slice(0, -1), write] : [...queue, write];
}

/** The write to send next: always the oldest (one at a time keeps the order). */
export const nextQuestions = (queue: QuestionsQueue): QuestionsWrite | null => queue[0] ?? null;

export const markSent = (queue: QuestionsQueue, key: string): QuestionsQueue =>
  queue.map((w) => (w.key === key ? { ...w, sent: true } : w));

/** The server answered the write (took it or refused it): it leaves the queue. */
export const settleQuestions = (queue: QuestionsQueue, key: string): QuestionsQueue =>
  queue.filter((w) => w.key !== key);

/** The list the person will have once everything waiting is sent; null when nothing waits. */
export const waitingQuestions = (queue: QuestionsQueue): string[] | null => queue.at(-1)?.questions ?? null;

const storedSchema = z.array(
  z.object({ key: z.string().min(1).max(100), questions: z.array(z.string()), sent: z.boolean() }),
);

/** Read a stored queue back: storage is input like any other; a queue that does not parse is empty. */
export function parseQuestionsQueue(raw: unknown): QuestionsQueue {
  const parsed = storedSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}
