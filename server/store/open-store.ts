import { openDatabase } from './db';
import { createEventStore, createSqlEventStore, type EventStore, type EventStoreOptions } from './event-store';
import { migratePostgres } from './migrations';
import { postgresDriver } from './postgres-driver';

export interface StoreConfig extends EventStoreOptions {
  /** The SQLite file's directory (the default store). */
  dataDir: string;
  /** TABLEHOP_DATABASE_URL: a postgres:// URL puts the events in PostgreSQL instead. */
  databaseUrl?: string | null;
  /** PostgreSQL only: the schema to keep the tables in (tests give each server its own). */
  schema?: string;
  /** Where a PostgreSQL connection's failure outside any command is told. */
  onError?: (err: Error) => void;
}

/** Where the database of a TABLEHOP_DATABASE_URL is, for the start line: host and name, no password. */
export function describeDatabaseUrl(raw: string): string {
  const url = new URL(raw);
  return `${url.host}${url.pathname}`;
}

/**
 * The event store the configuration asks for, its schema migrated: SQLite in `dataDir` unless a
 * database URL is set. Both run the same statements (event-store.ts) from the same migration list.
 */
export async function openStore(config: StoreConfig): Promise<EventStore> {
  const { databaseUrl, schema, onError, dataDir, ...opts } = config;
  if (!databaseUrl) return createEventStore(openDatabase(dataDir), opts);
  const driver = await postgresDriver(databaseUrl, { schema, onError });
  try {
    await migratePostgres(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return createSqlEventStore(driver, opts);
}
