/**
 * The outbox of "after the talk": a rating, a "stay in touch" or a note typed on a phone in a
 * hall with bad Wi-Fi must not be lost. Writes wait in IndexedDB (outbox-store.ts) until the
 * server answers them, are sent one at a time in the order they were made whenever the socket
 * is connected, and survive a reload. The queue itself is pure (outbox-queue.ts).
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
import { phoneRefusalText, type Refusal } from './phone-refusal-text';
import { hashHex } from './secret-hash';
import type { OutboxStore } from './outbox-store';

export interface FeedbackOutbox {
  /** Queue fields of my feedback on `withId` in `round` (only the fields given change). */
  give(round: number, withId: string, fields: FeedbackBody): void;
  share(body: SharingBody): void;
  /** Whether a write about the target waits for the server. */
  waiting(target: OutboxTarget): boolean;
  /** Why the server refused the last write about the target, in the page's language; cleared by the next write. */
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
  /** Once the queue a previous page left was read back (and sending may begin). */
  loaded: Promise<void>;
  /** Forget every waiting write (the event was deleted, the link refused). */
  clear(): Promise<void>;
}

export interface OutboxOptions extends FeedbackSenders {
  /** Whether the socket is connected: a change to true sends what waits. */
  online: Accessor<boolean>;
  /** Where the queue is kept between pages (under outboxStorageKey); null keeps it in memory only. */
  store: OutboxStore | null;
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

/** Create the outbox, loading what a previous page left. Inside a Solid owner. */
export function createFeedbackOutbox(opts: OutboxOptions): FeedbackOutbox {
  const [queue, setQueue] = createSignal<OutboxQueue>(parseQueue(null));
  const [refusals, setRefusals] = createSignal<ReadonlyMap<OutboxTarget, Refusal>>(new Map());
  const [acks, setAcks] = createSignal<ReadonlyMap<OutboxTarget, FeedbackGiven>>(new Map());
  const [sharingAck, setSharingAck] = createSignal<Sharing | null>(null);
  let inFlight: number | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let ready = false;
  // Cleared (the event was deleted) before the stored queue was read: what it held is dropped too.
  let cleared = false;
  // Each save starts at once, so a reload right after a tap finds it: IndexedDB runs write
  // transactions on one store in the order they were made, so the last one stored is the newest.
  let writing: Promise<void> = Promise.resolve();

  const persist = (next: OutboxQueue) => {
    const raw = next.items.length === 0 ? null : serializeQueue(next);
    writing = (opts.store?.save(raw) ?? Promise.resolve())
      // Storage full or refused: the writes still wait in memory and go out while the page is open.
      .catch(() => undefined);
  };
  const update = (next: OutboxQueue) => {
    setQueue(next);
    // Until the stored queue is read back, a save would overwrite it: it is written once merged.
    if (ready) persist(next);
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
    while (!disposed && ready && opts.online()) {
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
        setRefusals((m) => withMap<Refusal>(m, target, result));
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

  // What a previous page left goes first (it is older); writes made while it was read follow it.
  const loaded = (async () => {
    const raw = await (opts.store?.load() ?? Promise.resolve(null)).catch(() => null);
    // Even when the page closed meanwhile: writes made before the read are stored with it.
    const stored = parseQueue(cleared ? null : raw);
    const mine = queue().items;
    ready = true;
    update({
      items: [...stored.items, ...mine.map((item, k) => ({ seq: stored.nextSeq + k, write: item.write }))],
      nextSeq: stored.nextSeq + mine.length,
    });
    kick();
  })();

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
    refusal: (target) => {
      const r = refusals().get(target);
      return r ? phoneRefusalText(r) : null;
    },
    waitingFeedback: (round, withId) => waitingFeedback(queue(), round, withId),
    waitingSharing: () => waitingSharing(queue()),
    delivered: (round, withId) => acks().get(feedbackTarget(round, withId)) ?? null,
    deliveredSharing: () => (isWaiting(queue(), SHARING_TARGET) ? null : sharingAck()),
    forgetDelivered: () => {
      setAcks(new Map());
      setSharingAck(null);
    },
    online: opts.online,
    loaded,
    clear: async () => {
      cleared = true;
      setQueue(parseQueue(null));
      persist(parseQueue(null));
      await writing;
    },
  };
}
