import 'fake-indexeddb/auto';
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineKv, type OfflineKv } from '../../../client/live/offline-kv';
import {
  createQuestionsOutbox,
  deliveryOf,
  questionsKey,
  type QuestionsDelivery,
} from '../../../client/live/questions-outbox';

const settle = () => new Promise((r) => setTimeout(r, 20));
const disposers: (() => void)[] = [];
afterEach(() => {
  for (const d of disposers.splice(0)) d();
});

/** A server that answers when the test says, recording what it was sent. */
function fakeServer() {
  const calls: { key: string; questions: string[]; answer: (d: QuestionsDelivery) => void }[] = [];
  return {
    calls,
    send: (w: { key: string; questions: string[] }) =>
      new Promise<QuestionsDelivery>((answer) => calls.push({ ...w, answer })),
    acceptAll() {
      for (const c of calls.splice(0)) c.answer({ status: 'delivered', questions: c.questions });
    },
  };
}

let n = 0;
/** One page's outbox over `kv`; a second call on the same kv is the page after a reload. */
function page(kv: OfflineKv, online0: boolean, server = fakeServer(), secret = 'tok-zoe') {
  const [online, setOnline] = createSignal(online0);
  const outbox = createRoot((d) => {
    disposers.push(d);
    return createQuestionsOutbox({ kv, secret, send: server.send, online, newKey: () => `k${++n}`, retryMs: 30 });
  });
  return { outbox, server, setOnline };
}

describe('createQuestionsOutbox', () => {
  it('offline: the edit is kept (in IndexedDB, under a hash of the token) and the save says "queued"', async () => {
    const kv = offlineKv();
    const { outbox, server } = page(kv, false);
    await outbox.loaded;
    expect(await outbox.save(['Is a PhD worth it?'])).toEqual({
      ok: true,
      queued: true,
      data: { questions: ['Is a PhD worth it?'] },
    });
    expect(outbox.waiting()).toEqual(['Is a PhD worth it?']);
    expect(server.calls).toEqual([]);
    await settle();
    expect(questionsKey('tok-zoe')).not.toContain('tok-zoe');
    expect(await kv.get(questionsKey('tok-zoe'))).toMatchObject([{ questions: ['Is a PhD worth it?'], sent: false }]);
    await kv.del(questionsKey('tok-zoe'));
  });

  it('a reload in between loses nothing; back online it is sent once and leaves the store on the ack', async () => {
    const kv = offlineKv();
    const first = page(kv, false);
    await first.outbox.loaded;
    void first.outbox.save(['A']);
    void first.outbox.save(['A', 'B']);
    await settle();
    // The reload: a new page on the same store, still offline, then online.
    const second = page(kv, false);
    await second.outbox.loaded;
    expect(second.outbox.waiting()).toEqual(['A', 'B']);
    second.setOnline(true);
    await settle();
    expect(second.server.calls.map((c) => c.questions)).toEqual([['A', 'B']]);
    second.server.acceptAll();
    await settle();
    expect(second.outbox.waiting()).toBeNull();
    expect(await kv.get(questionsKey('tok-zoe'))).toBeUndefined();
    // A third page finds nothing to send.
    const third = page(kv, true);
    await third.outbox.loaded;
    await settle();
    expect(third.server.calls).toEqual([]);
  });

  it('sends in order, one at a time; an edit made while one is on its way waits behind it', async () => {
    const kv = offlineKv();
    const { outbox, server } = page(kv, true, fakeServer(), 'tok-order');
    await outbox.loaded;
    const a = outbox.save(['A']);
    await settle();
    const b = outbox.save(['B']);
    const c = outbox.save(['C']);
    await settle();
    expect(server.calls.map((x) => x.questions)).toEqual([['A']]);
    server.acceptAll();
    expect(await a).toEqual({ ok: true, data: { questions: ['A'] } });
    // B was replaced by C before it went out: its save says it waits (in C).
    expect(await b).toMatchObject({ ok: true, queued: true });
    await settle();
    expect(server.calls.map((x) => x.questions)).toEqual([['C']]);
    const keys = new Set(server.calls.map((x) => x.key));
    server.acceptAll();
    expect(await c).toEqual({ ok: true, data: { questions: ['C'] } });
    expect(keys.size).toBe(1);
  });

  it('no answer: it stays and is sent again, with the same idempotency key', async () => {
    const kv = offlineKv();
    const { outbox, server } = page(kv, true, fakeServer(), 'tok-retry');
    await outbox.loaded;
    const saved = outbox.save(['A']);
    await settle();
    server.calls.splice(0)[0]!.answer({ status: 'unsent' });
    expect(await saved).toMatchObject({ ok: true, queued: true });
    await settle();
    await settle();
    expect(server.calls).toHaveLength(1);
    const again = server.calls[0]!;
    server.acceptAll();
    await settle();
    expect(outbox.waiting()).toBeNull();
    expect(again.key).toMatch(/^k\d+$/);
  });

  it('a refusal leaves the queue and is kept with its reason until the next edit', async () => {
    const kv = offlineKv();
    const { outbox, server } = page(kv, true, fakeServer(), 'tok-refused');
    await outbox.loaded;
    const saved = outbox.save(['A']);
    await settle();
    const error = { code: 'conflict' as const, message: 'the event has ended; questions can no longer change' };
    server.calls.splice(0)[0]!.answer({ status: 'refused', error });
    expect(await saved).toEqual({ ok: false, error });
    expect(outbox.refusal()).toEqual(error);
    expect(outbox.waiting()).toBeNull();
    void outbox.save(['B']);
    expect(outbox.refusal()).toBeNull();
  });

  it('reads an ack: a server fault or a busy server is worth another try, a "no" is not', () => {
    const no = (code: any) => deliveryOf({ ok: false, error: { code, message: 'x' } }).status;
    expect(no('internal')).toBe('unsent');
    expect(no('rate_limited')).toBe('unsent');
    expect(no('bad_request')).toBe('refused');
    expect(no('not_found')).toBe('refused');
    expect(deliveryOf({ ok: true, data: { questions: ['a'] } })).toEqual({ status: 'delivered', questions: ['a'] });
  });
});
