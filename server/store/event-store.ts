import type { ClockLogEntry } from '../../shared/backup/clock-history';
import { clockStateSchema } from '../../shared/schemas/clock';
import { personFeedbackSchema, type PersonFeedback } from '../../shared/schemas/feedback';
import { menteeSchema, mentorSchema, type Mentee, type Mentor } from '../../shared/schemas/people';
import { planRulesSchema } from '../../shared/schemas/plan-rules';
import { registrationSchema, type Registration, type RegistrationSettings } from '../../shared/schemas/registration';
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
import { personJsonOf } from './person-json';
import { scheduleJsonOf } from './schedule-json';

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

  /** The sign-up rows to write and delete from `prev` to `next` (by identity, like feedback). */
  function registrationWrites(prev: EventState | null, next: EventState) {
    const before = new Map<string, Registration>((prev?.registrations ?? []).map((r) => [r.id, r]));
    const puts: { id: string; json: string }[] = [];
    for (const r of next.registrations) {
      if (before.get(r.id) !== r) puts.push({ id: r.id, json: JSON.stringify(r) });
      before.delete(r.id);
    }
    return { puts, deletes: [...before.keys()] };
  }

  /** The feedback rows to write and delete from `prev` to `next` (by identity: unchanged ones are shared). */
  function feedbackWrites(prev: EventState | null, next: EventState) {
    const puts: { id: string; json: string }[] = [];
    const deletes: string[] = [];
    const before = prev?.feedback ?? {};
    for (const [id, f] of Object.entries(next.feedback))
      if (before[id] !== f) puts.push({ id, json: JSON.stringify(f) });
    for (const id of Object.keys(before)) if (!(id in next.feedback)) deletes.push(id);
    return { puts, deletes };
  }

  /** The rows to write for the people who changed from `prev` to `next`, and their sizes. */
  function peopleWrites(prev: EventState | null, next: EventState) {
    const before = new Map<string, Mentor | Mentee>();
    for (const p of [...(prev?.mentors ?? []), ...(prev?.mentees ?? [])]) before.set(p.id, p);
    const inserts: { id: string; role: 'mentor' | 'mentee'; json: string }[] = [];
    const updates: { id: string; json: string }[] = [];
    const write = (p: Mentor | Mentee, role: 'mentor' | 'mentee') => {
      const old = before.get(p.id);
      before.delete(p.id);
      if (old === undefined) inserts.push({ id: p.id, role, json: personJsonOf(p) });
      else if (old !== p) updates.push({ id: p.id, json: personJsonOf(p) });
    };
    for (const m of next.mentors) write(m, 'mentor');
    for (const m of next.mentees) write(m, 'mentee');
    return { inserts, updates, deletes: [...before.keys()] };
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
    fp.total = fp.settings + fp.clock + fp.schedule + fp.seed + fp.roundStarts + fp.planRules + fp.log;
    for (const b of fp.people.values()) fp.total += b;
    for (const b of fp.feedback.values()) fp.total += b;
    for (const b of fp.registrations.values()) fp.total += b;
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
    const changed = (a: unknown, b: unknown) => prev === null || a !== b;
    const settings = changed(prev?.settings, next.settings) ? JSON.stringify(next.settings) : undefined;
    const clock = changed(prev?.clock, next.clock) ? JSON.stringify(next.clock) : undefined;
    const scheduleChanged =
      prev === null ||
      prev.schedule !== next.schedule ||
      prev.scheduleVersion !== next.scheduleVersion ||
      prev.seed !== next.seed;
    const schedule = next.schedule === null ? null : scheduleChanged ? scheduleJsonOf(next.schedule) : undefined;
    const seed = scheduleChanged ? JSON.stringify(next.seed) : undefined;
    const people =
      prev === null || prev.mentors !== next.mentors || prev.mentees !== next.mentees ? peopleWrites(prev, next) : null;
    const logBytes = log ? bytesOf(JSON.stringify(log)) : 0;
    const feedback = prev === null || prev.feedback !== next.feedback ? feedbackWrites(prev, next) : null;
    const roundStarts =
      prev === null || prev.roundStarts !== next.roundStarts ? JSON.stringify(next.roundStarts) : undefined;
    const planRules = prev === null || prev.planRules !== next.planRules ? JSON.stringify(next.planRules) : undefined;
    const registration =
      prev === null || prev.registration !== next.registration
        ? next.registration === null
          ? null
          : JSON.stringify(next.registration)
        : undefined;
    const registrations =
      prev === null || prev.registrations !== next.registrations ? registrationWrites(prev, next) : null;

    const sizes = {
      settings: settings === undefined ? fp.settings : bytesOf(settings),
      clock: clock === undefined ? fp.clock : bytesOf(clock),
      schedule: scheduleChanged ? bytesOf(schedule ?? null) : fp.schedule,
      seed: seed === undefined ? fp.seed : bytesOf(seed),
      roundStarts: roundStarts === undefined ? fp.roundStarts : bytesOf(roundStarts),
      planRules: planRules === undefined ? fp.planRules : bytesOf(planRules),
    };
    let total = fp.total - fp.settings - fp.clock - fp.schedule - fp.seed - fp.roundStarts - fp.planRules + logBytes;
    total += sizes.settings + sizes.clock + sizes.schedule + sizes.seed + sizes.roundStarts + sizes.planRules;
    for (const p of people?.inserts ?? []) total += bytesOf(p.json);
    for (const p of people?.updates ?? []) total += bytesOf(p.json) - (fp.people.get(p.id) ?? 0);
    for (const id of people?.deletes ?? []) total -= fp.people.get(id) ?? 0;
    for (const f of feedback?.puts ?? []) total += bytesOf(f.json) - (fp.feedback.get(f.id) ?? 0);
    for (const id of feedback?.deletes ?? []) total -= fp.feedback.get(id) ?? 0;
    for (const r of registrations?.puts ?? []) total += bytesOf(r.json) - (fp.registrations.get(r.id) ?? 0);
    for (const id of registrations?.deletes ?? []) total -= fp.registrations.get(id) ?? 0;
    // Only the clock moved: a phase boundary is never refused, a clock command has some headroom.
    const clockOnly =
      prev !== null &&
      settings === undefined &&
      !scheduleChanged &&
      people === null &&
      feedback === null &&
      planRules === undefined &&
      registration === undefined &&
      registrations === null;
    const cap = clockOnly ? (log ? maxEventBytes + CLOCK_HEADROOM_BYTES : Infinity) : maxEventBytes;
    if (total > fp.total && total > cap) throw new StorageQuotaError(total, maxEventBytes);

    writeAll(() => {
      if (prev === null) {
        q.insertEvent.run(
          next.id,
          next.createdAt,
          settings,
          clock,
          next.clock.status,
          schedule,
          next.scheduleVersion,
          seed,
          roundStarts,
          planRules,
        );
      } else {
        if (settings !== undefined) q.settings.run(settings, next.id);
        if (clock !== undefined) q.clock.run(clock, next.clock.status, next.id);
        if (scheduleChanged) q.schedule.run(schedule, next.scheduleVersion, seed, next.id);
        if (roundStarts !== undefined) q.roundStarts.run(roundStarts, next.id);
        if (planRules !== undefined) q.planRules.run(planRules, next.id);
      }
      if (registration !== undefined && (prev !== null || registration !== null))
        q.registration.run(registration, next.id);
      for (const p of people?.inserts ?? []) q.insertPerson.run(next.id, p.id, p.role, next.id, p.json);
      for (const p of people?.updates ?? []) q.updatePerson.run(p.json, next.id, p.id);
      for (const id of people?.deletes ?? []) q.deletePerson.run(next.id, id);
      for (const s of secrets) {
        if (s.role === 'signup') q.replaceSignupCode.run(s.hash, next.id, s.codeVersion ?? 0);
        else q.insertSecret.run(s.hash, next.id, s.role, s.personId);
      }
      for (const r of registrations?.puts ?? []) q.putRegistration.run(next.id, r.id, next.id, r.json);
      for (const id of registrations?.deletes ?? []) q.deleteRegistration.run(next.id, id);
      // After the people: a feedback row belongs to a person row.
      for (const f of feedback?.puts ?? []) q.putFeedback.run(next.id, f.id, f.json);
      for (const id of feedback?.deletes ?? []) q.deleteFeedback.run(next.id, id);
      if (log) clockLog.append(next.id, log);
    });

    Object.assign(fp, sizes, { total, log: fp.log + logBytes });
    for (const p of people?.inserts ?? []) fp.people.set(p.id, bytesOf(p.json));
    for (const p of people?.updates ?? []) fp.people.set(p.id, bytesOf(p.json));
    for (const id of people?.deletes ?? []) fp.people.delete(id);
    for (const f of feedback?.puts ?? []) fp.feedback.set(f.id, bytesOf(f.json));
    for (const id of feedback?.deletes ?? []) fp.feedback.delete(id);
    for (const r of registrations?.puts ?? []) fp.registrations.set(r.id, bytesOf(r.json));
    for (const id of registrations?.deletes ?? []) fp.registrations.delete(id);
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
