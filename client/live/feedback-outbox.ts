/**
 * The outbox of "after the talk": a rating, a "stay in touch" or a note typed on a phone in a
 * hall with bad Wi-Fi must not be lost. Writes wait in localStorage until the server answers
 * them, are sent one at a time in the order they were made whenever the socket is connected,
 * and survive a reload. The queue itself is pure (outbox-queue.ts).
 */
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { FeedbackGiven } from '../../shared/protocol/after-talk';
import type { FeedbackBody, Sharing, SharingBody } from '../../shared/schemas/feedback';
import type { Delivery, FeedbackSenders } from './feedback-api';
import {
  enqueue,
  feedbackTarget,
  isWaiting,
  nextToSend,
  parseQueue,
  serializeQueue,
  settle,
  SHARING_TARGET,
  targetOf,
  waitingFeedback,
  waitingSharing,
  type OutboxQueue,
  type OutboxTarget,
  type OutboxWrite,
} from './outbox-queue';

export interface FeedbackOutbox {
  /** Queue fields of my feedback on `withId` in `round` (only the fields given change). */
  give(round: number, withId: string, fields: FeedbackBody): void;
  share(body: SharingBody): void;
  /** Whether a write about the target waits for the server. */
  waiting(target: OutboxTarget): boolean;
  /** Why the server refused the last write about the target; cleared by the next write. */
  refusal(target: OutboxTarget): string | null;
  /** The fields still waiting for this meeting (what the card shows over the server's). */
  waitingFeedback(round: number, withId: string): FeedbackBody;
  waitingSharing(): SharingBody | null;
  /** What the server answered to my last write about this meeting, until the next meetings answer. */
  delivered(round: number, withId: string): FeedbackGiven | null;
  deliveredSharing(): Sharing | null;
  /** A fresh meetings answer arrived: it is newer than the acks kept so far. */
  forgetDelivered(): void;
  online: Accessor<boolean>;
}

export interface OutboxOptions extends FeedbackSenders {
  /** Whether the socket is connected: a change to true sends what waits. */
  online: Accessor<boolean>;
  /** Where the queue is kept (outboxStorageKey); null storage keeps it in memory only. */
  storage: Storage | null;
  storageKey: string;
  /** How long to wait before sending again after "no answer" while still connected. */
  retryMs?: number;
}

/**
 * The storage key of a person's outbox. A hash of the token, not the token: the key names
 * are listed by any script on the page, and one device may have held several people's links.
 */
export function outboxStorageKey(token: string): string {
  return `tablehop.feedbackOutbox.${hashHex(token)}`;
}

/** cyrb53: a fast 53-bit string hash; enough to keep people apart, not meant to be secret. */
function hashHex(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** Create the outbox, loading what a previous page left. Inside a Solid owner. */
export function createFeedbackOutbox(opts: OutboxOptions): FeedbackOutbox {
  const load = (): OutboxQueue => {
    try {
      return parseQueue(opts.storage?.getItem(opts.storageKey) ?? null);
    } catch {
      return parseQueue(null);
    }
  };
  const [queue, setQueue] = createSignal<OutboxQueue>(load());
  const [refusals, setRefusals] = createSignal<ReadonlyMap<OutboxTarget, string>>(new Map());
  const [acks, setAcks] = createSignal<ReadonlyMap<OutboxTarget, FeedbackGiven>>(new Map());
  const [sharingAck, setSharingAck] = createSignal<Sharing | null>(null);
  let inFlight: number | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const update = (next: OutboxQueue) => {
    setQueue(next);
    try {
      if (next.items.length === 0) opts.storage?.removeItem(opts.storageKey);
      else opts.storage?.setItem(opts.storageKey, serializeQueue(next));
    } catch {
      // Storage full or refused: the writes still wait in memory and go out while the page is open.
    }
  };
  const withMap = <V>(map: ReadonlyMap<OutboxTarget, V>, target: OutboxTarget, value: V | null) => {
    const next = new Map(map);
    if (value === null) next.delete(target);
    else next.set(target, value);
    return next;
  };

  const send = (write: OutboxWrite): Promise<Delivery<FeedbackGiven | { sharing: Sharing }>> =>
    write.kind === 'feedback'
      ? opts.giveFeedback({ round: write.round, withId: write.withId, ...write.fields })
      : opts.setSharing(write.body);

  const flush = async () => {
    while (!disposed && opts.online()) {
      const item = nextToSend(queue(), inFlight);
      if (!item) return;
      inFlight = item.seq;
      const result = await send(item.write).catch(
        (err: unknown): Delivery<never> => ({ status: 'unsent', message: String(err) }),
      );
      inFlight = null;
      if (disposed) return;
      if (result.status === 'unsent') {
        // Still connected but no answer: try again in a while; a reconnect tries at once.
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void flush(), opts.retryMs ?? 5000);
        return;
      }
      const target = targetOf(item.write);
      update(settle(queue(), item.seq));
      if (result.status === 'refused') {
        setRefusals((m) => withMap(m, target, result.message));
        continue;
      }
      if ('feedback' in result.value) {
        const given = result.value;
        setAcks((m) => withMap(m, target, given));
      } else setSharingAck(result.value.sharing);
    }
  };
  const kick = () => {
    if (inFlight === null) void flush();
  };

  createEffect(on(opts.online, (up) => up && kick()));
  onCleanup(() => {
    disposed = true;
    clearTimeout(retryTimer);
  });

  const add = (write: OutboxWrite) => {
    setRefusals((m) => withMap(m, targetOf(write), null));
    update(enqueue(queue(), write, inFlight));
    kick();
  };

  return {
    give: (round, withId, fields) => add({ kind: 'feedback', round, withId, fields }),
    share: (body) => add({ kind: 'sharing', body }),
    waiting: (target) => isWaiting(queue(), target),
    refusal: (target) => refusals().get(target) ?? null,
    waitingFeedback: (round, withId) => waitingFeedback(queue(), round, withId),
    waitingSharing: () => waitingSharing(queue()),
    delivered: (round, withId) => acks().get(feedbackTarget(round, withId)) ?? null,
    deliveredSharing: () => (isWaiting(queue(), SHARING_TARGET) ? null : sharingAck()),
    forgetDelivered: () => {
      setAcks(new Map());
      setSharingAck(null);
    },
    online: opts.online,
  };
}
