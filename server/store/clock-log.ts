import { clockLogEntrySchema, type ClockLogEntry } from '../../shared/backup/clock-history';
import type { SqlRunner } from './sql';

/**
 * The append-only clock history (table `clock_log`, migration 2): one row per accepted clock
 * command, written in the same transaction as the clock change it explains. Rows are never
 * updated (a trigger refuses it); they go only with their event.
 */
export const clockLog = {
  append(tx: SqlRunner, eventId: string, entry: ClockLogEntry): Promise<number> {
    return tx.run(
      `INSERT INTO clock_log (event_id, seq, at, entry)
       VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM clock_log WHERE event_id = ?), ?, ?)`,
      [eventId, eventId, entry.at, JSON.stringify(entry)],
    );
  },
  async list(db: SqlRunner, eventId: string): Promise<ClockLogEntry[]> {
    const rows = await db.all<{ entry: string }>('SELECT entry FROM clock_log WHERE event_id = ? ORDER BY seq', [
      eventId,
    ]);
    return rows.map((r) => clockLogEntrySchema.parse(JSON.parse(r.entry)));
  },
};
