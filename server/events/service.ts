import { randomInt } from 'node:crypto';
import { apply, type Applied, type ApplyEnv, type CommandResults } from '../../shared/event/apply';
import { authorize, SYSTEM, type Actor } from '../../shared/event/authorize';
import type { CommandOf, CommandType } from '../../shared/event/commands';
import type { DomainError } from '../../shared/event/domain-error';
import type { EventState } from '../../shared/event/state';
import { nextBoundary } from '../../shared/timeline';
import { createClockRunner, type Timers } from '../clock-runner';
import { notFound } from '../errors';
import type { Logger } from '../log';
import { sha256Base64url } from '../hashing';
import { hashSecret, newId, personTokenOf, projectorKeyOf } from '../secrets';
import type { EventStore, SecretRow } from '../store/event-store';
import { createKeyedQueue } from './keyed-queue';

/** What changed in one committed command; `next` null means the event was deleted. */
export interface Change {
  prev: EventState;
  next: EventState | null;
  now: number;
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
}

/** How soon a phase boundary that could not be stored is tried again. */
const TICK_RETRY_MS = 1000;

const SYSTEM_SENDER: Sender = { ...SYSTEM, secret: '' };

/** The environment `apply` needs: fresh person ids unused in the event, a random seed, SHA-256. */
function envFor(state: EventState | null): ApplyEnv {
  const taken = new Set([...(state?.mentors ?? []), ...(state?.mentees ?? [])].map((p) => p.id));
  return {
    newId() {
      let id = newId(6);
      while (taken.has(id)) id = newId(6);
      taken.add(id);
      return id;
    },
    newSeed: () => randomInt(1, 2 ** 31),
    digest: (text) => sha256Base64url(text).slice(0, 22),
  };
}

/**
 * The secrets a committed change brings: a new event's organizer and projector keys (the
 * sender's key is the organizer key), and a token for every person who was not there before,
 * derived from that key. Stored as hashes in the same transaction as the change.
 */
function newSecrets(prev: EventState | null, next: EventState, sender: Sender): SecretRow[] {
  const rows: SecretRow[] = [];
  if (prev === null) {
    rows.push({ hash: hashSecret(sender.secret), role: 'organizer', personId: null });
    rows.push({ hash: hashSecret(projectorKeyOf(sender.secret)), role: 'projector', personId: null });
  }
  const had = new Set([...(prev?.mentors ?? []), ...(prev?.mentees ?? [])].map((p) => p.id));
  const add = (id: string, role: 'mentor' | 'mentee') => {
    if (had.has(id)) return;
    // Only the organizer adds people: their tokens derive from the organizer key.
    if (sender.role !== 'organizer') throw new Error(`a ${sender.role} cannot add people`);
    rows.push({ hash: hashSecret(personTokenOf(sender.secret, id)), role, personId: id });
  };
  if (prev?.mentors !== next.mentors) for (const m of next.mentors) add(m.id, 'mentor');
  if (prev?.mentees !== next.mentees) for (const m of next.mentees) add(m.id, 'mentee');
  return rows;
}

/**
 * The one write path: `dispatch(eventId, command, sender)` runs in the event's queue →
 * authorize → `apply` (the pure rules in shared/event) → one SQLite transaction → update the
 * cache → re-aim the event's timer → tell the listeners (the realtime publisher). A command
 * is answered only after its transaction committed. Reads use the cache, which only ever holds
 * committed states.
 */
export function createEventService(deps: EventServiceDeps) {
  const { store, now, log } = deps;
  const cache = new Map<string, EventState>();
  const queue = createKeyedQueue();
  const listeners = new Set<ChangeListener>();
  const runner = createClockRunner({ now, timers: deps.timers, onBoundary: (id) => void tick(id) });

  function peek(eventId: string): EventState | null {
    const hit = cache.get(eventId);
    if (hit) return hit;
    const loaded = store.load(eventId);
    if (loaded) cache.set(eventId, loaded);
    return loaded;
  }

  function get(eventId: string): EventState {
    const s = peek(eventId);
    if (!s) throw notFound('no such event');
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
  function commit(prev: EventState | null, out: Applied, at: number, sender: Sender): void {
    const next = out.state;
    if (next === null) {
      if (prev === null) return;
      store.remove(prev.id);
      cache.delete(prev.id);
      runner.disarm(prev.id);
      tell({ prev, next: null, now: at });
      return;
    }
    const secrets = newSecrets(prev, next, sender);
    if (next === prev && secrets.length === 0 && !out.clockLog) return;
    store.save(prev, next, secrets, out.clockLog);
    cache.set(next.id, next);
    if (next.clock !== prev?.clock) runner.arm(next.id, nextBoundary(next.clock), next.clock.version);
    if (prev !== null && next !== prev) tell({ prev, next, now: at });
  }

  /** Run one command on one event: serialized with the event's others, committed once, answered after. */
  function dispatch<T extends CommandType>(
    eventId: string,
    command: CommandOf<T>,
    sender: Sender,
  ): Promise<Dispatched<T>> {
    return queue.run(eventId, (): Dispatched<T> => {
      const denied = authorize(sender, command);
      if (denied) return denied;
      const prev = peek(eventId);
      const at = now();
      const out = apply<T>(prev, command, at, envFor(prev));
      if (!out.ok) return out;
      commit(prev, out, at, sender);
      return { ok: true, result: out.result, state: out.state };
    });
  }

  /** Bring an event's clock to wall time and keep its timer aimed at the next boundary. */
  async function advance(eventId: string): Promise<void> {
    const before = peek(eventId);
    const r = await dispatch(eventId, { type: 'clock.advance' }, SYSTEM_SENDER);
    // Nothing moved (a timer that woke early, or a restart within a phase): aim it again.
    if (r.ok && r.state !== null && r.state === before)
      runner.arm(eventId, nextBoundary(r.state.clock), r.state.clock.version);
  }

  /**
   * A timer reached a boundary. If it cannot be stored (a full or failing disk), say so and
   * try again shortly: no one else would wake this event's clock.
   */
  function tick(eventId: string): Promise<void> {
    return advance(eventId).catch((err: unknown) => {
      log.error(`the clock of event ${eventId} could not move on; retrying in ${TICK_RETRY_MS / 1000} s`, err);
      const s = cache.get(eventId);
      if (s) runner.arm(eventId, now() + TICK_RETRY_MS, s.clock.version);
    });
  }

  return {
    now,
    get,
    peek,
    dispatch,

    /** The event's clock history (every accepted clock command, oldest first). */
    clockHistory(eventId: string) {
      get(eventId); // 404 for an unknown event rather than an empty history
      return store.clockHistory(eventId);
    },

    /** After a restart: bring every running clock to wall time and re-aim its timer. */
    async recover(): Promise<number> {
      const ids = store.activeEventIds();
      await Promise.all(ids.map((id) => advance(id)));
      return ids.length;
    },

    subscribe(listener: ChangeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** When each running event's timer fires next (diagnostics and tests). */
    armed: () => runner.armed(),

    dispose(): void {
      runner.dispose();
      listeners.clear();
    },
  };
}

export type EventService = ReturnType<typeof createEventService>;
