import type { ClockState } from '../schemas/clock';
import type { Schedule, SeatingTable } from '../schemas/schedule';
import type { Break } from '../schemas/settings';
import { buildPhases, meetingPhaseIndex, phaseStartTimes } from '../timeline';

/** What a person's rounds are read from: the event's state and the organizer's view both have it. */
export interface RoundsSource {
  schedule: Schedule | null;
  mentors: readonly { id: string; name: string; table: string }[];
  mentees: readonly { id: string; name: string }[];
}

/** The timing a mail's times come from (`rounds` resolved to a number). */
export interface MailTiming {
  rounds: number;
  roundSeconds: number;
  changeoverSeconds: number;
  breaks: Break[];
  plannedStartAt: number | null;
}

/** One round of a person's schedule as a mail writes it. */
export interface MailRound {
  round: number;
  /** When the meeting starts and ends (epoch ms); null when not known yet or already begun. */
  startsAt: number | null;
  endsAt: number | null;
  /** The table; null for a mentee sitting out, or a mentor with nobody at the table. */
  table: string | null;
  /** A mentee's mentor that round. */
  mentor: string | null;
  /** A mentor's mentees that round. */
  mentees: string[];
}

/**
 * When each round's meeting starts (index = round − 1), as the printables compute it: from the
 * clock once it runs (pauses and extensions move later rounds), from the planned start before;
 * null where unknown or already begun.
 */
export function roundStarts(timing: MailTiming, clock: ClockState, now: number): (number | null)[] {
  const times = phaseStartTimes(clock, buildPhases(timing), now, timing.plannedStartAt);
  return Array.from({ length: timing.rounds }, (_, i) => times[meetingPhaseIndex(i + 1)] ?? null);
}

/** Each person's table in each round (index = position in the schedule), built once per schedule. */
const seatIndexes = new WeakMap<Schedule, Map<string, (SeatingTable | undefined)[]>>();

function seatsOf(schedule: Schedule): Map<string, (SeatingTable | undefined)[]> {
  const known = seatIndexes.get(schedule);
  if (known) return known;
  const index = new Map<string, (SeatingTable | undefined)[]>();
  const seat = (id: string, i: number, t: SeatingTable) => {
    let row = index.get(id);
    if (!row) {
      row = [];
      index.set(id, row);
    }
    row[i] ??= t;
  };
  schedule.rounds.forEach((r, i) => {
    for (const t of r.tables) {
      seat(t.mentorId, i, t);
      for (const id of t.menteeIds) seat(id, i, t);
    }
  });
  seatIndexes.set(schedule, index);
  return index;
}

/** Names and tables by id, built once per list (a mail merge asks for every person of the same lists). */
const nameIndexes = new WeakMap<object, Map<string, { name: string; table?: string }>>();

function namesOf(list: readonly { id: string; name: string; table?: string }[]) {
  let index = nameIndexes.get(list);
  if (!index) {
    index = new Map(list.map((p) => [p.id, p]));
    nameIndexes.set(list, index);
  }
  return index;
}

/**
 * A person's rounds (pure): for a mentee, the table and mentor of each round (or sitting out);
 * for a mentor, who sits at their table. Empty before the first plan. Names come from the
 * current people, else from the schedule's own lists (someone removed since).
 */
export function personRounds(
  source: RoundsSource,
  personId: string,
  starts: readonly (number | null)[],
  roundSeconds: number,
): MailRound[] {
  const schedule = source.schedule;
  if (!schedule) return [];
  const lists = [
    namesOf(source.mentors),
    namesOf(source.mentees),
    namesOf(schedule.mentors),
    namesOf(schedule.mentees),
  ];
  const find = (id: string) => lists[0]!.get(id) ?? lists[1]!.get(id) ?? lists[2]!.get(id) ?? lists[3]!.get(id);
  const name = (id: string) => find(id)?.name ?? '(removed)';
  const table = (mentorId: string) => (lists[0]!.get(mentorId) ?? lists[2]!.get(mentorId))?.table ?? null;
  const isMentor = lists[0]!.has(personId);
  const seats = seatsOf(schedule).get(personId) ?? [];
  return schedule.rounds.map((r, i) => {
    const startsAt = starts[r.round - 1] ?? null;
    const times = { startsAt, endsAt: startsAt === null ? null : startsAt + roundSeconds * 1000 };
    const t = seats[i];
    if (isMentor) {
      // The index keeps the first table naming the person: the one they host, as a scan would find.
      const own = t?.mentorId === personId ? t : r.tables.find((x) => x.mentorId === personId);
      const mentees = (own?.menteeIds ?? []).map(name);
      // When mentors move the seat names the table visited that round (issue 17).
      const at = mentees.length > 0 ? (own?.table ?? table(personId)) : null;
      return { round: r.round, ...times, table: at, mentor: null, mentees };
    }
    if (!t) return { round: r.round, ...times, table: null, mentor: null, mentees: [] };
    return { round: r.round, ...times, table: t.table ?? table(t.mentorId), mentor: name(t.mentorId), mentees: [] };
  });
}
