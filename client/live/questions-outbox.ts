/**
 * The outbox of a mentee's question edits (issue 20): an edit made with no network waits in
 * IndexedDB, with an idempotency key, until the server acknowledges it; edits go out one at a
 * time in the order made whenever the socket is connected, and a reload in between loses
 * nothing (the queue is read back) and changes nothing twice (`questions:update` sets the whole
 * list, so a list sent again sets the same list). The queue itself is pure (questions-queue.ts).
 */
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Ack, ErrorCode } from '../../shared/schemas/errors';
import type { OfflineKv } from './offline-kv';
import {
  enqueueQuestions,
  markSent,
  nextQuestions,
  parseQuestionsQueue,
  settleQuestions,
  waitingQuestions,
  type QuestionsQueue,
} from './questions-queue';
import { hashHex } from './secret-hash';

type AckError = Extract<Ack<never>, { ok: false }>['error'];

/** How one send went: 'unsent' may not have reached the server and is sent again later. */
export type QuestionsDelivery =
  | { status: 'delivered'; questions: string[] }
  | { status: 'refused'; error: AckError }
  | { status: 'unsent' };

/** A save's answer: the server's, or `queued` when the edit waits for the connection. */
export type QuestionsSave =
  | { ok: true; data: { questions: string[] }; queued?: boolean }
  | Extract<Ack<never>, { ok: false }>;

export interface QuestionsOutbox {
  /** Queue the list and send it when connected; resolves with the server's answer, or `queued`. */
  save(questions: string[]): Promise<QuestionsSave>;
  /** The list waiting for the server (newest), or null when everything was acknowledged. */
  waiting: Accessor<string[] | null>;
  /** Why the server refused the last edit sent; cleared by the next edit. */
  refusal: Accessor<AckError | null>;
  /** Once the stored queue was read back (and sending may begin). */
  loaded: Promise<void>;
  /** Forget every waiting edit (the event was deleted, the link refused). */
  clear(): Promise<void>;
}

export interface QuestionsOutboxOptions {
  kv: OfflineKv;
  /** The person's token: the store's key is a hash of it. */
  secret: string;
  send(write: { key: string; questions: string[] }): Promise<QuestionsDelivery>;
  online: Accessor<boolean>;
  newKey?: () => string;
  retryMs?: number;
}

/** Refusals that mean "not now": the edit stays and is sent again. */
const TRY_AGAIN: ReadonlySet<ErrorCode> = new Set(['unavailable', 'rate_limited', 'insufficient_storage', 'internal']);

/** Turn a `questions:update` ack (already parsed) into a delivery. */
export function deliveryOf(r: Ack<{ questions: string[] }>): QuestionsDelivery {
  if (r.ok) return { status: 'delivered', questions: r.data.questions };
  return TRY_AGAIN.has(r.error.code) ? { status: 'unsent' } : { status: 'refused', error: r.error };
}

export const questionsKey = (secret: string): string => `questions:${hashHex(secret)}`;

const randomKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Create the outbox and read back what a previous page left. Inside a Solid owner. */
export function createQuestionsOutbox(opts: QuestionsOutboxOptions): QuestionsOutbox {
  const storeKey = questionsKey(opts.secret);
  const [queue, setQueue] = createSignal<QuestionsQueue>([]);
  const [refusal, setRefusal] = createSignal<AckError | null>(null);
  const waiters = new Map<string, (r: QuestionsSave) => void>();
  let sending = false;
  let disposed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  // Writes to the store go one after another, so the stored queue is always the newest.
  let writes: Promise<unknown> = Promise.resolve();
  const persist = (next: QuestionsQueue) => {
    setQueue(next);
    const value = next.map((w) => ({ ...w, questions: [...w.questions] }));
    writes = writes
      .then(() => (value.length ? opts.kv.set(storeKey, value) : opts.kv.del(storeKey)))
      .catch(() => undefined);
    return writes;
  };
  const answer = (key: string, r: QuestionsSave) => {
    waiters.get(key)?.(r);
    waiters.delete(key);
  };

  const loaded = opts.kv
    .get(storeKey)
    .then((raw) => {
      // Edits made before the store answered come after the stored ones.
      const stored = parseQuestionsQueue(raw);
      if (stored.length) void persist([...stored, ...queue()]);
    })
    .catch(() => undefined);

  const flush = async () => {
    await loaded;
    if (sending) return;
    sending = true;
    try {
      while (!disposed && opts.online()) {
        const write = nextQuestions(queue());
        if (!write) return;
        // Marked (and stored) before it goes out: after a reload it is known it may have arrived.
        if (!write.sent) await persist(markSent(queue(), write.key));
        const r = await opts
          .send({ key: write.key, questions: write.questions })
          .catch((): QuestionsDelivery => ({ status: 'unsent' }));
        if (disposed) return;
        if (r.status === 'unsent') {
          answer(write.key, { ok: true, data: { questions: write.questions }, queued: true });
          clearTimeout(retryTimer);
          retryTimer = setTimeout(() => void flush(), opts.retryMs ?? 5000);
          return;
        }
        await persist(settleQuestions(queue(), write.key));
        if (r.status === 'refused') {
          setRefusal(r.error);
          answer(write.key, { ok: false, error: r.error });
        } else answer(write.key, { ok: true, data: { questions: r.questions } });
      }
    } finally {
      sending = false;
    }
  };

  createEffect(on(opts.online, (up) => up && void flush()));
  onCleanup(() => {
    disposed = true;
    clearTimeout(retryTimer);
  });

  return {
    save(questions) {
      setRefusal(null);
      const key = (opts.newKey ?? randomKey)();
      const before = queue().at(-1);
      const next = enqueueQuestions(queue(), questions, key);
      // A replaced write's save is told its edit waits (in the newer list that replaced it).
      if (before && !next.some((w) => w.key === before.key))
        answer(before.key, { ok: true, data: { questions }, queued: true });
      void persist(next);
      const result = new Promise<QuestionsSave>((resolve) => waiters.set(key, resolve));
      if (!opts.online()) answer(key, { ok: true, data: { questions }, queued: true });
      else void flush();
      return result;
    },
    waiting: () => waitingQuestions(queue()),
    refusal,
    loaded,
    async clear() {
      setQueue([]);
      writes = writes.then(() => opts.kv.del(storeKey)).catch(() => undefined);
      await writes;
    },
  };
}
