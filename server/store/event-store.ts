import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { EventState } from '../../shared/event/state';
import type { Role } from '../../shared/protocol/events';
import { timingSafeEqual } from 'node:crypto';
import { clockLog } from './clock-log';
import type { Db } from './db';
import { clockPartsOfRow, type EventRow, stateOfRows } from './event-rows';
import type { SqlDriver } from './sql';
import { sqliteDriver } from './sqlite-driver';
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
import { FencedError, StaleStateError } from './write-conflicts';
import { SQL } from './event-sql';
import { writeAll } from './write-all';

export { StorageQuotaError } from './storage-quota';
export { FencedError, StaleStateError } from './write-conflicts';

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

/**
 * Persistence of events; every write is one transaction, and a returned promise resolves only
 * once that transaction committed. Asynchronous because PostgreSQL is (SQLite's answers resolve
 * at once); the event service keeps committed states in memory, so reads rarely come here.
 */
export interface EventStore {
  /** Which database holds the events. */
  readonly dialect: SqlDriver['dialect'];
  load(eventId: string): Promise<EventState | null>;
  /** Events whose clock is running or paused: the ones to recover after a restart. */
  activeEventIds(): Promise<string[]>;
  /** The owner of a secret hash, or null. */
  resolve(hash: Buffer): Promise<Principal | null>;
  /**
   * Write what changed from `prev` to `next` (or the whole event when `prev` is null), plus new
   * secrets and the clock command that caused it. Rejects with StorageQuotaError, having written
   * nothing, when the event would outgrow its storage cap.
   */
  save(
    prev: EventState | null,
    next: EventState,
    secrets?: SecretRow[],
    clockLog?: ClockLogEntry,
    options?: SaveOptions,
  ): Promise<void>;
  /**
   * How many commits the event has had, as this store last read or wrote it (undefined: not
   * read here). A save over `prev` succeeds only if the row is still at this version; otherwise it
   * rejects with StaleStateError, having written nothing (another process committed first).
   */
  versionOf(eventId: string): number | undefined;
  /**
   * Only the event's clock and round starts, with its version (null: no such event): what another
   * process's phase change or clock command wrote, read without the people and the schedule.
   */
  loadClock(eventId: string): Promise<ClockRead | null>;
  /** The stored version of each of these events that exists (one query per 500). */
  versionsOf(eventIds: readonly string[]): Promise<Map<string, number>>;
  /** What another process committed as `version` is known here (from its announcement) without reading it. */
  noteVersion(eventId: string, version: number): void;
  /**
   * A process took the event's clock lease with fencing `token`: raise the event's fence to it
   * (never lower) and answer the fence now stored (greater than `token`: a newer owner exists),
   * or null when the event is gone.
   */
  claimClock(eventId: string, token: number): Promise<number | null>;
  /** Bytes of JSON the event takes in the database (what its storage cap counts); 0 for no event. */
  storedBytes(eventId: string): Promise<number>;
  /** The event's clock history: every accepted clock command, oldest first. */
  clockHistory(eventId: string): Promise<ClockLogEntry[]>;
  remove(eventId: string): Promise<void>;
  /** The mail queue and send log (personal links by e-mail), in the same database. */
  mail: MailStore;
  close(): Promise<void>;
}

/** The clock columns of an event as `loadClock` reads them. */
export interface ClockRead {
  clock: EventState['clock'];
  roundStarts: EventState['roundStarts'];
  version: number;
}

/** How one save is guarded beyond the event's version. */
export interface SaveOptions {
  /**
   * The clock owner's fencing token: the save is refused with FencedError (nothing written)
   * when the event's fence is higher, i.e. another process has taken the clock since.
   */
  fence?: number;
}

export interface EventStoreOptions {
  /** The storage cap of one event in bytes of stored JSON (default MAX_EVENT_BYTES, 64 MiB). */
  maxEventBytes?: number;
}

type Sizes = Omit<Footprint, 'people' | 'feedback' | 'registrations' | 'log' | 'total'>;

/** The same hash, compared in constant time (the index found the row; lengths are public: SHA-256). */
const sameHash = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** The event store over either database: one set of statements, one transaction per save. */
export function createSqlEventStore(db: SqlDriver, opts: EventStoreOptions = {}): EventStore {
  const maxEventBytes = opts.maxEventBytes ?? MAX_EVENT_BYTES;
  const footprints = new Map<string, Footprint>();
  const versions = new Map<string, number>();

  /** The stored size of an event, measured once from its rows and then kept up to date by `save`. */
  async function footprintOf(eventId: string): Promise<Footprint> {
    const known = footprints.get(eventId);
    if (known) return known;
    const fp = await db.snapshot(async (tx) => {
      const fp = emptyFootprint();
      const row = await tx.get<Sizes>(SQL.size, [eventId]);
      if (row) Object.assign(fp, row);
      for (const p of await tx.all<{ id: string; bytes: number }>(SQL.peopleSizes, [eventId]))
        fp.people.set(p.id, p.bytes);
      for (const f of await tx.all<{ id: string; bytes: number }>(SQL.feedbackSizes, [eventId]))
        fp.feedback.set(f.id, f.bytes);
      for (const r of await tx.all<{ id: string; bytes: number }>(SQL.registrationSizes, [eventId]))
        fp.registrations.set(r.id, r.bytes);
      fp.log = (await tx.get<{ bytes: number }>(SQL.logSize, [eventId]))?.bytes ?? 0;
      fp.total = totalOf(fp);
      return fp;
    });
    // Measured meanwhile by another call: keep the one `save` may already have updated.
    const raced = footprints.get(eventId);
    if (raced) return raced;
    footprints.set(eventId, fp);
    return fp;
  }

  /**
   * Serialize what changed, check the event's storage cap (refusing with StorageQuotaError
   * before anything is written), write it all in one transaction, then note the new sizes.
   * The event service runs one save per event at a time, so the footprint cannot move meanwhile.
   */
  async function save(
    prev: EventState | null,
    next: EventState,
    secrets: SecretRow[],
    log: ClockLogEntry | undefined,
    options: SaveOptions,
  ) {
    const fp = prev === null ? emptyFootprint() : await footprintOf(next.id);
    const w = eventWrites(prev, next);
    const logBytes = log ? bytesOf(JSON.stringify(log)) : 0;
    const after = sizeAfter(fp, w, logBytes);
    // Only the clock moved: a phase boundary is never refused, a clock command has some headroom.
    const cap = prev !== null && clockOnly(w) ? (log ? maxEventBytes + CLOCK_HEADROOM_BYTES : Infinity) : maxEventBytes;
    if (after.total > fp.total && after.total > cap) throw new StorageQuotaError(after.total, maxEventBytes);
    const guard = { version: prev === null ? undefined : versions.get(next.id), fence: options.fence };
    let version: number;
    try {
      version = await db.transaction((tx) => writeAll(tx, prev, next, w, secrets, log, guard));
    } catch (err) {
      // Another process wrote the event: what this one knows of its sizes is out of date too.
      if (err instanceof StaleStateError || err instanceof FencedError) forget(next.id);
      throw err;
    }
    versions.set(next.id, version);
    noteWritten(fp, w, after, logBytes);
    footprints.set(next.id, fp);
  }

  function forget(eventId: string): void {
    footprints.delete(eventId);
    versions.delete(eventId);
  }

  return {
    dialect: db.dialect,
    load: async (eventId) => {
      // Read afresh (maybe after another process wrote): sizes are measured again at the next save.
      forget(eventId);
      const read = await db.snapshot(async (tx) => {
        const event = await tx.get<EventRow & { version: number }>(SQL.event, [eventId]);
        if (!event) return null;
        const people = await tx.all<{ role: string; data: string }>(SQL.people, [eventId]);
        const feedback = await tx.all<{ person_id: string; data: string }>(SQL.feedback, [eventId]);
        const registrations = await tx.all<{ data: string }>(SQL.registrations, [eventId]);
        return { state: stateOfRows({ event, people, feedback, registrations }), version: Number(event.version) };
      });
      // The version only once the whole event was read: a failed read leaves none (the next save refuses).
      if (read) versions.set(eventId, read.version);
      return read?.state ?? null;
    },
    activeEventIds: async () => (await db.all<{ id: string }>(SQL.active)).map((r) => r.id),
    async resolve(hash) {
      const row = await db.get<{ hash: Buffer; event_id: string; role: Role; person_id: string | null }>(SQL.secret, [
        hash,
      ]);
      if (row && sameHash(row.hash, hash)) return { eventId: row.event_id, role: row.role, personId: row.person_id };
      const code = await db.get<{ hash: Buffer; event_id: string; version: number }>(SQL.signupCode, [hash]);
      return code && sameHash(code.hash, hash)
        ? { eventId: code.event_id, role: 'signup', personId: null, codeVersion: code.version }
        : null;
    },
    save: (prev, next, secrets = [], log, options = {}) => save(prev, next, secrets, log, options),
    versionOf: (eventId) => versions.get(eventId),
    async versionsOf(eventIds) {
      const out = new Map<string, number>();
      for (let i = 0; i < eventIds.length; i += 500) {
        const part = eventIds.slice(i, i + 500);
        const rows = await db.all<{ id: string; version: number }>(
          `SELECT id, version FROM events WHERE id IN (${part.map(() => '?').join(', ')})`,
          part,
        );
        for (const r of rows) out.set(r.id, Number(r.version));
      }
      return out;
    },
    noteVersion(eventId, version) {
      // Only forward, and only for an event this store has read: else the next load sets it.
      const known = versions.get(eventId);
      if (known !== undefined && version > known) versions.set(eventId, version);
    },
    async loadClock(eventId) {
      const row = await db.get<{ clock: string; round_starts: string; version: number }>(SQL.clockOf, [eventId]);
      if (!row) return null;
      const read = { ...clockPartsOfRow(row), version: Number(row.version) };
      versions.set(eventId, read.version);
      return read;
    },
    async claimClock(eventId, token) {
      try {
        return await db.transaction(async (tx) => {
          await tx.run(SQL.fence, [eventId, token]);
          const row = await tx.get<{ token: number }>(SQL.fenceOf, [eventId]);
          return row ? Number(row.token) : null;
        });
      } catch (err) {
        // The event was deleted (its row is gone, so the fence's reference fails): nothing to own.
        if (!(await db.get(SQL.event, [eventId]))) return null;
        throw err;
      }
    },
    storedBytes: async (eventId) => ((await db.get(SQL.event, [eventId])) ? (await footprintOf(eventId)).total : 0),
    clockHistory: (eventId) => clockLog.list(db, eventId),
    async remove(eventId) {
      await db.run(SQL.deleteEvent, [eventId]);
      forget(eventId);
      await db.scrub();
    },
    mail: createMailStore(db),
    close: () => db.close(),
  };
}

/** The event store in an SQLite database (openDatabase): the default, a file under ./data. */
export function createEventStore(db: Db, opts: EventStoreOptions = {}): EventStore {
  return createSqlEventStore(sqliteDriver(db), opts);
}
