import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Snapshot } from '../../shared/protocol/views';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import type { LiveConnection } from './live-connection';
import type { SnapshotStore, StoredSnapshot } from './snapshot-store';

/** A live connection's data with the stored snapshot standing in until the server answers. */
export interface OfflineFirst {
  snapshot: Accessor<Snapshot | null>;
  clock: Accessor<ClockSnapshot | null>;
  offsetMs: Accessor<number>;
  /** True while the page shows the stored snapshot (nothing heard from the server since it loaded). */
  fromStore: Accessor<boolean>;
  /** Server time until which the plan shown was known to be current; null while online. */
  asOf: Accessor<number | null>;
}

/** How often a connected page refreshes the stored "known current until". */
const CONFIRM_EVERY_MS = 60_000;

/**
 * Keep the last snapshot in the store while connected, and show it while nothing came from the
 * server (a reload with no network). The live data always wins once it arrives. A deleted event
 * or a refused link clears the stored copy (and `onForget` clears the rest of this phone's
 * data). Inside a Solid owner.
 */
export function createOfflineFirst(
  conn: Pick<LiveConnection, 'status' | 'deleted' | 'snapshot' | 'clock' | 'offsetMs'>,
  store: SnapshotStore,
  onForget: () => void = () => undefined,
): OfflineFirst {
  const [stored, setStored] = createSignal<StoredSnapshot | null>(null);
  const [lostAt, setLostAt] = createSignal<number | null>(null);
  let forgotten = false;
  void store.load().then((s) => {
    if (!forgotten && !conn.snapshot()) setStored(s);
  });

  const heard = () => conn.snapshot() !== null;
  const offsetMs = () => (heard() ? conn.offsetMs() : (stored()?.offsetMs ?? conn.offsetMs()));
  const serverNow = () => Date.now() + offsetMs();

  const save = (confirmedAt: number) => {
    const snapshot = conn.snapshot();
    const clock = conn.clock();
    if (!snapshot || !clock || forgotten) return;
    void store.save({ snapshot, clock, offsetMs: conn.offsetMs(), offsetMeasuredAt: Date.now(), confirmedAt });
  };
  // Every change while connected is stored (the stringify reads the whole view, so a change
  // to any field of it re-runs this); snapshots and clock changes are rare, the offset per minute.
  createEffect(() => {
    if (conn.status() !== 'online') return;
    JSON.stringify(conn.snapshot());
    conn.clock();
    conn.offsetMs();
    save(serverNow());
  });
  createEffect(
    on(conn.status, (now, before) => {
      if (now === 'online') setLostAt(null);
      else if (before === 'online') {
        const at = serverNow();
        setLostAt(at);
        save(at);
      }
    }),
  );
  // "Known current until" moves on while connected, and is written when the page is put away.
  const confirm = () => conn.status() === 'online' && save(serverNow());
  const timer = setInterval(confirm, CONFIRM_EVERY_MS);
  const onHide = () => document.visibilityState === 'hidden' && confirm();
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', confirm);
  onCleanup(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', confirm);
  });

  createEffect(() => {
    if (!conn.deleted() && conn.status() !== 'refused') return;
    forgotten = true;
    setStored(null);
    void store.clear();
    onForget();
  });

  return {
    snapshot: () => conn.snapshot() ?? stored()?.snapshot ?? null,
    clock: () => (heard() ? conn.clock() : (stored()?.clock ?? null)),
    offsetMs,
    fromStore: () => !heard() && stored() !== null,
    asOf: () => {
      if (conn.status() === 'online') return null;
      return heard() ? lostAt() : (stored()?.confirmedAt ?? null);
    },
  };
}
