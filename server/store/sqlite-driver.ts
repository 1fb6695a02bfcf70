import type Database from 'better-sqlite3';
import type { Db } from './db';
import type { SqlDriver, SqlRunner, SqlValue } from './sql';

type Statement = Database.Statement<unknown[]>;

/**
 * better-sqlite3 behind the async driver interface. Its calls are synchronous, so every call
 * resolves at once; but between the statements of a transaction other code may run (each
 * `await` yields to the microtask queue), and on one connection it would read the uncommitted
 * rows. So transactions and reads take turns through one lock: a read waits only until the open
 * transaction's statements (all synchronous) have run, a few microtasks.
 */
export function sqliteDriver(db: Db): SqlDriver {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare<unknown[]>(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const direct: SqlRunner = {
    all: async <T>(sql: string, params: SqlValue[] = []) => prepared(sql).all(...params) as T[],
    get: async <T>(sql: string, params: SqlValue[] = []) => prepared(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => prepared(sql).run(...params).changes,
  };

  let turn: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = turn.then(task, task);
    turn = result.catch(() => undefined);
    return result;
  }

  return {
    dialect: 'sqlite',
    all: (sql, params) => exclusive(() => direct.all(sql, params)),
    get: (sql, params) => exclusive(() => direct.get(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    transaction: (work) =>
      exclusive(async () => {
        // IMMEDIATE: take the write lock at once, so a second process on the file waits (busy_timeout).
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await work(direct);
          db.exec('COMMIT');
          return out;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    // A deferred read transaction: one WAL snapshot even if another process commits meanwhile.
    snapshot: (work) =>
      exclusive(async () => {
        db.exec('BEGIN');
        try {
          return await work(direct);
        } finally {
          if (db.inTransaction) db.exec('COMMIT');
        }
      }),
    // Copy the zeroed pages (secure_delete) into the database file and empty the WAL, whose older
    // frames still hold the deleted rows: after this no byte of them is left on disk.
    scrub: () => exclusive(async () => void db.pragma('wal_checkpoint(TRUNCATE)')),
    close: () => exclusive(async () => void db.close()),
  };
}
