/**
 * A peer-rounds schedule (issue 17) as a printable sheet: one row per table per round (round,
 * table, the peers at it), then a row per round for those sitting out. The mentor sheet's
 * columns (a mentor per table) mean nothing when everyone is a peer.
 */
import type { Schedule } from '../schemas/schedule';
import { peersAt } from '../planner/peer-schedule';
import { writeCsv, type CsvWriteOptions } from './write-csv';

/** The sheet: header `round,table,peers`; names in a cell are separated by `; `. */
export function peerScheduleToCsv(schedule: Schedule, opts: CsvWriteOptions = {}): string {
  const names = new Map(schedule.mentees.map((p) => [p.id, p.name] as const));
  const name = (id: string) => names.get(id) ?? id;
  const rows: (string | number)[][] = [['round', 'table', 'peers']];
  for (const r of schedule.rounds) {
    for (const t of r.tables) rows.push([r.round, t.table ?? '', peersAt(t).map(name).join('; ')]);
    if (r.byes.length > 0) rows.push([r.round, 'sits out', r.byes.map(name).join('; ')]);
  }
  return writeCsv(rows, opts);
}
