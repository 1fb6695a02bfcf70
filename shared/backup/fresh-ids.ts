import type { Schedule } from '../schemas/schedule';
import type { BackupEvent } from './format';

/** People and schedule of a backup with every person id replaced (wishes, avoids and seatings follow). */
export interface RenumberedPeople {
  mentors: BackupEvent['mentors'];
  mentees: BackupEvent['mentees'];
  schedule: Schedule | null;
}

/**
 * Give every person of a backup a fresh id from `newId` (pure given `newId`), so the new
 * event shares no id, and therefore no personal link, with the old one. People the schedule
 * still lists after being removed get fresh ids too.
 */
export function renumberPeople(
  ev: Pick<BackupEvent, 'mentors' | 'mentees' | 'schedule'>,
  newId: () => string,
): RenumberedPeople {
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const fresh = (old: string): string => {
    let id = map.get(old);
    if (id === undefined) {
      do id = newId();
      while (taken.has(id));
      map.set(old, id);
      taken.add(id);
    }
    return id;
  };
  const mentors = ev.mentors.map((m) => ({ ...m, id: fresh(m.id) }));
  const mentees = ev.mentees.map((m) => ({
    ...m,
    id: fresh(m.id),
    wishes: m.wishes.map(fresh),
    avoid: m.avoid.map(fresh),
  }));
  const s = ev.schedule;
  const schedule: Schedule | null = s
    ? {
        ...s,
        mentors: s.mentors.map((m) => ({ ...m, id: fresh(m.id) })),
        mentees: s.mentees.map((m) => ({ ...m, id: fresh(m.id) })),
        rounds: s.rounds.map((r) => ({
          round: r.round,
          tables: r.tables.map((t) => ({ mentorId: fresh(t.mentorId), menteeIds: t.menteeIds.map(fresh) })),
          byes: r.byes.map(fresh),
        })),
      }
    : null;
  return { mentors, mentees, schedule };
}
