import type { ClockLogEntry } from '../../shared/backup/clock-history';
import { clockStateSchema } from '../../shared/schemas/clock';
import { menteeSchema, mentorSchema, type Mentee, type Mentor } from '../../shared/schemas/people';
import { scheduleSchema } from '../../shared/schemas/schedule';
import type { EventState, StoredSettings } from '../../shared/event/state';
import type { Role } from '../../shared/protocol/events';
import { timingSafeEqual } from 'node:crypto';
import { clockLogStatements } from './clock-log';
import type { Db } from './db';

export type { Role };

/** Who a secret belongs to. */
export interface Principal {
  eventId: string;
  role: Role;
  personId: string | null;
}

/** A secret to store: only its hash. */
export interface SecretRow {
  hash: Buffer;
  role: Role;
  personId: string | null;
}

/** Persistence of events; every write is one transaction. */
export interface EventStore {
  load(eventId: string): EventState | null;
  /** Events whose clock is running or paused: the ones to recover after a restart. */
  activeEventIds(): string[];
  /** The owner of a secret hash, or null. */
  resolve(hash: Buffer): Principal | null;
  /**
   * Write what changed from `prev` to `next` (or the whole event when `prev` is null), plus new
   * secrets and the clock command that caused it.
   */
  save(prev: EventState | null, next: EventState, secrets?: SecretRow[], clockLog?: ClockLogEntry): void;
  /** The event's clock history: every accepted clock command, oldest first. */
  clockHistory(eventId: string): ClockLogEntry[];
  remove(eventId: string): void;
  close(): void;
}

interface EventRow {
  id: string;
  created_at: number;
  settings: string;
  clock: string;
  schedule: string | null;
  schedule_version: number;
  seed: string;
}

export function createEventStore(db: Db): EventStore {
  const q = {
    event: db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?'),
    people: db.prepare<[string], { role: string; data: string }>(
      'SELECT role, data FROM people WHERE event_id = ? ORDER BY seq',
    ),
    active: db.prepare<[], { id: string }>("SELECT id FROM events WHERE clock_status IN ('running', 'paused')"),
    secret: db.prepare<[Buffer], { hash: Buffer; event_id: string; role: Role; person_id: string | null }>(
      'SELECT hash, event_id, role, person_id FROM secrets WHERE hash = ?',
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (id, created_at, settings, clock, clock_status, schedule, schedule_version, seed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    settings: db.prepare('UPDATE events SET settings = ? WHERE id = ?'),
    clock: db.prepare('UPDATE events SET clock = ?, clock_status = ? WHERE id = ?'),
    schedule: db.prepare('UPDATE events SET schedule = ?, schedule_version = ?, seed = ? WHERE id = ?'),
    insertPerson: db.prepare(
      `INSERT INTO people (event_id, id, role, seq, data)
       VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM people WHERE event_id = ?), ?)`,
    ),
    updatePerson: db.prepare('UPDATE people SET data = ? WHERE event_id = ? AND id = ?'),
    deletePerson: db.prepare('DELETE FROM people WHERE event_id = ? AND id = ?'),
    insertSecret: db.prepare('INSERT INTO secrets (hash, event_id, role, person_id) VALUES (?, ?, ?, ?)'),
    deleteEvent: db.prepare('DELETE FROM events WHERE id = ?'),
  };

  function load(eventId: string): EventState | null {
    const row = q.event.get(eventId);
    if (!row) return null;
    const mentors: Mentor[] = [];
    const mentees: Mentee[] = [];
    for (const p of q.people.all(eventId)) {
      const data: unknown = JSON.parse(p.data);
      if (p.role === 'mentor') mentors.push(mentorSchema.parse(data));
      else mentees.push(menteeSchema.parse(data));
    }
    return {
      id: row.id,
      createdAt: row.created_at,
      settings: JSON.parse(row.settings) as StoredSettings,
      mentors,
      mentees,
      schedule: row.schedule === null ? null : scheduleSchema.parse(JSON.parse(row.schedule)),
      scheduleVersion: row.schedule_version,
      seed: JSON.parse(row.seed) as number | string,
      clock: clockStateSchema.parse(JSON.parse(row.clock)),
    };
  }

  function writePeople(prev: EventState | null, next: EventState): void {
    const before = new Map<string, Mentor | Mentee>();
    for (const p of [...(prev?.mentors ?? []), ...(prev?.mentees ?? [])]) before.set(p.id, p);
    const write = (p: Mentor | Mentee, role: 'mentor' | 'mentee') => {
      const old = before.get(p.id);
      before.delete(p.id);
      if (old === undefined) q.insertPerson.run(next.id, p.id, role, next.id, JSON.stringify(p));
      else if (old !== p) q.updatePerson.run(JSON.stringify(p), next.id, p.id);
    };
    for (const m of next.mentors) write(m, 'mentor');
    for (const m of next.mentees) write(m, 'mentee');
    for (const gone of before.keys()) q.deletePerson.run(next.id, gone);
  }

  const clockLog = clockLogStatements(db);

  const save = db.transaction(
    (prev: EventState | null, next: EventState, secrets: SecretRow[], log: ClockLogEntry | undefined) => {
      if (prev === null) {
        q.insertEvent.run(
          next.id,
          next.createdAt,
          JSON.stringify(next.settings),
          JSON.stringify(next.clock),
          next.clock.status,
          next.schedule === null ? null : JSON.stringify(next.schedule),
          next.scheduleVersion,
          JSON.stringify(next.seed),
        );
      } else {
        if (prev.settings !== next.settings) q.settings.run(JSON.stringify(next.settings), next.id);
        if (prev.clock !== next.clock) q.clock.run(JSON.stringify(next.clock), next.clock.status, next.id);
        if (
          prev.schedule !== next.schedule ||
          prev.scheduleVersion !== next.scheduleVersion ||
          prev.seed !== next.seed
        ) {
          q.schedule.run(
            next.schedule === null ? null : JSON.stringify(next.schedule),
            next.scheduleVersion,
            JSON.stringify(next.seed),
            next.id,
          );
        }
      }
      if (prev === null || prev.mentors !== next.mentors || prev.mentees !== next.mentees) writePeople(prev, next);
      for (const s of secrets) q.insertSecret.run(s.hash, next.id, s.role, s.personId);
      if (log) clockLog.append(next.id, log);
    },
  );

  return {
    load,
    activeEventIds: () => q.active.all().map((r) => r.id),
    resolve(hash) {
      const row = q.secret.get(hash);
      // The index found the row by hash; compare it again in constant time (lengths are public: SHA-256).
      return row && row.hash.length === hash.length && timingSafeEqual(row.hash, hash)
        ? { eventId: row.event_id, role: row.role, personId: row.person_id }
        : null;
    },
    save: (prev, next, secrets = [], log) => save(prev, next, secrets, log),
    clockHistory: (eventId) => clockLog.list(eventId),
    remove(eventId) {
      q.deleteEvent.run(eventId);
      // Copy the zeroed pages into the database file and empty the WAL, whose older frames
      // still hold the event's rows: after this no byte of them is left on disk.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => db.close(),
  };
}
