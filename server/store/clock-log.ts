import { clockLogEntrySchema, type ClockLogEntry } from '../../shared/backup/clock-history';
import type { Db } from './db';

/**
 * The append-only clock history (table `clock_log`, migration 2): one row per accepted clock
 * command, written in the same transaction as the clock change it explains. Rows are never
 * updated (a trigger refuses it); they go only with their event.
 */
export function clockLogStatements(db: Db) {
  const insert = db.prepare(
    `INSERT INTO clock_log (event_id, seq, at, entry)
     VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM clock_log WHERE event_id = ?), ?, ?)`,
  );
  const list = db.prepare<[string], { entry: string }>('SELECT entry FROM clock_log WHERE event_id = ? ORDER BY seq');
  return {
    append(eventId: string, entry: ClockLogEntry): void {
      insert.run(eventId, eventId, entry.at, JSON.stringify(entry));
    },
    list(eventId: string): ClockLogEntry[] {
      return list.all(eventId).map((r) => clockLogEntrySchema.parse(JSON.parse(r.entry)));
    },
  };
}
