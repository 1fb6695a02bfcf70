/** A value bound to a statement's `?` placeholder. */
export type SqlValue = string | number | null | Buffer;

/** Statements written once, with `?` placeholders, for either database. */
export interface SqlRunner {
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** Run a write; the number of rows it changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
}

/**
 * One database behind the event store (SQLite by default, PostgreSQL with TABLEHOP_DATABASE_URL).
 * The store's statements are plain SQL both understand; the drivers differ in how they connect,
 * bind and isolate a transaction, and in what they can do to forget a deleted event's bytes.
 */
export interface SqlDriver extends SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  /** `work` in one transaction: committed when it resolves, rolled back (and rethrown) when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Reads that see one committed state of the database, however many statements they take. */
  snapshot<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** After an event was deleted: leave none of its bytes where the database can clear them. */
  scrub(): Promise<void>;
  close(): Promise<void>;
}
