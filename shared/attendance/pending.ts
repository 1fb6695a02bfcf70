/**
 * Attendance and the seating: who takes part in the rounds still to come, and whose door
 * status the schedule does not follow yet (the "pending" changes the organizer reviews).
 */
import type { Attendance } from '../schemas/people';
import type { RoundSeating, Schedule } from '../schemas/schedule';

/** Whether a person with this attendance is seated in rounds not yet begun: all but the absent and those who left. */
export function takesPart(attendance: Attendance): boolean {
  return attendance !== 'absent' && attendance !== 'left';
}

/** A person whose attendance the schedule's open rounds do not reflect yet. */
export interface PendingChange {
  personId: string;
  name: string;
  role: 'mentor' | 'mentee';
  attendance: Attendance;
  /** `seat`: takes part but has no place in some open round; `unseat`: absent or gone but still placed. */
  change: 'seat' | 'unseat';
}

type Person = { id: string; name: string; attendance: Attendance };

/**
 * The people whose attendance the rounds ≥ `fromRound` of `schedule` do not follow (pure).
 * Nothing is pending without a schedule (the first plan takes attendance as it stands) or
 * when every round has begun (nothing can change any more).
 */
export function pendingChanges(
  schedule: Schedule | null,
  people: { mentors: readonly Person[]; mentees: readonly Person[] },
  fromRound: number,
): PendingChange[] {
  const open = schedule?.rounds.filter((r) => r.round >= fromRound) ?? [];
  if (open.length === 0) return [];
  // Who is placed in each open round, indexed once: looking for each person in every table of
  // every round took ~50 ms per check-in at 2,000 mentees, and every check-in asks.
  const placedMentors = open.map((r: RoundSeating) => new Set(r.tables.map((t) => t.mentorId)));
  const placedMentees = open.map((r: RoundSeating) => new Set([...r.byes, ...r.tables.flatMap((t) => t.menteeIds)]));
  const out: PendingChange[] = [];
  const check = (p: Person, role: PendingChange['role'], placed: Set<string>[]) => {
    const wanted = takesPart(p.attendance);
    if (wanted && placed.some((ids) => !ids.has(p.id)))
      out.push({ personId: p.id, name: p.name, role, attendance: p.attendance, change: 'seat' });
    else if (!wanted && placed.some((ids) => ids.has(p.id)))
      out.push({ personId: p.id, name: p.name, role, attendance: p.attendance, change: 'unseat' });
  };
  for (const m of people.mentors) check(m, 'mentor', placedMentors);
  for (const m of people.mentees) check(m, 'mentee', placedMentees);
  return out;
}
