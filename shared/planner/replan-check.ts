/**
 * Whether a schedule still holds, as it stands, for the people and settings given: then a
 * replan has nothing to change and returns it as it is (a preview with nobody at the door
 * proposes no moves).
 */
import type { Schedule } from '../schemas/schedule';
import type { Model } from './model';

/** True when rounds ≥ fromRound seat exactly the people present, within every hard rule, in these settings. */
export function stillHolds(schedule: Schedule, fromRound: number, model: Model): boolean {
  const { R, T, cap, mentors, mentees, mentorIndex, avoid } = model;
  const recorded = schedule.settings as { rounds?: unknown; tableCapacity?: unknown } | undefined;
  if (recorded && (recorded.rounds !== R || recorded.tableCapacity !== cap)) return false;
  if (schedule.rounds.length !== R || schedule.rounds.some((r, i) => r.round !== i + 1)) return false;
  const menteeIndex = new Map(mentees.map((x, i) => [x.id, i] as const));
  for (const round of schedule.rounds.slice(fromRound - 1)) {
    if (round.tables.length !== T || round.tables.some((t, m) => t.mentorId !== mentors[m]!.id)) return false;
    const seen = new Uint8Array(mentees.length);
    let placed = 0;
    const place = (id: string, m: number): boolean => {
      const x = menteeIndex.get(id);
      if (x === undefined || seen[x] || (m >= 0 && avoid[x * T + m])) return false;
      seen[x] = 1;
      placed++;
      return true;
    };
    for (const t of round.tables) {
      if (t.menteeIds.length > cap) return false;
      const m = mentorIndex.get(t.mentorId)!;
      if (!t.menteeIds.every((id) => place(id, m))) return false;
    }
    if (!round.byes.every((id) => place(id, -1)) || placed !== mentees.length) return false;
  }
  return true;
}
