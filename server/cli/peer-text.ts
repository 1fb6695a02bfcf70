/**
 * A peer-rounds schedule (issue 17) as readable text for `tablehop plan --pairing peer`: a line
 * per round with each table's peers ("T1: Ann, Bo") and who sits out.
 */
import { peersAt } from '../../shared/planner/peer-schedule';
import type { Schedule } from '../../shared/schemas/schedule';

/** One line per round. */
export function formatPeerScheduleText(schedule: Schedule): string[] {
  const names = new Map(schedule.mentees.map((p) => [p.id, p.name.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')] as const));
  const name = (id: string) => names.get(id) ?? id;
  return schedule.rounds.map((r) => {
    const tables = r.tables.map((t) => `${t.table ?? '?'}: ${peersAt(t).map(name).join(', ')}`);
    const out = r.byes.length ? [`sits out: ${r.byes.map(name).join(', ')}`] : [];
    return `Round ${r.round} | ${[...tables, ...out].join(' | ')}`;
  });
}
