import 'fake-indexeddb/auto';
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createOfflineFirst } from '../../../client/live/offline-first';
import { memoryKv, offlineKv } from '../../../client/live/offline-kv';
import { snapshotKey, snapshotStore, type StoredSnapshot } from '../../../client/live/snapshot-store';
import type { ConnectionStatus } from '../../../client/live/live-connection';
import type { Snapshot } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { menteeMe, runningClock, T0 } from '../support/fixtures';

const settle = () => new Promise((r) => setTimeout(r, 20));
const mentee = (): Snapshot => ({ role: 'mentee', me: { ...menteeMe(), clock: runningClock(0, 60_000, T0) } });
const stored = (over: Partial<StoredSnapshot> = {}): StoredSnapshot => ({
  snapshot: mentee(),
  clock: runningClock(0, 60_000, T0),
  offsetMs: 1234,
  offsetMeasuredAt: T0 - 5000,
  confirmedAt: T0,
  ...over,
});

describe('snapshotStore (IndexedDB through idb-keyval)', () => {
  it('keeps the last snapshot under a hash of the token, never the token itself, one per link', async () => {
    expect(snapshotKey('tok-zoe')).toMatch(/^snapshot:[0-9a-f]+$/);
    expect(snapshotKey('tok-zoe')).not.toContain('tok-zoe');
    expect(snapshotKey('tok-li')).not.toBe(snapshotKey('tok-zoe'));
    const store = snapshotStore(offlineKv(), 'tok-zoe');
    await store.save(stored());
    expect(await store.load()).toEqual(stored());
    expect(await snapshotStore(offlineKv(), 'tok-li').load()).toBeNull();
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('reads what does not parse (another build, a hand edit) as nothing', async () => {
    const kv = memoryKv();
    await kv.set(snapshotKey('t'), { v: 1, snapshot: { role: 'mentee' }, clock: {} });
    expect(await snapshotStore(kv, 't').load()).toBeNull();
  });

  it("never stores the organizer's snapshot (it holds everyone's tokens)", async () => {
    const kv = memoryKv();
    await snapshotStore(kv, 'k').save(stored({ snapshot: { role: 'organizer' } as unknown as Snapshot }));
    expect(await kv.get(snapshotKey('k'))).toBeUndefined();
  });
});

/** A connection that never connects (or does, when the test says so). */
function fakeConn() {
  const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
  const [deleted, setDeleted] = createSignal(false);
  const [snapshot, setSnapshot] = createSignal<Snapshot | null>(null);
  const [clock, setClock] = createSignal<ClockSnapshot | null>(null);
  const [offsetMs, setOffsetMs] = createSignal(0);
  return {
    conn: { status, deleted, snapshot, clock, offsetMs },
    setStatus,
    setDeleted,
    hear(s: Snapshot, c: ClockSnapshot, offset = 0) {
      setOffsetMs(offset);
      setClock(c);
      setSnapshot(s);
      setStatus('online');
    },
  };
}

describe('createOfflineFirst: which state is shown from which stored snapshot', () => {
  it('a reload with no network shows the stored plan, clock and offset, "as of" its last contact', async () => {
    const kv = memoryKv();
    await snapshotStore(kv, 't').save(stored());
    const f = fakeConn();
    const o = createRoot(() => createOfflineFirst(f.conn, snapshotStore(kv, 't')));
    await settle();
    f.setStatus('offline');
    expect(o.fromStore()).toBe(true);
    expect(o.snapshot()).toEqual(mentee());
    expect(o.clock()).toEqual(runningClock(0, 60_000, T0));
    expect(o.offsetMs()).toBe(1234);
    expect(o.asOf()).toBe(T0);
  });

  it('the server wins as soon as it answers, and what it says is stored', async () => {
    const kv = memoryKv();
    await snapshotStore(kv, 't').save(stored());
    const f = fakeConn();
    const o = createRoot(() => createOfflineFirst(f.conn, snapshotStore(kv, 't')));
    await settle();
    const fresh: Snapshot = { role: 'mentee', me: { ...menteeMe(), clock: runningClock(1, 30_000, T0) } };
    f.hear(fresh, runningClock(1, 30_000, T0), 42);
    expect(o.fromStore()).toBe(false);
    expect(o.snapshot()).toEqual(fresh);
    expect(o.offsetMs()).toBe(42);
    expect(o.asOf()).toBeNull();
    await settle();
    const saved = await snapshotStore(kv, 't').load();
    expect(saved?.clock).toEqual(runningClock(1, 30_000, T0));
    expect(saved?.offsetMs).toBe(42);
    // Losing the connection: "as of" is the moment it was lost, and that is stored too.
    const before = Date.now() + 42;
    f.setStatus('offline');
    expect(o.asOf()).toBeGreaterThanOrEqual(before);
    await settle();
    expect((await snapshotStore(kv, 't').load())?.confirmedAt).toBe(o.asOf());
  });

  it('a deleted event or a refused link clears the stored copy and calls onForget', async () => {
    for (const end of ['deleted', 'refused'] as const) {
      const kv = memoryKv();
      await snapshotStore(kv, 't').save(stored());
      const f = fakeConn();
      let forgot = 0;
      const o = createRoot(() => createOfflineFirst(f.conn, snapshotStore(kv, 't'), () => forgot++));
      await settle();
      if (end === 'deleted') f.setDeleted(true);
      else f.setStatus('refused');
      await settle();
      expect(o.snapshot(), end).toBeNull();
      expect(await snapshotStore(kv, 't').load(), end).toBeNull();
      expect(forgot, end).toBe(1);
    }
  });
});
