import { randomInt } from 'node:crypto';
import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { AddPeople, Mentee, Mentor, PersonPatch } from '../../shared/schemas/people';
import type { ClockCommand } from '../../shared/schemas/clock';
import type { EventSettings, EventSettingsPatch } from '../../shared/schemas/settings';
import { nextBoundary } from '../../shared/timeline';
import { createClockRunner, type Timers } from '../clock-runner';
import { notFound } from '../errors';
import type { Logger } from '../log';
import { hashSecret, newId, newSecret, personTokenOf, projectorKeyOf } from '../secrets';
import type { EventStore, SecretRow } from '../store/event-store';
import { clockLogEntry } from './clock-history';
import { advanceEvent, runClockCommand } from './commands/clock';
import { addPeople, deletePerson, patchPerson, updateQuestions } from './commands/people';
import { planSchedule, reconcileSchedule } from './commands/schedule';
import { createEventState, patchSettings } from './commands/settings';
import { createKeyedQueue } from './keyed-queue';
import type { EventState } from './state';
import { clockOf } from './views/event-info';

/** What changed in one committed command; `next` null means the event was deleted. */
export interface Change {
  prev: EventState;
  next: EventState | null;
  now: number;
}
export type ChangeListener = (change: Change) => void;

export interface EventServiceDeps {
  store: EventStore;
  now: () => number;
  timers?: Timers;
  log: Logger;
}

/** How soon a phase boundary that could not be stored is tried again. */
const TICK_RETRY_MS = 1000;

type Outcome<T> = { state: EventState; result: T; secrets?: SecretRow[]; clockLog?: ClockLogEntry };

/**
 * The application service: the one place that changes an event. Each command runs in the
 * event's queue: bring the clock to now → pure command → one SQLite transaction → update the
 * cache → re-aim the event's timer → tell the listeners (the realtime publisher). Reads use
 * the cache, which only ever holds committed states.
 */
export function createEventService(deps: EventServiceDeps) {
  const { store, now, log } = deps;
  const cache = new Map<string, EventState>();
  const queue = createKeyedQueue();
  const listeners = new Set<ChangeListener>();
  const runner = createClockRunner({ now, timers: deps.timers, onBoundary: (id, version) => void tick(id, version) });

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

  function commit(prev: EventState, next: EventState, at: number, secrets: SecretRow[] = [], clockLog?: ClockLogEntry): void {
    if (next === prev && secrets.length === 0) return;
    store.save(prev, next, secrets, clockLog);
    cache.set(next.id, next);
    if (next.clock !== prev.clock) runner.arm(next.id, nextBoundary(next.clock), next.clock.version);
    for (const l of listeners) {
      try {
        l({ prev, next, now: at });
      } catch (err) {
        log.error(`change listener failed for event ${next.id}`, err);
      }
    }
  }

  /** Run a command on an event: serialized, the clock first brought to now, committed once. */
  function execute<T>(eventId: string, command: (s: EventState, now: number) => Outcome<T>): Promise<T> {
    return queue.run(eventId, () => {
      const prev = get(eventId);
      const at = now();
      const out = command(advanceEvent(prev, at), at);
      commit(prev, out.state, at, out.secrets, out.clockLog);
      return out.result;
    });
  }

  /**
   * A timer reached a boundary: advance from wall time, unless a command already moved on.
   * If the boundary cannot be stored (a full or failing disk), say so and try again shortly:
   * no one else would wake this event's clock.
   */
  function tick(eventId: string, version: number): Promise<void> {
    return queue
      .run(eventId, () => {
        const prev = peek(eventId);
        if (!prev) return;
        const next = prev.clock.version === version ? advanceEvent(prev, now()) : prev;
        if (next === prev) runner.arm(prev.id, nextBoundary(prev.clock), prev.clock.version);
        else commit(prev, next, now());
      })
      .catch((err: unknown) => {
        log.error(`the clock of event ${eventId} could not move on; retrying in ${TICK_RETRY_MS / 1000} s`, err);
        const s = cache.get(eventId);
        if (s) runner.arm(eventId, now() + TICK_RETRY_MS, s.clock.version);
      });
  }

  const personSecrets = (key: string, people: (Mentor | Mentee)[], role: 'mentor' | 'mentee'): SecretRow[] =>
    people.map((p) => ({ hash: hashSecret(personTokenOf(key, p.id)), role, personId: p.id }));

  return {
    now,
    get,
    peek,

    create(settings: EventSettings): { state: EventState; organizerKey: string } {
      const organizerKey = newSecret();
      const state = createEventState(newId(), settings, now(), randomInt(1, 2 ** 31));
      store.save(null, state, [
        { hash: hashSecret(organizerKey), role: 'organizer', personId: null },
        { hash: hashSecret(projectorKeyOf(organizerKey)), role: 'projector', personId: null },
      ]);
      cache.set(state.id, state);
      return { state, organizerKey };
    },

    /**
     * Create an event from a whole state built for a fresh id (a restored backup): new
     * organizer and projector keys and every person's token, all in one transaction.
     */
    restore(build: (eventId: string, now: number) => EventState): { state: EventState; organizerKey: string } {
      const organizerKey = newSecret();
      const state = build(newId(), now());
      store.save(null, state, [
        { hash: hashSecret(organizerKey), role: 'organizer', personId: null },
        { hash: hashSecret(projectorKeyOf(organizerKey)), role: 'projector', personId: null },
        ...personSecrets(organizerKey, state.mentors, 'mentor'),
        ...personSecrets(organizerKey, state.mentees, 'mentee'),
      ]);
      cache.set(state.id, state);
      return { state, organizerKey };
    },

    /** The event's clock history (every accepted clock command, oldest first). */
    clockHistory: (eventId: string) => (get(eventId), store.clockHistory(eventId)),

    addPeople(eventId: string, input: AddPeople, organizerKey: string) {
      return execute(eventId, (s, at) => {
        const taken = new Set([...s.mentors, ...s.mentees].map((p) => p.id));
        const ids: string[] = [];
        while (ids.length < input.mentors.length + input.mentees.length) {
          const id = newId(6);
          if (!taken.has(id)) (taken.add(id), ids.push(id));
        }
        const added = addPeople(s, input, ids);
        return {
          state: reconcileSchedule(s, added.state, at),
          result: { mentors: added.mentors, mentees: added.mentees },
          secrets: [...personSecrets(organizerKey, added.mentors, 'mentor'), ...personSecrets(organizerKey, added.mentees, 'mentee')],
        };
      });
    },

    patchPerson: (eventId: string, personId: string, patch: PersonPatch) =>
      execute(eventId, (s, at) => {
        const out = patchPerson(s, personId, patch);
        return { state: reconcileSchedule(s, out.state, at), result: out.person };
      }),

    deletePerson: (eventId: string, personId: string) =>
      execute(eventId, (s, at) => ({ state: reconcileSchedule(s, deletePerson(s, personId), at), result: undefined })),

    updateQuestions: (eventId: string, personId: string, questions: string[]) =>
      execute(eventId, (s) => {
        const state = updateQuestions(s, personId, questions);
        return { state, result: { questions } };
      }),

    patchSettings: (eventId: string, patch: EventSettingsPatch) =>
      execute(eventId, (s, at) => {
        const state = patchSettings(s, patch, at);
        return { state, result: state };
      }),

    plan: (eventId: string, seed?: number | string) =>
      execute(eventId, (s, at) => {
        const state = planSchedule(s, at, seed);
        return { state, result: state.schedule! };
      }),

    clock: (eventId: string, cmd: ClockCommand) =>
      execute(eventId, (s, at) => {
        const state = runClockCommand(s, cmd, at);
        return { state, result: clockOf(state, at), clockLog: clockLogEntry(s, state, cmd, at) };
      }),

    /**
     * Run another pure command in the event's queue, committed like the ones above (the live
     * changes use it: attendance, self check-in, applying a previewed schedule).
     */
    run: <T>(eventId: string, command: (s: EventState, now: number) => { state: EventState; result: T }) => execute(eventId, command),

    deleteEvent: (eventId: string) =>
      queue.run(eventId, () => {
        const prev = get(eventId);
        store.remove(eventId);
        cache.delete(eventId);
        runner.disarm(eventId);
        for (const l of listeners) l({ prev, next: null, now: now() });
      }),

    /** After a restart: bring every running clock to wall time and re-aim its timer. */
    async recover(): Promise<number> {
      const ids = store.activeEventIds();
      await Promise.all(
        ids.map((id) =>
          queue.run(id, () => {
            const prev = get(id);
            const next = advanceEvent(prev, now());
            if (next !== prev) commit(prev, next, now());
            else runner.arm(id, nextBoundary(prev.clock), prev.clock.version);
          }),
        ),
      );
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
