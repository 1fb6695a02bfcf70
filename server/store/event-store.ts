import type { ClockLogEntry } from '../../shared/backup/clock-history';
import { clockStateSchema } from '../../shared/schemas/clock';
import { personFeedbackSchema, type PersonFeedback } from '../../shared/schemas/feedback';
import { menteeSchema, mentorSchema, type Mentee, type Mentor } from '../../shared/schemas/people';
import { planRulesSchema } from '../../shared/schemas/plan-rules';
import { registrationSchema, type RegistrationSettings } from '../../shared/schemas/registration';
import { scheduleSchema } from '../../shared/schemas/schedule';
import type { EventState, StoredSettings } from '../../shared/event/state';
import type { Role } from '../../shared/protocol/events';
import { timingSafeEqual } from 'node:crypto';
import { clockLogStatements } from './clock-log';
import type { Db } from './db';
import {
  bytesOf,
  CLOCK_HEADROOM_BYTES,
  emptyFootprint,
  type Footprint,
  MAX_EVENT_BYTES,
  StorageQuotaError,
} from './storage-quota';
import { createMailStore, type MailStore } from '../mail/mail-store';
import { clockOnly, eventWrites } from './event-writes';
import { noteWritten, sizeAfter, totalOf } from './footprint';

export { StorageQuotaError } from './storage-quota';

export type { Role };

/** Who a secret belongs to. */
export interface Principal {
  eventId: string;
  role: Role;
  personId: string | null;
  /** A sign-up code's version (role `signup`). */
  codeVersion?: number;
}

/** A secret to store: only its hash. A `signup` row replaces the event's sign-up code (its `codeVersion`). */
export interface SecretRow {
  hash: Buffer;
  role: Role;
  personId: string | null;
  codeVersion?: number;
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
   * secrets and the clock command that caused it. Throws StorageQuotaError, having written
   * nothing, when the event would outgrow its storage cap.
   */
  save(prev: EventState | null, next: EventState, secrets?: SecretRow[], clockLog?: ClockLogEntry): void;
  /** Bytes of JSON the event takes in the database (what its storage cap counts); 0 for no event. */
  storedBytes(eventId: string): number;
  /** The event's clock history: every accepted clock command, oldest first. */
  clockHistory(eventId: string): ClockLogEntry[];
  remove(eventId: string): void;
  /** The mail queue and send log (personal links by e-mail), in the same database. */
  mail: MailStore;
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
  round_starts: string;
  plan_rules: string;
  registration: string | null;
}

/** Stored settings with the fields added since the event was stored set to their defaults. */
const withDefaults = (s: Partial<StoredSettings>): StoredSettings =>
  ({ ...s, feedbackClosesAt: s.feedbackClosesAt ?? null, groups: s.groups ?? null }) as StoredSettings;

export interface EventStoreOptions {
  /** The storage cap of one event in bytes of stored JSON (default MAX_EVENT_BYTES, 64 MiB). */
  maxEventBytes?: number;
}

export function createEventStore(db: Db, opts: EventStoreOptions = {}): EventStore {
  const maxEventBytes = opts.maxEventBytes ?? MAX_EVENT_BYTES;
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
      `INSERT INTO events
         (id, created_at, settings, clock, clock_status, schedule, schedule_version, seed, round_starts, plan_rules)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    roundStarts: db.prepare('UPDATE events SET round_starts = ? WHERE id = ?'),
    planRules: db.prepare('UPDATE events SET plan_rules = ? WHERE id = ?'),
    feedback: db.prepare<[string], { person_id: string; data: string }>(
      'SELECT person_id, data FROM feedback WHERE event_id = ?',
    ),
    putFeedback: db.prepare(
      `INSERT INTO feedback (event_id, person_id, data) VALUES (?, ?, ?)
       ON CONFLICT (event_id, person_id) DO UPDATE SET data = excluded.data`,
    ),
    deleteFeedback: db.prepare('DELETE FROM feedback WHERE event_id = ? AND person_id = ?'),
    feedbackSizes: db.prepare<[string], { id: string; bytes: number }>(
      'SELECT person_id AS id, LENGTH(CAST(data AS BLOB)) AS bytes FROM feedback WHERE event_id = ?',
    ),
    settings: db.prepare('UPDATE events SET settings = ? WHERE id = ?'),
    registration: db.prepare('UPDATE events SET registration = ? WHERE id = ?'),
    registrations: db.prepare<[string], { data: string }>(
      'SELECT data FROM registrations WHERE event_id = ? ORDER BY seq',
    ),
    putRegistration: db.prepare(
      `INSERT INTO registrations (event_id, id, seq, data)
       VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM registrations WHERE event_id = ?), ?)
       ON CONFLICT (event_id, id) DO UPDATE SET data = excluded.data`,
    ),
    deleteRegistration: db.prepare('DELETE FROM registrations WHERE event_id = ? AND id = ?'),
    registrationSizes: db.prepare<[string], { id: string; bytes: number }>(
      'SELECT id, LENGTH(CAST(data AS BLOB)) AS bytes FROM registrations WHERE event_id = ?',
    ),
    signupCode: db.prepare<[Buffer], { hash: Buffer; event_id: string; version: number }>(
      'SELECT hash, event_id, version FROM signup_codes WHERE hash = ?',
    ),
    replaceSignupCode: db.prepare(
      `INSERT INTO signup_codes (hash, event_id, version) VALUES (?, ?, ?)
       ON CONFLICT (event_id) DO UPDATE SET hash = excluded.hash, version = excluded.version`,
    ),
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
    // Sizes in UTF-8 bytes (the database's encoding): a cast to BLOB measures bytes, not characters.
    size: db.prepare<[string], Omit<Footprint, 'people' | 'feedback' | 'log' | 'total'>>(
      `SELECT LENGTH(CAST(settings AS BLOB)) AS settings, LENGTH(CAST(clock AS BLOB)) AS clock,
              COALESCE(LENGTH(CAST(schedule AS BLOB)), 0) AS schedule, LENGTH(CAST(seed AS BLOB)) AS seed,
              LENGTH(CAST(round_starts AS BLOB)) AS roundStarts, LENGTH(CAST(plan_rules AS BLOB)) AS planRules
       FROM events WHERE id = ?`,
    ),
    peopleSizes: db.prepare<[string], { id: string; bytes: number }>(
      'SELECT id, LENGTH(CAST(data AS BLOB)) AS bytes FROM people WHERE event_id = ?',
    ),
    logSize: db.prepare<[string], { bytes: number }>(
      'SELECT COALESCE(SUM(LENGTH(CAST(entry AS BLOB))), 0) AS bytes FROM clock_log WHERE event_id = ?',
    ),
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
    const feedback: Record<string, PersonFeedback> = {};
    for (const f of q.feedback.all(eventId)) feedback[f.person_id] = personFeedbackSchema.parse(JSON.parse(f.data));
    return {
      id: row.id,
      createdAt: row.created_at,
      // Events stored before a setting existed get its default.
      settings: withDefaults(JSON.parse(row.settings) as Partial<StoredSettings>),
      mentors,
      mentees,
      schedule: row.schedule === null ? null : scheduleSchema.parse(JSON.parse(row.schedule)),
      scheduleVersion: row.schedule_version,
      seed: JSON.parse(row.seed) as number | string,
      clock: clockStateSchema.parse(JSON.parse(row.clock)),
      feedback,
      roundStarts: JSON.parse(row.round_starts) as Record<string, number>,
      planRules: planRulesSchema.parse(JSON.parse(row.plan_rules)),
      registration: row.registration === null ? null : (JSON.parse(row.registration) as RegistrationSettings),
      registrations: q.registrations.all(eventId).map((r) => registrationSchema.parse(JSON.parse(r.data))),
    };
  }

  const clockLog = clockLogStatements(db);
  const footprints = new Map<string, Footprint>();

  /** The stored size of an event, measured once from its rows and then kept up to date by `save`. */
  function footprintOf(eventId: string): Footprint {
    const known = footprints.get(eventId);
    if (known) return known;
    const fp = emptyFootprint();
    const row = q.size.get(eventId);
    if (row) Object.assign(fp, row);
    for (const p of q.peopleSizes.all(eventId)) fp.people.set(p.id, p.bytes);
    for (const f of q.feedbackSizes.all(eventId)) fp.feedback.set(f.id, f.bytes);
    for (const r of q.registrationSizes.all(eventId)) fp.registrations.set(r.id, r.bytes);
    fp.log = q.logSize.get(eventId)?.bytes ?? 0;
    fp.total = totalOf(fp);
    footprints.set(eventId, fp);
    return fp;
  }

  const writeAll = db.transaction((run: () => void) => run());

  /**
   * Serialize what changed, check the event's storage cap (refusing with StorageQuotaError
   * before anything is written), write it all in one transaction, then note the new sizes.
   */
  function save(prev: EventState | null, next: EventState, secrets: SecretRow[], log: ClockLogEntry | undefined) {
    const fp = prev === null ? emptyFootprint() : footprintOf(next.id);
    const w = eventWrites(prev, next);
    const logBytes = log ? bytesOf(JSON.stringify(log)) : 0;
    const after = sizeAfter(fp, w, logBytes);
    // Only the clock moved: a phase boundary is never refused, a clock command has some headroom.
    const cap = prev !== null && clockOnly(w) ? (log ? maxEventBytes + CLOCK_HEADROOM_BYTES : Infinity) : maxEventBytes;
    if (after.total > fp.total && after.total > cap) throw new StorageQuotaError(after.total, maxEventBytes);

    writeAll(() => {
      if (prev === null) {
        q.insertEvent.run(
          next.id,
          next.createdAt,
          w.settings,
          w.clock,
          next.clock.status,
          w.schedule,
          next.scheduleVersion,
          w.seed,
          w.roundStarts,
          w.planRules,
        );
      } else {
        if (w.settings !== undefined) q.settings.run(w.settings, next.id);
        if (w.clock !== undefined) q.clock.run(w.clock, next.clock.status, next.id);
        if (w.scheduleChanged) q.schedule.run(w.schedule, next.scheduleVersion, w.seed, next.id);
        if (w.roundStarts !== undefined) q.roundStarts.run(w.roundStarts, next.id);
        if (w.planRules !== undefined) q.planRules.run(w.planRules, next.id);
      }
      if (w.registration !== undefined && (prev !== null || w.registration !== null))
        q.registration.run(w.registration, next.id);
      for (const p of w.people?.inserts ?? []) q.insertPerson.run(next.id, p.id, p.role, next.id, p.json);
      for (const p of w.people?.updates ?? []) q.updatePerson.run(p.json, next.id, p.id);
      for (const id of w.people?.deletes ?? []) q.deletePerson.run(next.id, id);
      for (const s of secrets) {
        if (s.role === 'signup') q.replaceSignupCode.run(s.hash, next.id, s.codeVersion ?? 0);
        else q.insertSecret.run(s.hash, next.id, s.role, s.personId);
      }
      for (const r of w.registrations?.puts ?? []) q.putRegistration.run(next.id, r.id, next.id, r.json);
      for (const id of w.registrations?.deletes ?? []) q.deleteRegistration.run(next.id, id);
      // After the people: a feedback row belongs to a person row.
      for (const f of w.feedback?.puts ?? []) q.putFeedback.run(next.id, f.id, f.json);
      for (const id of w.feedback?.deletes ?? []) q.deleteFeedback.run(next.id, id);
      if (log) clockLog.append(next.id, log);
    });

    noteWritten(fp, w, after, logBytes);
    footprints.set(next.id, fp);
  }

  return {
    load,
    activeEventIds: () => q.active.all().map((r) => r.id),
    resolve(hash) {
      const row = q.secret.get(hash);
      // The index found the row by hash; compare it again in constant time (lengths are public: SHA-256).
      if (row && row.hash.length === hash.length && timingSafeEqual(row.hash, hash))
        return { eventId: row.event_id, role: row.role, personId: row.person_id };
      const code = q.signupCode.get(hash);
      return code && code.hash.length === hash.length && timingSafeEqual(code.hash, hash)
        ? { eventId: code.event_id, role: 'signup', personId: null, codeVersion: code.version }
        : null;
    },
    save: (prev, next, secrets = [], log) => save(prev, next, secrets, log),
    storedBytes: (eventId) => (q.event.get(eventId) ? footprintOf(eventId).total : 0),
    clockHistory: (eventId) => clockLog.list(eventId),
    remove(eventId) {
      q.deleteEvent.run(eventId);
      footprints.delete(eventId);
      // Copy the zeroed pages into the database file and empty the WAL, whose older frames
      // still hold the event's rows: after this no byte of them is left on disk.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    mail: createMailStore(db),
    close: () => db.close(),
  };
}
