import { createHash } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '../../../../server/store/db';
import { createEventStore, type EventStore, type EventStoreOptions } from '../../../../server/store/event-store';
import { openStore } from '../../../../server/store/open-store';

/** Which database this vitest project's stores use (vitest.config.ts: the `postgres` project sets it). */
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

/** Drop what a PostgreSQL test store of `dataDir` left (SQLite's goes with the directory). */
export async function dropTestStore(dataDir: string, kind = testStoreKind()): Promise<void> {
  if (kind !== 'postgres' || !postgresUrl()) return;
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schemaOf(dataDir)} CASCADE`);
  } finally {
    await client.end();
  }
}
