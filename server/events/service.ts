import { apply, type Applied, type CommandResults } from '../../shared/event/apply';
import { authorize, SYSTEM, type Actor } from '../../shared/event/authorize';
import type { CommandOf, CommandType, EventCommand } from '../../shared/event/commands';
import type { DomainError } from '../../shared/event/domain-error';
import { replayingPlanner, type PlannerCall } from '../../shared/event/planner';
import { hasStarted, type EventState } from '../../shared/event/state';
import { nextBoundary } from '../../shared/timeline';
import { breathe, LARGE_EVENT_PEOPLE } from '../breathe';
import { createClockRunner, type Timers } from '../clock-runner';
import { notFound } from '../errors';
import { refuse } from '../../shared/event/domain-error';
import type { Logger } from '../log';
import { newSecret } from '../secrets';
import type { EventStore } from '../store/event-store';
import type { Offload } from '../workers/offload';
import { preparePeopleJson } from '../store/person-json';
import { prepareScheduleJson } from '../store/schedule-json';
import { FencedError, StaleStateError } from '../store/write-conflicts';
import { envFor } from './env';
import { createClusterSync } from './cluster-sync';
import { clockOnly, newcomers, newSecrets, phasesEntered } from './commit-parts';
import { createKeyedQueue } from './keyed-queue';
import { ADDING, arriving, PLANNING, REPLANNING } from './planning-commands';

/** What changed in one committed command; `next` null means the event was deleted. */
export interface Change {
  prev: EventState;
  next: EventState | null;
  now: number;
  /**
   * Where it was committed (cluster): `here` (this process: its clock broadcast reaches every
   * process's phones through the adapter), `announced` (another process, which broadcast the clock
   * itself), `reread` (found by reading the event again: not sure the phones here had the clock).
   * Absent: here.
   */
  origin?: 'here' | 'announced' | 'reread';
}
export type ChangeListener = (change: Change) => void;

/** Who sends a command, with the key they hold (an organizer's key derives the new people's tokens). */
export interface Sender extends Actor {
  secret: string;
}

/** The answer of `dispatch`: the command's result and the committed state, or the refusal. */
export type Dispatched<T extends CommandType> =
  | { ok: true; result: CommandResults[T]; state: EventState | null }
  | { ok: false; error: DomainError };

export interface EventServiceDeps {
  store: EventStore;
  now: () => number;
  timers?: Timers;
  log: Logger;
  /** Where commands that plan a large event are rehearsed first (none: everything inline). */
  offload?: Offload;
  /** Several processes on one database (TABLEHOP_REDIS_URL); none: this process owns every clock. */
  cluster?: ClusterHooks;
}

/** The clock columns of a state: what a clock-only change's announcement carries (small). */
export type ClockParts = Pick<EventState, 'clock' | 'roundStarts'>;

/**
 * How the service takes part in a cluster (server/cluster): only the clock lease's holder arms an
 * event's timer, its clock writes carry the lease's fencing token, and every commit is announced
 * so that the other processes reload the event and tell their own phones.
 */
export interface ClusterHooks {
  /** Whether this process holds the event's clock lease. */
  owns(eventId: string): boolean;
  /** The fencing token of this process's lease on the event (undefined: none). */
  fenceOf(eventId: string): number | undefined;
  /**
   * An event was committed here: its new version (null: deleted), whether its clock runs (or is
   * paused), and which parts of the state changed (the others read it again only where needed).
   */
  announce(eventId: string, version: number | null, clockActive: boolean, changed: string[], clock?: ClockParts): void;
  /** A clock write of this process was fenced off: it no longer owns the clock. */
  fenced(eventId: string): void;
}

const peopleOf = (s: EventState) => s.mentors.length + s.mentees.length;

/** How soon a phase boundary that could not be stored is tried again. */
const TICK_RETRY_MS = 1000;

const SYSTEM_SENDER: Sender = { ...SYSTEM, secret: '' };

/**
 * How often a command is applied again after another process committed first (then 409), each
 * time after a short random wait, so that processes racing on one event do not keep colliding.
 */
const STALE_RETRIES = 10;
const staleBackoff = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));

/**
 * The one write path: `dispatch(eventId, command, sender)` runs in the event's queue →
 * authorize → `apply` (the pure rules in shared/event) → one store transaction (SQLite or
 * PostgreSQL) → update the cache → re-aim the event's timer → tell the listeners (the realtime
 * publisher). A command is answered only after its transaction committed. Reads use the cache,
 * which only ever holds committed states.
 *
 * Why the store is asynchronous but most reads are not (issue 21): PostgreSQL can only answer
 * later, yet the routes, the socket views and the publisher read an event dozens of times per
 * request or broadcast. Rather than make every one of them await, the store is awaited at the
 * few ways in — the key check (auth.ts loads the key's event before its request or socket goes
 * on), the event's command queue, recovery and the mail queue — and everything after reads the
 * cache synchronously (`get`, `peek`). Writes await their transaction before the cache, the
 * timer or any listener sees the new state, so nothing unacknowledged is ever shown.
 */
export function createEventService(deps: EventServiceDeps) {
  const { store, now, log } = deps;
  const cluster = deps.cluster;
  // After dispose (shutting down): what the cluster still asks of the service is ignored.
  let disposed = false;
  const owns = (eventId: string) => !cluster || cluster.owns(eventId);
  const cache = new Map<string, EventState>();
  const queue = createKeyedQueue();
  const listeners = new Set<ChangeListener>();
  const runner = createClockRunner({ now, timers: deps.timers, onBoundary: (id) => void tick(id) });

  // Bumped by every commit of an event: a load that began before one must not cache what it read.
  const commits = new Map<string, number>();
  const loading = new Map<string, Promise<EventState | null>>();
  // The cluster's reads of what other processes committed (cluster-sync.ts), on the same cache and queue.
  const sync = createClusterSync({
    store,
    cache,
    commits,
    queue,
    runner,
    owns,
    tell: (change) => tell(change),
    now,
    log,
    disposed: () => disposed,
    tick: (id) => tick(id),
  });

  /**
   * The event's committed state, from the cache or else the store (then cached). The store is
   * asynchronous (PostgreSQL), so what a load read is cached only if no commit of the event
   * came in between (else it loads again); concurrent loads of one event share one read.
   */
  function load(eventId: string): Promise<EventState | null> {
    const hit = cache.get(eventId);
    if (hit) return Promise.resolve(hit);
    const pending = loading.get(eventId);
    if (pending) return pending;
    const read = (async () => {
      for (;;) {
        const seen = commits.get(eventId) ?? 0;
        const loaded = await store.load(eventId);
        const cached = cache.get(eventId);
        if (cached) return cached;
        if ((commits.get(eventId) ?? 0) !== seen) continue;
        if (loaded) cache.set(eventId, loaded);
        return loaded;
      }
    })().finally(() => loading.delete(eventId));
    loading.set(eventId, read);
    return read;
  }

  /**
   * The event's state if it is in memory. Every way in to an event loads it first (the
   * authentication of a request or socket, the event's command queue, recovery), so the routes
   * that read it synchronously find it here.
   */
  function peek(eventId: string): EventState | null {
    return cache.get(eventId) ?? null;
  }

  function get(eventId: string): EventState {
    const s = peek(eventId);
    if (!s) throw notFound('no such event', { code: 'noSuchEvent' });
    return s;
  }

  function tell(change: Change): void {
    for (const l of listeners) {
      try {
        l(change);
      } catch (err) {
        log.error(`change listener failed for event ${change.prev.id}`, err);
      }
    }
  }

  /** Store what `apply` returned in one transaction, then update the cache, the timer and the listeners. */
  async function commit(prev: EventState | null, out: Applied, at: number, sender: Sender, fence?: number) {
    const next = out.state;
    if (next === null) {
      if (prev === null) return;
      await store.remove(prev.id);
      commits.set(prev.id, (commits.get(prev.id) ?? 0) + 1);
      cache.delete(prev.id);
      runner.disarm(prev.id);
      cluster?.announce(prev.id, null, false, []);
      tell({ prev, next: null, now: at });
      return;
    }
    // A command on thousands of people takes the event loop in a few steps of ~100 ms each
    // (hashing their tokens, the one transaction, telling the phones) rather than in one;
    // reads in between see the state before it, which is what is committed until the save.
    if (next === prev && !out.clockLog) return;
    const large = peopleOf(next) >= LARGE_EVENT_PEOPLE;
    if (large) await breathe();
    // A new schedule of a large event becomes text in steps; the store and the answer reuse it.
    if (large && next.schedule && next.schedule !== prev?.schedule) await prepareScheduleJson(next.schedule, breathe);
    if (large) await preparePeopleJson(newcomers(prev, next), breathe);
    const secrets = newSecrets(prev, next, sender);
    if (large) await breathe();
    await store.save(prev, next, secrets, out.clockLog, { fence });
    commits.set(next.id, (commits.get(next.id) ?? 0) + 1);
    cache.set(next.id, next);
    if (next.clock !== prev?.clock && owns(next.id)) runner.arm(next.id, nextBoundary(next.clock), next.clock.version);
    if (cluster) {
      // One line per phase entered, from whichever process committed it: the cluster tests read
      // these to check that no phase is entered twice or missed over a failover.
      for (const phase of next.clock === prev?.clock ? [] : phasesEntered(prev, next))
        log.info(`clock transition: event ${next.id} phase ${phase} fencing token ${fence ?? 'none'}`);
      const active = next.clock.status === 'running' || next.clock.status === 'paused';
      const changed = prev ? (Object.keys(next) as (keyof EventState)[]).filter((k) => next[k] !== prev[k]) : [];
      // A clock-only change carries the clock itself: the others need not read the database for it.
      const clock = clockOnly(changed) ? { clock: next.clock, roundStarts: next.roundStarts } : undefined;
      cluster.announce(next.id, store.versionOf(next.id) ?? null, active, changed, clock);
    }
    if (large) await breathe();
    if (prev !== null && next !== prev) tell({ prev, next, now: at });
  }

  /**
   * A command that plans a large event is first rehearsed in a worker thread, outside the
   * event's queue, so that the seconds of planning hold neither the event loop nor the
   * event's clock; the apply in the queue then replays the rehearsal's plans. If the event
   * changed meanwhile, the replay notices (the planner's input differs) and plans inline.
   */
  async function rehearse(eventId: string, command: EventCommand, envSeed: string) {
    const offload = deps.offload;
    const before = await load(eventId);
    const plans =
      PLANNING.has(command.type) &&
      (command.type !== 'clock.command' || command.command.action === 'start') &&
      (command.type !== 'schedule.edit' || command.body.edits.some((e) => e.op === 'pin')) &&
      (!REPLANNING.has(command.type) || Boolean(before?.schedule)) &&
      // After the start, people arriving wait for the organizer's review (a door change): no plan.
      !(ADDING.has(command.type) && before !== null && hasStarted(before));
    if (!offload || !plans || !offload.plansHeavily(before, arriving(command))) return null;
    const { calls } = await offload.run({ kind: 'rehearse', state: before, command, now: now(), envSeed });
    return { before, calls };
  }

  /** Run one command on one event: serialized with the event's others, committed once, answered after. */
  async function dispatch<T extends CommandType>(
    eventId: string,
    command: CommandOf<T>,
    sender: Sender,
  ): Promise<Dispatched<T>> {
    const denied = authorize(sender, command);
    if (denied) return denied;
    const envSeed = newSecret(16);
    const rehearsal = await rehearse(eventId, command as EventCommand, envSeed);
    // A batch of thousands usually comes straight from a worker thread, whose answer was just
    // copied onto this thread in this turn (~50 ms for 7,000 people); its apply (~100 ms)
    // waits for the next turn rather than adding to it.
    if (arriving(command as EventCommand) >= LARGE_EVENT_PEOPLE) await breathe();
    return queue.run(eventId, async (): Promise<Dispatched<T>> => {
      for (let attempt = 0; ; attempt++) {
        const prev = await load(eventId);
        const at = now();
        const missed = { count: 0 };
        const calls: PlannerCall[] = rehearsal && rehearsal.before === prev ? rehearsal.calls : [];
        const planner = rehearsal ? replayingPlanner(calls, missed) : undefined;
        const out = apply<T>(prev, command, at, envFor(prev, envSeed, planner));
        if (missed.count > 0)
          log.warn(`event ${eventId}: a ${command.type} was planned again inline (the event changed)`);
        if (!out.ok) return out;
        // The timer's clock writes carry the lease's fencing token (cluster); commands need none.
        const fence = command.type === 'clock.advance' ? cluster?.fenceOf(eventId) : undefined;
        // Not the clock's owner (any more): the owner moves the clock; a command would carry it.
        if (command.type === 'clock.advance' && cluster && fence === undefined)
          return { ok: true, result: out.result, state: prev };
        try {
          await commit(prev, out, at, sender, fence);
          return { ok: true, result: out.result, state: out.state };
        } catch (err) {
          if (!(err instanceof StaleStateError)) throw err;
          // Another process committed this event first: read it again and apply the command to that.
          if (attempt + 1 < STALE_RETRIES) await staleBackoff(attempt);
          await sync.reread(eventId, 'announced');
          if (attempt + 1 >= STALE_RETRIES)
            return refuse.conflict('the event changed on another server meanwhile; try again', undefined, {
              code: 'changedElsewhere',
            });
        }
      }
    });
  }

  /** Bring an event's clock to wall time and keep its timer aimed at the next boundary. */
  async function advance(eventId: string): Promise<void> {
    const before = await load(eventId);
    let r: Dispatched<'clock.advance'>;
    try {
      r = await dispatch(eventId, { type: 'clock.advance' }, SYSTEM_SENDER);
    } catch (err) {
      if (!(err instanceof FencedError)) throw err;
      // A newer owner has the clock (this process was paused or cut off past its lease): its
      // write was refused whole; stop timing the event and read it afresh when next asked.
      log.warn(`clock of event ${eventId}: stale transition refused (${err.message})`);
      runner.disarm(eventId);
      cluster?.fenced(eventId);
      await queue.run(eventId, () => sync.reread(eventId));
      return;
    }
    // Nothing moved (a timer that woke early, or a restart within a phase): aim it again.
    if (r.ok && r.state !== null && r.state === before && owns(eventId))
      runner.arm(eventId, nextBoundary(r.state.clock), r.state.clock.version);
  }

  /**
   * A timer reached a boundary. If it cannot be stored (a full or failing disk), say so and
   * try again shortly: no one else would wake this event's clock.
   */
  function tick(eventId: string): Promise<void> {
    return advance(eventId).catch((err: unknown) => {
      log.error(`the clock of event ${eventId} could not move on; retrying in ${TICK_RETRY_MS / 1000} s`, err);
      // Also when the event is not in memory (a new clock owner whose first read failed): this
      // process holds its clock, and no one else would try again.
      const s = cache.get(eventId);
      if (s || (cluster && owns(eventId))) runner.arm(eventId, now() + TICK_RETRY_MS, s?.clock.version ?? 0);
    });
  }

  return {
    now,
    get,
    peek,
    load,
    dispatch,

    /** The event's clock history (every accepted clock command, oldest first). */
    async clockHistory(eventId: string) {
      if (!(await load(eventId))) throw notFound('no such event'); // rather than an empty history
      return store.clockHistory(eventId);
    },

    /**
     * After a restart: bring every running clock to wall time and re-aim its timer. In a cluster
     * the clock leases do that, event by event, in whichever process takes each lease.
     */
    async recover(): Promise<number> {
      const ids = await store.activeEventIds();
      if (!cluster) await Promise.all(ids.map((id) => advance(id)));
      return ids.length;
    },

    refresh: sync.refresh,
    takeClock: sync.takeClock,
    reconcile: sync.reconcile,

    /** This process lost (or gave up) the event's clock lease: stop timing it. */
    dropClock(eventId: string): void {
      runner.disarm(eventId);
    },

    subscribe(listener: ChangeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** When each running event's timer fires next (diagnostics and tests). */
    armed: () => runner.armed(),

    dispose(): void {
      disposed = true;
      runner.dispose();
      listeners.clear();
    },
  };
}

export type EventService = ReturnType<typeof createEventService>;
