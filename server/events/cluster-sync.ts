/**
 * How an event service keeps up with the other processes of a cluster (issue 21): it reads an
 * event again when another process committed it (the whole event, or just the clock an
 * announcement carried), takes over a clock whose lease it won, and heals what a lost
 * announcement left stale once per lease round. It works on the service's own cache, queue and
 * timers (server/events/service.ts hands them in), always inside the event's queue.
 */
import type { EventState } from '../../shared/event/state';
import { shareUnchanged } from '../../shared/event/share-unchanged';
import { nextBoundary } from '../../shared/timeline';
import type { ClockRunner } from '../clock-runner';
import type { Logger } from '../log';
import type { EventStore } from '../store/event-store';
import { clockOnly } from './commit-parts';
import type { KeyedQueue } from './keyed-queue';
import type { Change, ClockParts } from './service';

/** The parts of the event service the cluster's reads work on. */
export interface SyncCore {
  store: EventStore;
  /** The committed states in memory. */
  cache: Map<string, EventState>;
  /** Commits per event (a load that began before one must not cache what it read). */
  commits: Map<string, number>;
  queue: KeyedQueue;
  runner: ClockRunner;
  owns(eventId: string): boolean;
  tell(change: Change): void;
  now(): number;
  log: Logger;
  /** Shutting down: what the cluster still asks is ignored. */
  disposed(): boolean;
  /** Bring the event's clock to wall time (the service's timer path). */
  tick(eventId: string): Promise<void>;
}

export function createClusterSync(core: SyncCore) {
  const { store, cache, commits, queue, runner, owns, tell, now, log, disposed, tick } = core;

  /**
   * Read an event in memory again from the store, because another process changed it (cluster),
   * and tell the listeners what changed, so this process's phones follow. Only in the event's
   * queue. Until the read is back, readers keep seeing the state before (committed, if old).
   */
  async function reread(eventId: string, origin: Change['origin'] = 'reread'): Promise<void> {
    const prev = cache.get(eventId);
    if (!prev) return;
    commits.set(eventId, (commits.get(eventId) ?? 0) + 1);
    const loaded = await store.load(eventId);
    if (loaded === null) {
      cache.delete(eventId);
      runner.disarm(eventId);
      tell({ prev, next: null, now: now(), origin });
      return;
    }
    const next = shareUnchanged(prev, loaded);
    cache.set(eventId, next);
    if (next.clock !== prev.clock && owns(eventId)) runner.arm(eventId, nextBoundary(next.clock), next.clock.version);
    if (next !== prev) tell({ prev, next, now: now(), origin });
  }

  /**
   * Another process committed the event (cluster): if it is in memory here, read it again, keep
   * the timer aimed if this process owns the clock, and tell the listeners (this process's phones).
   * In the event's queue, so it never interleaves with a command of this process.
   */
  function refresh(
    eventId: string,
    version: number | null,
    changed: readonly string[] = [],
    carried?: ClockParts,
  ): Promise<void> {
    return queue.run(eventId, async () => {
      if (disposed()) return;
      const known = store.versionOf(eventId);
      if (version !== null && known !== undefined && known >= version) return;
      // The common case in a running room (a phase boundary, a skip) changes only the clock: read
      // just that, not the people and the schedule, if this process has every version before it.
      const prev = cache.get(eventId);
      if (prev && clockOnly(changed) && version !== null && known === version - 1) {
        commits.set(eventId, (commits.get(eventId) ?? 0) + 1);
        const read = carried ? { ...carried, version } : await store.loadClock(eventId);
        if (carried) store.noteVersion(eventId, version);
        if (read && read.version === version) {
          const next = shareUnchanged(prev, { ...prev, clock: read.clock, roundStarts: read.roundStarts });
          cache.set(eventId, next);
          if (next.clock !== prev.clock && owns(eventId))
            runner.arm(eventId, nextBoundary(next.clock), next.clock.version);
          if (next !== prev) tell({ prev, next, now: now(), origin: 'announced' });
          return;
        }
      }
      await reread(eventId, 'announced');
    });
  }

  /**
   * This process took the event's clock lease: read the event afresh (a change announced while
   * no one owned it may not have reached here) and bring its clock to wall time.
   */
  function takeClock(eventId: string): Promise<void> {
    if (disposed()) return Promise.resolve();
    // The clock is timed whether or not the read succeeded (tick retries on its own).
    const fresh = queue
      .run(eventId, () => reread(eventId))
      .catch((err: unknown) => {
        log.error(`event ${eventId} could not be read again on taking its clock`, err);
      });
    return fresh.then(() => tick(eventId));
  }

  /**
   * A lease round (cluster): the events in memory whose stored version moved past this process's
   * (an announcement lost while Redis was away) are read again, and every clock this process
   * holds that runs without a timer here is timed.
   */
  async function reconcile(held: readonly string[]): Promise<void> {
    if (disposed()) return;
    const ids = [...cache.keys()];
    const stored = await store.versionsOf(ids);
    for (const id of ids) {
      const known = store.versionOf(id);
      const there = stored.get(id);
      if (there === undefined || known === undefined || there > known)
        await queue.run(id, () => (disposed() ? undefined : reread(id)));
    }
    const armed = runner.armed();
    for (const id of held) {
      const s = cache.get(id);
      if (!armed.has(id) && (!s || s.clock.status === 'running')) await tick(id);
    }
  }

  return { reread, refresh, takeClock, reconcile };
}
