import type Database from 'better-sqlite3';
import type { SqlDriver } from './sql';

/**
 * One step of the schema, written for each database the store runs on (SQLite, PostgreSQL).
 * The two texts differ only where the dialects do: BLOB/BYTEA, INTEGER/BIGINT for times in ms,
 * SQLite's WITHOUT ROWID, and how a trigger is written.
 */
export interface Migration {
  sqlite: string;
  postgres: string;
}

/**
 * Schema migrations, applied in order; table `schema_version` records how many ran (SQLite
 * also keeps `PRAGMA user_version`, which databases before that table recorded it in). Never
 * edit a shipped migration: append a new one, in both dialects.
 *
 * Events keep their settings, clock and schedule as JSON documents (each is read and written
 * whole); people get a row each so one edit writes one row; secrets are looked up by hash.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    sqlite: `
    CREATE TABLE events (
      id TEXT PRIMARY KEY,
      created_at INTEGER NOT NULL,
      settings TEXT NOT NULL,
      clock TEXT NOT NULL,
      clock_status TEXT NOT NULL,
      schedule TEXT,
      schedule_version INTEGER NOT NULL DEFAULT 0,
      seed TEXT NOT NULL
    );
    CREATE INDEX events_clock_status ON events (clock_status);
    CREATE TABLE people (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
      seq INTEGER NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (event_id, id)
    );
    CREATE TABLE secrets (
      hash BLOB PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('organizer', 'projector', 'mentor', 'mentee')),
      person_id TEXT,
      FOREIGN KEY (event_id, person_id) REFERENCES people (event_id, id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX secrets_event ON secrets (event_id);
    `,
    postgres: `
    CREATE TABLE events (
      id TEXT PRIMARY KEY,
      created_at BIGINT NOT NULL,
      settings TEXT NOT NULL,
      clock TEXT NOT NULL,
      clock_status TEXT NOT NULL,
      schedule TEXT,
      schedule_version BIGINT NOT NULL DEFAULT 0,
      seed TEXT NOT NULL
    );
    CREATE INDEX events_clock_status ON events (clock_status);
    CREATE TABLE people (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
      seq BIGINT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (event_id, id)
    );
    CREATE TABLE secrets (
      hash BYTEA PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('organizer', 'projector', 'mentor', 'mentee')),
      person_id TEXT,
      FOREIGN KEY (event_id, person_id) REFERENCES people (event_id, id) ON DELETE CASCADE
    );
    CREATE INDEX secrets_event ON secrets (event_id);
    `,
  },
  // 2: the append-only clock history (see clock-log.ts), exported with every backup.
  {
    sqlite: `
    CREATE TABLE clock_log (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      at INTEGER NOT NULL,
      entry TEXT NOT NULL,
      PRIMARY KEY (event_id, seq)
    ) WITHOUT ROWID;
    CREATE TRIGGER clock_log_append_only BEFORE UPDATE ON clock_log
    BEGIN SELECT RAISE(ABORT, 'the clock history is append-only'); END;
    `,
    postgres: `
    CREATE TABLE clock_log (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      seq BIGINT NOT NULL,
      at BIGINT NOT NULL,
      entry TEXT NOT NULL,
      PRIMARY KEY (event_id, seq)
    );
    CREATE FUNCTION clock_log_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the clock history is append-only'; END $$;
    CREATE TRIGGER clock_log_append_only BEFORE UPDATE ON clock_log
    FOR EACH ROW EXECUTE FUNCTION clock_log_refuse_update();
    `,
  },
  // 3: people in list order. Each insert takes MAX(seq) + 1 of its event; without this index
  // that scanned every row of the event, so adding or importing 7,000 people took seconds.
  {
    sqlite: `
    CREATE INDEX people_event_seq ON people (event_id, seq);
    `,
    postgres: `
    CREATE INDEX people_event_seq ON people (event_id, seq);
    `,
  },
  // 4: after the talk (issue 15): each person's feedback and sharing choice in a row of its
  // own (one tap writes one small row), gone with the person or the event; and when each
  // round's talk began.
  {
    sqlite: `
    CREATE TABLE feedback (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      person_id TEXT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (event_id, person_id),
      FOREIGN KEY (event_id, person_id) REFERENCES people (event_id, id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    ALTER TABLE events ADD COLUMN round_starts TEXT NOT NULL DEFAULT '{}';
    `,
    postgres: `
    CREATE TABLE feedback (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      person_id TEXT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (event_id, person_id),
      FOREIGN KEY (event_id, person_id) REFERENCES people (event_id, id) ON DELETE CASCADE
    );
    ALTER TABLE events ADD COLUMN round_starts TEXT NOT NULL DEFAULT '{}';
    `,
  },
  // 5: the organizer's hand on the plan (issue 18): pinned meetings, locked rounds and pairs
  // met at earlier events, one JSON value beside the schedule they shape.
  {
    sqlite: `
    ALTER TABLE events ADD COLUMN plan_rules TEXT NOT NULL DEFAULT '{"pins":[],"lockedRounds":[],"metBefore":[]}';
    `,
    postgres: `
    ALTER TABLE events ADD COLUMN plan_rules TEXT NOT NULL DEFAULT '{"pins":[],"lockedRounds":[],"metBefore":[]}';
    `,
  },
  // 6: personal links by e-mail (issue 16): each person's latest mail, the queue itself (a
  // queued row is due at next_at; `link` holds the personal link only until the mail is sent
  // or given up), and the answers of send requests by idempotency key. Gone with the person
  // or the event (see server/mail/mail-store.ts).
  {
    sqlite: `
    CREATE TABLE mail (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      person_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
      address TEXT NOT NULL,
      queued_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_at INTEGER,
      sent_at INTEGER,
      failed_at INTEGER,
      error TEXT,
      link TEXT,
      time_zone TEXT NOT NULL,
      PRIMARY KEY (event_id, person_id),
      FOREIGN KEY (event_id, person_id) REFERENCES people (event_id, id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX mail_due ON mail (status, next_at);
    CREATE TABLE mail_requests (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      at INTEGER NOT NULL,
      request TEXT NOT NULL,
      answer TEXT NOT NULL,
      PRIMARY KEY (event_id, key)
    ) WITHOUT ROWID;
    CREATE INDEX mail_requests_at ON mail_requests (at);
    `,
    postgres: `
    CREATE TABLE mail (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      person_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
      address TEXT NOT NULL,
      queued_at BIGINT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_at BIGINT,
      sent_at BIGINT,
      failed_at BIGINT,
      error TEXT,
      link TEXT,
      time_zone TEXT NOT NULL,
      PRIMARY KEY (event_id, person_id),
      FOREIGN KEY (event_id, person_id) REFERENCES people (event_id, id) ON DELETE CASCADE
    );
    CREATE INDEX mail_due ON mail (status, next_at);
    CREATE TABLE mail_requests (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      at BIGINT NOT NULL,
      request TEXT NOT NULL,
      answer TEXT NOT NULL,
      PRIMARY KEY (event_id, key)
    );
    CREATE INDEX mail_requests_at ON mail_requests (at);
    `,
  },
  // 7: self sign-up (issue 16): the settings beside the event's others; each sign-up in a row of
  // its own (one sign-up writes one small row); and the hash of the event's one valid sign-up
  // code with its version (the code itself derives from the organizer key, so nothing secret
  // is stored; a revoke replaces the row in the same transaction as the new version).
  {
    sqlite: `
    ALTER TABLE events ADD COLUMN registration TEXT;
    CREATE TABLE registrations (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (event_id, id)
    ) WITHOUT ROWID;
    CREATE TABLE signup_codes (
      hash BLOB PRIMARY KEY,
      event_id TEXT NOT NULL UNIQUE REFERENCES events (id) ON DELETE CASCADE,
      version INTEGER NOT NULL
    ) WITHOUT ROWID;
    `,
    postgres: `
    ALTER TABLE events ADD COLUMN registration TEXT;
    CREATE TABLE registrations (
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      seq BIGINT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (event_id, id)
    );
    CREATE TABLE signup_codes (
      hash BYTEA PRIMARY KEY,
      event_id TEXT NOT NULL UNIQUE REFERENCES events (id) ON DELETE CASCADE,
      version BIGINT NOT NULL
    );
    `,
  },
  // 8: several processes on one database (issue 21). `version` counts an event's commits: every
  // save bumps it only from the version its writer read, so two processes' commands on one event
  // are ordered (the later one reloads and applies again). `clock_fence` holds the fencing token of
  // the process that last took the event's clock lease; a clock write carrying an older token is
  // refused in its own transaction, so a paused or partitioned old owner can never write.
  {
    sqlite: `
    ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE clock_fence (
      event_id TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
      token INTEGER NOT NULL
    ) WITHOUT ROWID;
    `,
    postgres: `
    ALTER TABLE events ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
    CREATE TABLE clock_fence (
      event_id TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
      token BIGINT NOT NULL
    );
    `,
  },
];

const VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)';

function refuseNewer(current: number): void {
  if (current > MIGRATIONS.length)
    throw new Error(
      `the database is from a newer Tablehop (schema ${current}, this version knows ${MIGRATIONS.length})`,
    );
}

/** Bring an SQLite database's schema up to date, each migration in its own transaction. */
export function migrate(db: Database.Database): void {
  db.exec(VERSION_TABLE);
  const row = db.prepare<[], { version: number }>('SELECT version FROM schema_version').get();
  const current = Math.max(row?.version ?? 0, db.pragma('user_version', { simple: true }) as number);
  refuseNewer(current);
  for (let i = current; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!.sqlite);
      db.exec('DELETE FROM schema_version');
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(i + 1);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}

/**
 * Bring a PostgreSQL schema up to date in one transaction (its DDL is transactional). Several
 * processes may start at once on one database: an advisory lock on the schema's name lets one
 * migrate while the others wait, then find nothing left to do.
 */
export async function migratePostgres(driver: SqlDriver): Promise<void> {
  await driver.transaction(async (tx) => {
    await tx.get("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':tablehop-migrate'))");
    await tx.run(VERSION_TABLE);
    const row = await tx.get<{ version: number }>('SELECT version FROM schema_version');
    const current = row?.version ?? 0;
    refuseNewer(current);
    if (current === MIGRATIONS.length) return;
    for (let i = current; i < MIGRATIONS.length; i++) await tx.run(MIGRATIONS[i]!.postgres);
    await tx.run('DELETE FROM schema_version');
    await tx.run('INSERT INTO schema_version (version) VALUES (?)', [MIGRATIONS.length]);
  });
}
