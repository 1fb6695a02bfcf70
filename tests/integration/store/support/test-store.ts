import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '../../../../server/store/db';
import { createEventStore, type EventStore, type EventStoreOptions } from '../../../../server/store/event-store';
import { migratePostgres } from '../../../../server/store/migrations';
import { openStore } from '../../../../server/store/open-store';
import { bigintsAsNumbers, numberedPlaceholders, postgresDriver } from '../../../../server/store/postgres-driver';
import type { SqlDriver } from '../../../../server/store/sql';
import { sqliteDriver } from '../../../../server/store/sqlite-driver';

/** Which database this vitest project's stores use (vitest.config.ts: `integration-pg` sets it). */
export const testStoreKind = (): 'sqlite' | 'postgres' =>
  process.env.TABLEHOP_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/** The PostgreSQL server of this run, or '' (then `postgresMissing()` says why). */
export const postgresUrl = (): string => inject('postgresUrl') ?? '';
export const postgresMissing = (): string => inject('postgresMissing') ?? 'not the postgres project';

/**
 * The PostgreSQL schema standing for a data directory: each test server gets tables of its own,
 * and a server opened again on the same directory (a restart) finds its events again.
 */
export const schemaOf = (dataDir: string) => `th_${createHash('sha256').update(dataDir).digest('hex').slice(0, 24)}`;

/** A store for a test, in the project's database: SQLite in `dataDir`, or its PostgreSQL schema. */
export async function openTestStore(
  dataDir: string,
  opts: EventStoreOptions = {},
  kind = testStoreKind(),
): Promise<EventStore> {
  if (kind === 'sqlite') return createEventStore(openDatabase(dataDir), opts);
  const url = postgresUrl();
  if (!url) throw new Error(`no PostgreSQL for this test: ${postgresMissing()}`);
  return openStore({ dataDir, databaseUrl: url, schema: schemaOf(dataDir), ...opts });
}

/** The migrated database of a test store of `dataDir` itself, for statements no store method makes. */
export async function openTestDriver(dataDir: string, kind = testStoreKind()): Promise<SqlDriver> {
  if (kind === 'sqlite') return sqliteDriver(openDatabase(dataDir));
  const url = postgresUrl();
  if (!url) throw new Error(`no PostgreSQL for this test: ${postgresMissing()}`);
  const driver = await postgresDriver(url, { schema: schemaOf(dataDir) });
  try {
    await migratePostgres(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return driver;
}

/** Drop what a PostgreSQL test store of `dataDir` left (SQLite's goes with the directory). */
export async function dropTestStore(dataDir: string, kind = testStoreKind()): Promise<void> {
  if (kind !== 'postgres' || !postgresUrl()) return;
  await withPostgres((c) => c.query(`DROP SCHEMA IF EXISTS ${schemaOf(dataDir)} CASCADE`));
}

/** Run `work` on a short-lived connection to this run's PostgreSQL server. */
async function withPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl(), types: bigintsAsNumbers });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The environment of a spawned server (`npm start`'s server/main.ts) over the project's store:
 * the data dir, and in `integration-pg` TABLEHOP_DATABASE_URL naming the data dir's schema
 * (created here; the URL's `options` sets the connection's search_path, as libpq's does).
 */
export async function serverStoreEnv(dataDir: string, kind = testStoreKind()): Promise<Record<string, string>> {
  if (kind === 'sqlite') return { TABLEHOP_DATA_DIR: dataDir };
  const schema = schemaOf(dataDir);
  await withPostgres((c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`));
  const url = new URL(postgresUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { TABLEHOP_DATA_DIR: dataDir, TABLEHOP_DATABASE_URL: url.toString() };
}

/**
 * Rows straight from the database a test server of `dataDir` writes (SQLite's file, read only,
 * or its PostgreSQL schema): what is stored, not what the server says.
 */
export async function storedRows<T>(dataDir: string, sql: string, params: unknown[] = [], kind = testStoreKind()) {
  if (kind === 'sqlite') {
    const file = join(dataDir, 'tablehop.sqlite');
    if (!existsSync(file)) throw new Error(`no database in ${dataDir}`);
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  return withPostgres(async (c) => {
    await c.query(`SET search_path = ${schemaOf(dataDir)}`);
    return (await c.query(numberedPlaceholders(sql), params)).rows as T[];
  });
}
