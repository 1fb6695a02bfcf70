import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrations';

export type Db = Database.Database;

/**
 * Open (or create) the event database in `dataDir`.
 *
 * WAL lets the readers (GET /api/me from every phone) run beside the single writer.
 * `synchronous = FULL` fsyncs the WAL at every commit: commands are few (organizer clicks,
 * phase boundaries, people edits), and an acknowledged command must survive not only a
 * `kill -9` (NORMAL would suffice for that) but also a laptop losing power mid-event.
 */
export function openDatabase(dataDir: string, file = 'tablehop.sqlite'): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, file));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Deleted rows (a deleted event's people and questions, earlier versions of an edited
  // field) are overwritten with zeros, not left in free pages (see docs/security.md).
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  // Fold what an earlier run left in the WAL into the database before serving: after a crash
  // the WAL can hold a whole event's set-up, and every read would look through it meanwhile.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}
