import { apply, type Applied, type CommandResults } from '../../shared/event/apply';
import { authorize, SYSTEM, type Actor } from '../../shared/event/authorize';
import type { CommandOf, CommandType, EventCommand } from '../../shared/event/commands';
import type { DomainError } from '../../shared/event/domain-error';
import { replayingPlanner, type PlannerCall } from '../../shared/event/planner';
import { hasStarted, type EventState } from '../../shared/event/state';
import type { Mentee, Mentor } from '../../shared/schemas/people';
import { nextBoundary } from '../../shared/timeline';
import { breathe, LARGE_EVENT_PEOPLE } from '../breathe';
import { createClockRunner, type Timers } from '../clock-runner';
import { notFound } from '../errors';
import type { Logger } from '../log';
import { hashSecret, newSecret, personTokenOf, projectorKeyOf, signupCodeOf, signupPersonTokenOf } from '../secrets';
import type { EventStore, SecretRow } from '../store/event-store';
import type { Offload } from '../workers/offload';
import { preparePeopleJson } from '../store/person-json';
import { prepareScheduleJson } from '../store/schedule-json';
import { envFor } from './env';
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
  /** Where commands that plan a large event are rehearsed first (none: everything inline). */
  offload?: Offload;
}

/** The commands that may run the planner (a replan follows people, settings and schedule changes). */
const PLANNING: ReadonlySet<CommandType> = new Set<CommandType>([
  'event.import',
  'settings.patch',
  'people.add',
  'person.patch',
  'person.delete',
  'schedule.plan',
  'schedule.apply',
  'clock.command',
  'history.add',
  'history.clear',
  // A sign-up or an approval adds a person like people.add (a replan once there is a plan).
  'signup.submit',
  'registration.decide',
  // Only when it pins: a pin the plan does not hold yet replans the open rounds.
  'schedule.edit',
]);

/**
 * Of those, the ones that plan only by replanning an existing schedule: before the first plan
 * they never run the planner, and rehearsing them would only copy the event and the command
 * (7,000 people with 100 wishes each) to a thread and back for nothing.
 */
const REPLANNING: ReadonlySet<CommandType> = new Set<CommandType>([
  'settings.patch',
  'people.add',
  'person.patch',
  'person.delete',
  'history.add',
  'history.clear',
  'signup.submit',
  'registration.decide',
]);

/** The commands that add people: after the start they wait for a reviewed replan (no plan). */
const ADDING: ReadonlySet<CommandType> = new Set<CommandType>(['people.add', 'signup.submit', 'registration.decide']);

/** People a command brings that the planner will have to seat. */
function arriving(command: EventCommand): number {
  if (command.type === 'people.add') return command.people.mentors.length + command.people.mentees.length;
  if (command.type === 'event.import') return command.backup.event.mentors.length + command.backup.event.mentees.length;
  return 0;
}

const peopleOf = (s: EventState) => s.mentors.length + s.mentees.length;

/** How soon a phase boundary that could not be stored is tried again. */
const TICK_RETRY_MS = 1000;

const SYSTEM_SENDER: Sender = { ...SYSTEM, secret: '' };

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
    // The organizer's people have tokens derived from the organizer key; a self sign-up's
    // from the sign-up code it came with (the organizer derives that code from their key).
    if (sender.role === 'signup') {
      rows.push({ hash: hashSecret(signupPersonTokenOf(sender.secret, id)), role, personId: id });
      return;
    }
    if (sender.role !== 'organizer') throw new Error(`a ${sender.role} cannot add people`);
    rows.push({ hash: hashSecret(personTokenOf(sender.secret, id)), role, personId: id });
  };
  const version = next.registration?.codeVersion ?? 0;
  if (version > 0 && version !== (prev?.registration?.codeVersion ?? 0)) {
    if (sender.role !== 'organizer') throw new Error(`a ${sender.role} cannot make a sign-up code`);
    const code = signupCodeOf(sender.secret, version);
    rows.push({ hash: hashSecret(code), role: 'signup', personId: null, codeVersion: version });
  }
  if (prev?.mentors !== next.mentors) for (const m of next.mentors) add(m.id, 'mentor');
  if (prev?.mentees !== next.mentees) for (const m of next.mentees) add(m.id, 'mentee');
  return rows;
}

/** The people of `next` who are new objects since `prev` (added or edited): the ones the store writes. */
function newcomers(prev: EventState | null, next: EventState): (Mentor | Mentee)[] {
  if (prev?.mentors === next.mentors && prev?.mentees === next.mentees) return [];
  const had = new Set<Mentor | Mentee>([...(prev?.mentors ?? []), ...(prev?.mentees ?? [])]);
  return [...next.mentors, ...next.mentees].filter((p) => !had.has(p));
}

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
  const cache = new Map<string, EventState>();
  const queue = createKeyedQueue();
  const listeners = new Set<ChangeListener>();
  const runner = createClockRunner({ now, timers: deps.timers, onBoundary: (id) => void tick(id) });

  // Bumped by every commit of an event: a load that began before one must not cache what it read.
  const commits = new Map<string, number>();
  const loading = new Map<string, Promise<EventState | null>>();

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
  async function commit(prev: EventState | null, out: Applied, at: number, sender: Sender): Promise<void> {
    const next = out.state;
    if (next === null) {
      if (prev === null) return;
      await store.remove(prev.id);
      commits.set(prev.id, (commits.get(prev.id) ?? 0) + 1);
      cache.delete(prev.id);
      runner.disarm(prev.id);
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
    await store.save(prev, next, secrets, out.clockLog);
    commits.set(next.id, (commits.get(next.id) ?? 0) + 1);
    cache.set(next.id, next);
    if (next.clock !== prev?.clock) runner.arm(next.id, nextBoundary(next.clock), next.clock.version);
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
      const prev = await load(eventId);
      const at = now();
      const missed = { count: 0 };
      const calls: PlannerCall[] = rehearsal && rehearsal.before === prev ? rehearsal.calls : [];
      const planner = rehearsal ? replayingPlanner(calls, missed) : undefined;
      const out = apply<T>(prev, command, at, envFor(prev, envSeed, planner));
      if (missed.count > 0)
        log.warn(`event ${eventId}: a ${command.type} was planned again inline (the event changed)`);
      if (!out.ok) return out;
      await commit(prev, out, at, sender);
      return { ok: true, result: out.result, state: out.state };
    });
  }

  /** Bring an event's clock to wall time and keep its timer aimed at the next boundary. */
  async function advance(eventId: string): Promise<void> {
    const before = await load(eventId);
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
    load,
    dispatch,

    /** The event's clock history (every accepted clock command, oldest first). */
    async clockHistory(eventId: string) {
      if (!(await load(eventId))) throw notFound('no such event'); // rather than an empty history
      return store.clockHistory(eventId);
    },

    /** After a restart: bring every running clock to wall time and re-aim its timer. */
    async recover(): Promise<number> {
      const ids = await store.activeEventIds();
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
