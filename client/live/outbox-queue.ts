/**
 * The pure part of the feedback outbox (feedback-outbox.ts): which writes wait, how a later
 * write joins an earlier one, what the card shows meanwhile, and how the queue is stored.
 * No timers, no storage, no socket: every function returns a new queue.
 */
import { z } from 'zod';
import {
  feedbackBodySchema,
  sharingBodySchema,
  type FeedbackBody,
  type SharingBody,
} from '../../shared/schemas/feedback';

/** One write the server has not confirmed yet. */
export type OutboxWrite =
  | { kind: 'feedback'; round: number; withId: string; fields: FeedbackBody }
  | { kind: 'sharing'; body: SharingBody };

export interface OutboxItem {
  /** Increasing: the order the writes were made in, and how an ack finds its item. */
  seq: number;
  write: OutboxWrite;
}

export interface OutboxQueue {
  items: OutboxItem[];
  nextSeq: number;
}

export const EMPTY_QUEUE: OutboxQueue = { items: [], nextSeq: 1 };

/** What a write is about: one meeting's feedback, or the person's sharing choice. */
export type OutboxTarget = string;
export const SHARING_TARGET: OutboxTarget = 'sharing';
export const feedbackTarget = (round: number, withId: string): OutboxTarget => `feedback:${round}:${withId}`;
export const targetOf = (w: OutboxWrite): OutboxTarget =>
  w.kind === 'sharing' ? SHARING_TARGET : feedbackTarget(w.round, w.withId);

/**
 * Add a write. It joins the last waiting write about the same target (later fields win, so
 * ten taps on the rating send one write), unless that one is on its way (`inFlight`): what
 * was sent cannot change any more, so the new write waits behind it.
 */
export function enqueue(queue: OutboxQueue, write: OutboxWrite, inFlight: number | null): OutboxQueue {
  const target = targetOf(write);
  const at = lastIndex(queue.items, (i) => targetOf(i.write) === target);
  const joinable = at >= 0 && queue.items[at]!.seq !== inFlight;
  if (!joinable) return { items: [...queue.items, { seq: queue.nextSeq, write }], nextSeq: queue.nextSeq + 1 };
  const items = queue.items.slice();
  items[at] = { seq: items[at]!.seq, write: joined(items[at]!.write, write) };
  return { items, nextSeq: queue.nextSeq };
}

function joined(earlier: OutboxWrite, later: OutboxWrite): OutboxWrite {
  if (earlier.kind === 'feedback' && later.kind === 'feedback')
    return { ...earlier, fields: { ...earlier.fields, ...later.fields } };
  // A sharing choice is whole: the later one replaces it.
  return later;
}

/** The write to send next: the oldest, and only when none is on its way (one at a time keeps the order). */
export const nextToSend = (queue: OutboxQueue, inFlight: number | null): OutboxItem | null =>
  inFlight === null ? (queue.items[0] ?? null) : null;

/** The server answered a write (took it or refused it): it leaves the queue. */
export const settle = (queue: OutboxQueue, seq: number): OutboxQueue => ({
  items: queue.items.filter((i) => i.seq !== seq),
  nextSeq: queue.nextSeq,
});

export const isWaiting = (queue: OutboxQueue, target: OutboxTarget): boolean =>
  queue.items.some((i) => targetOf(i.write) === target);

/** Every field still waiting for one meeting, later over earlier: what the card shows until the ack. */
export function waitingFeedback(queue: OutboxQueue, round: number, withId: string): FeedbackBody {
  const target = feedbackTarget(round, withId);
  let fields: FeedbackBody = {};
  for (const i of queue.items)
    if (i.write.kind === 'feedback' && targetOf(i.write) === target) fields = { ...fields, ...i.write.fields };
  return fields;
}

/** The newest sharing choice still waiting, if any. */
export function waitingSharing(queue: OutboxQueue): SharingBody | null {
  const last = queue.items[lastIndex(queue.items, (i) => i.write.kind === 'sharing')];
  return last?.write.kind === 'sharing' ? last.write.body : null;
}

/** `Array.prototype.findLastIndex`, which the ES2022 library this project targets lacks. */
function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

const storedItemSchema = z.object({
  seq: z.number().int().min(1),
  write: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('feedback'),
      round: z.number().int().min(1),
      withId: z.string().min(1),
      fields: feedbackBodySchema,
    }),
    z.object({ kind: z.literal('sharing'), body: sharingBodySchema }),
  ]),
});

export const serializeQueue = (queue: OutboxQueue): string => JSON.stringify(queue.items);

/**
 * Read a stored queue back. Storage is input like any other (another version of the page,
 * a hand edit): items that do not parse are dropped, the others keep their order.
 */
export function parseQueue(raw: string | null): OutboxQueue {
  if (!raw) return EMPTY_QUEUE;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return EMPTY_QUEUE;
  }
  if (!Array.isArray(json)) return EMPTY_QUEUE;
  const items: OutboxItem[] = [];
  for (const entry of json) {
    const parsed = storedItemSchema.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
  }
  items.sort((a, b) => a.seq - b.seq);
  return { items, nextSeq: (items.at(-1)?.seq ?? 0) + 1 };
}
