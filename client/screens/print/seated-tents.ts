import { isMovingSchedule } from '../../../shared/planner/moving-dispatch';
import type { OrganizerView } from '../../../shared/protocol/views';
import { compareLabels } from '../../../shared/planner/moving/labels';
import { isPeerSchedule } from '../../../shared/planner/peer-schedule';
import type { Schedule } from '../../../shared/schemas/schedule';

/** Peer rounds: one tent per table label any round uses (T2 before T10), naming no one. */
function peerTents(schedule: Schedule): SeatedTent[] {
  const labels = new Set(schedule.rounds.flatMap((r) => r.tables.flatMap((t) => (t.table ? [t.table] : []))));
  return [...labels].sort(compareLabels).map((table) => ({ table, names: [], peer: true as const }));
}

/** One seated table's tent when mentors move: its label and the mentees who sit there all event. */
export interface SeatedTent {
  table: string;
  names: string[];
  /** Peer rounds (issue 17): a tent per table label; who sits there changes every round. */
  peer?: true;
}

/**
 * Pure: when mentors move (issue 17), one tent per seated table, in the schedule's table order
 * (T2 before T10), naming the group seated there (current names first). Null when the schedule
 * was not planned with mentors moving (then there is a tent per mentor).
 */
export function seatedTents(view: Pick<OrganizerView, 'mentees' | 'schedule'>): SeatedTent[] | null {
  const schedule = view.schedule;
  if (isPeerSchedule(schedule)) return peerTents(schedule);
  if (!schedule || !isMovingSchedule(schedule)) return null;
  const names = new Map<string, string>();
  for (const p of [...schedule.mentees, ...view.mentees]) names.set(p.id, p.name);
  return schedule.tables.map((t) => ({ table: t.table, names: t.menteeIds.map((id) => names.get(id) ?? '?') }));
}
