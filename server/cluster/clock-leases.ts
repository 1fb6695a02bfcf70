import type { Redis } from 'ioredis';
import type { Logger } from '../log';
import type { EventStore } from '../store/event-store';

export interface ClockLeasesDeps {
  redis: Redis;
  store: Pick<EventStore, 'activeEventIds' | 'claimClock'>;
  /** This process's name in the leases (host:pid:random): who holds a clock, for people and tests. */
  processId: string;
  /** How long a lease lasts unless renewed (TABLEHOP_CLOCK_LEASE_MS). */
  ttlMs: number;
  log: Logger;
  /** This process took the event's clock: bring it to wall time and time it. */
  gained(eventId: string): void;
  /** This process no longer holds the event's clock: stop timing it. */
  lost(eventId: string): void;
  /** After each round, with the events whose clocks this process holds (catch up on what was missed). */
  afterRound?(held: string[]): Promise<void>;
}

export const leaseKey = (eventId: string) => `tablehop:clock:lease:${eventId}`;
export const tokenKey = (eventId: string) => `tablehop:clock:token:${eventId}`;

// Renew or release only a lease this process still holds (compare and act, atomically in Redis).
const RENEW =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/**
 * One clock owner per event across processes: a Redis lease (`SET NX PX`) per running or paused
 * event, renewed every fifth of its TTL, with a fencing token (`INCR`) raised in the database
 * (`claimClock`) before this process times the event; every clock write of the owner carries
 * the token and the database refuses an older one (event-store.ts). When an owner dies its
 * lease expires, and another process's next round takes it: within TTL + one round.
 *
 * Ownership is not checked against the local clock before a write: a process cannot tell it was
 * paused (SIGSTOP, a VM migration, a long GC) between such a check and its write, so the check
 * would prove nothing. The fence in the write's own transaction is what keeps a stale owner out.
 */
export function createClockLeases(deps: ClockLeasesDeps) {
  const { redis, store, processId, ttlMs, log } = deps;
  const held = new Map<string, number>();
  const roundMs = Math.max(50, Math.floor(ttlMs / 5));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  // Takes under way outside a round (poke): shutting down waits for them, then hands back what they took.
  const taking = new Set<Promise<void>>();

  function drop(eventId: string, why: string): void {
    if (!held.delete(eventId)) return;
    log.info(`clock lease: event ${eventId} ${why}`);
    deps.lost(eventId);
  }

  /**
   * A token the database's fence does not already exceed (a wiped Redis starts counting again),
   * or null: the event is gone, or this process no longer holds the lease (it stalled between
   * taking it and claiming: raising the fence then would fence off the real holder).
   */
  async function fencedToken(eventId: string): Promise<number | null> {
    for (;;) {
      const token = await redis.incr(tokenKey(eventId));
      const fence = await store.claimClock(eventId, token);
      if (fence === null || fence === token) return fence;
      if ((await redis.get(leaseKey(eventId))) !== processId) return null;
      await redis.set(tokenKey(eventId), fence);
    }
  }

  async function take(eventId: string): Promise<void> {
    const got = await redis.set(leaseKey(eventId), processId, 'PX', ttlMs, 'NX');
    if (got !== 'OK') return;
    let token: number | null = null;
    try {
      token = await fencedToken(eventId);
    } finally {
      // Not claimed (gone, or the database failed): hand the lease back rather than sit on it.
      if (token === null) await redis.eval(RELEASE, 1, leaseKey(eventId), processId).catch(() => undefined);
    }
    if (token === null) return;
    held.set(eventId, token);
    log.info(`clock lease: event ${eventId} taken with fencing token ${token}`);
    deps.gained(eventId);
  }

  /** One event's part of a round; a failure is logged and the round goes on with the others. */
  async function each(eventId: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      log.error(`clock leases: event ${eventId} could not be renewed or taken this round`, err);
    }
  }

  async function round(): Promise<void> {
    // The leases held before the query: one taken meanwhile (poke) is not in `active` yet.
    const before = [...held.keys()];
    const active = new Set(await store.activeEventIds());
    for (const eventId of before) {
      if (!held.has(eventId)) continue;
      await each(eventId, async () => {
        if (!active.has(eventId)) {
          // Ended (or deleted): nothing left to time.
          await redis.eval(RELEASE, 1, leaseKey(eventId), processId);
          drop(eventId, 'released (the clock stopped)');
        } else if (Number(await redis.eval(RENEW, 1, leaseKey(eventId), processId, ttlMs)) !== 1) {
          drop(eventId, 'lost (its lease expired and another process may hold it)');
        }
      });
    }
    for (const eventId of active) if (!held.has(eventId)) await each(eventId, () => take(eventId));
    await deps.afterRound?.([...held.keys()]);
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round()
        .catch((err: unknown) => log.error('clock leases: a round failed; trying again', err))
        .finally(schedule);
    }, roundMs);
  }

  return {
    /** Take the free leases now, then keep renewing and taking every fifth of the TTL. */
    async start(): Promise<void> {
      running = round().catch((err: unknown) => log.error('clock leases: the first round failed', err));
      await running;
      schedule();
    },
    owns: (eventId: string) => held.has(eventId),
    /** An event's clock may have just started here: try its lease now (unless shutting down). */
    poke(eventId: string): void {
      if (stopped || held.has(eventId)) return;
      const t = take(eventId)
        .catch((err: unknown) => log.error(`clock leases: event ${eventId} could not be taken`, err))
        .finally(() => taking.delete(t));
      taking.add(t);
    },
    fenceOf: (eventId: string) => held.get(eventId),
    /** A write of this process was fenced off: another owner has the clock. */
    fenced: (eventId: string) => drop(eventId, 'lost (a newer owner fenced it off)'),
    /** The events whose clock this process holds (diagnostics, tests). */
    held: () => new Map(held),
    /** Stop renewing and hand every lease back (SIGTERM), so another process takes over at once. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await Promise.all([...taking]);
      for (const eventId of [...held.keys()]) {
        await redis.eval(RELEASE, 1, leaseKey(eventId), processId).catch(() => undefined);
        drop(eventId, 'released (shutting down)');
      }
    },
  };
}

export type ClockLeases = ReturnType<typeof createClockLeases>;
