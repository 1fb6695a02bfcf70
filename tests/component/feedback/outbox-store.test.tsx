/**
 * Where the feedback outbox keeps its queue (issue 20): IndexedDB through the offline store,
 * taking over once a queue an older page left in localStorage; a clear before the stored queue
 * was read drops that queue too.
 */
import { createRoot, createSignal } from 'solid-js';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFeedbackOutbox, outboxStorageKey } from '../../../client/live/feedback-outbox';
import { memoryKv } from '../../../client/live/offline-kv';
import { kvOutboxStore } from '../../../client/live/outbox-store';
import { fakeSenders, settleMicrotasks } from '../support/feedback-fixtures';

const KEY = outboxStorageKey('tok-zoe');
const LEFT = JSON.stringify([{ seq: 1, write: { kind: 'feedback', round: 1, withId: 'm1', fields: { rating: 5 } } }]);

beforeEach(() => localStorage.clear());

describe('the feedback outbox in IndexedDB', () => {
  it('takes over a queue an older page left in localStorage, once, and sends it', async () => {
    localStorage.setItem(KEY, LEFT);
    const kv = memoryKv();
    const senders = fakeSenders();
    const outbox = createRoot(() =>
      createFeedbackOutbox({ ...senders, online: () => true, store: kvOutboxStore(kv, KEY, localStorage) }),
    );
    await outbox.loaded;
    await settleMicrotasks();
    expect(senders.calls.map((c) => c.payload)).toEqual([{ round: 1, withId: 'm1', rating: 5 }]);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(await kv.get(KEY)).toBe(LEFT);
  });

  it('keeps a write made offline in the store, and forgets everything on clear', async () => {
    const kv = memoryKv();
    const [online] = createSignal(false);
    const outbox = createRoot(() =>
      createFeedbackOutbox({ ...fakeSenders(), online, store: kvOutboxStore(kv, KEY, null) }),
    );
    await outbox.loaded;
    outbox.give(2, 'e3', { followUp: true });
    await settleMicrotasks();
    expect(JSON.parse(String(await kv.get(KEY)))).toEqual([
      { seq: 1, write: { kind: 'feedback', round: 2, withId: 'e3', fields: { followUp: true } } },
    ]);
    await outbox.clear();
    expect(await kv.get(KEY)).toBeUndefined();
    expect(outbox.waitingFeedback(2, 'e3')).toEqual({});
  });

  it('a clear before the stored queue was read drops that queue as well', async () => {
    const kv = memoryKv();
    await kv.set(KEY, LEFT);
    const senders = fakeSenders();
    const outbox = createRoot(() =>
      createFeedbackOutbox({ ...senders, online: () => true, store: kvOutboxStore(kv, KEY, null) }),
    );
    await outbox.clear();
    await outbox.loaded;
    await settleMicrotasks();
    expect(senders.calls).toEqual([]);
    expect(await kv.get(KEY)).toBeUndefined();
  });
});
