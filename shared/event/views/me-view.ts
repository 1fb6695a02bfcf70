import type { MeView, MyRound } from '../../protocol/views';
import type { RoundSeating, Schedule, SeatingTable } from '../../schemas/schedule';
import type { EventState } from '../state';
import { roundOfClock } from '../../timeline';
import { clockOf, eventInfo } from './event-info';
import { lookup, type Lookup } from './people-lookup';
import { mentorsMoveIn, seatedTableOf } from './seated-tables';
import { isPeerSchedule } from '../../planner/peer-schedule';

/**
 * Each person's table in each round (by the round's position in the schedule), built once per
 * schedule: every phone's snapshot needs its seats, and scanning every table of every round
 * for each of 2,000 phones is what made a reconnect storm block the event loop.
 */
const seatIndexes = new WeakMap<Schedule, Map<string, (SeatingTable | undefined)[]>>();

function seatsOf(schedule: Schedule, personId: string): (SeatingTable | undefined)[] {
  let index = seatIndexes.get(schedule);
  if (!index) {
    index = new Map();
    const seat = (id: string, i: number, t: SeatingTable) => {
      let row = index!.get(id);
      if (!row) {
        row = [];
        index!.set(id, row);
      }
      row[i] ??= t; // the first table listing the person, as a scan would find
    };
    schedule.rounds.forEach((r, i) => {
      for (const t of r.tables) {
        seat(t.mentorId, i, t);
        for (const id of t.menteeIds) seat(id, i, t);
      }
    });
    seatIndexes.set(schedule, index);
  }
  return index.get(personId) ?? [];
}

function mentorRound(
  r: RoundSeating,
  seat: SeatingTable | undefined,
  mentorId: string,
  look: Lookup,
  withQuestions: boolean,
): MyRound {
  const ids = seat?.menteeIds ?? [];
  const url = look.mentor(mentorId)?.meetingUrl;
  return {
    round: r.round,
    // The seat's own label when mentors move (the table they visit this round), else their table.
    table: ids.length > 0 ? (seat?.table ?? look.table(mentorId)) : null,
    mentorId,
    mentorName: look.name(mentorId),
    topics: look.mentor(mentorId)?.topics ?? [],
    // The call is open only in the rounds with someone to meet.
    ...(url && ids.length > 0 ? { meetingUrl: url } : {}),
    mentees: ids.map((id) => ({
      id,
      name: look.name(id),
      ...(withQuestions ? { questions: look.mentee(id)?.questions ?? [] } : {}),
    })),
  };
}

function menteeRound(r: RoundSeating, seat: SeatingTable | undefined, menteeId: string, look: Lookup): MyRound {
  if (!seat) return { round: r.round, table: null, mentorId: null, mentorName: null, topics: [], mentees: [] };
  const mentor = look.mentor(seat.mentorId);
  return {
    round: r.round,
    table: seat.table ?? look.table(seat.mentorId),
    mentorId: seat.mentorId,
    mentorName: look.name(seat.mentorId),
    topics: mentor?.topics ?? [],
    // Who they are about to meet: the bio the organizer imported, when there is one.
    ...(mentor?.bio ? { mentorBio: mentor.bio } : {}),
    ...(mentor?.meetingUrl ? { meetingUrl: mentor.meetingUrl } : {}),
    // Table-mates by name only: a mentee never sees another mentee's questions.
    mentees: seat.menteeIds.filter((id) => id !== menteeId).map((id) => ({ id, name: look.name(id) })),
  };
}

/**
 * A peer's round (issue 17): the table's label and everyone else at it (names only); no mentor.
 * Whether to stay or go follows from the table of the round before, which the phone compares.
 */
function peerRound(r: RoundSeating, seat: SeatingTable | undefined, peerId: string, look: Lookup): MyRound {
  const others = seat ? (seat.peerIds ?? [seat.mentorId, ...seat.menteeIds]).filter((id) => id !== peerId) : [];
  return {
    round: r.round,
    table: seat?.table ?? null,
    mentorId: null,
    mentorName: null,
    topics: [],
    mentees: others.map((id) => ({ id, name: look.name(id) })),
  };
}

/**
 * A person's page (pure). Mentors see the questions of the mentees at their table now and
 * next only; their page asks again when the round changes.
 */
export function meView(s: EventState, personId: string, now: number): MeView | null {
  const look = lookup(s);
  const mentor = look.mentor(personId);
  const mentee = mentor ? undefined : look.mentee(personId);
  if (!mentor && !mentee) return null;
  const clock = clockOf(s, now);
  const at = roundOfClock(clock);
  const near = (round: number) => at !== null && (round === at || round === at + 1);
  const seats = s.schedule ? seatsOf(s.schedule, personId) : [];
  // The table the mentor hosts (the index keeps the first table naming a person).
  const mentorSeat = (r: RoundSeating, i: number) =>
    seats[i]?.mentorId === personId ? seats[i] : r.tables.find((t) => t.mentorId === personId);
  const peers = isPeerSchedule(s.schedule);
  const rounds = (s.schedule?.rounds ?? []).map((r, i) =>
    mentor
      ? mentorRound(r, mentorSeat(r, i), personId, look, near(r.round))
      : peers
        ? peerRound(r, seats[i], personId, look)
        : menteeRound(r, seats[i], personId, look),
  );
  const find = (round: number | null) => (round === null ? null : (rounds.find((r) => r.round === round) ?? null));
  const seated = seatedTableOf(s.schedule, personId);
  const person = mentor
    ? {
        id: mentor.id,
        name: mentor.name,
        // When mentors move they have no table of their own: each round says where they go.
        ...(mentorsMoveIn(s.schedule) ? {} : { table: mentor.table }),
        ...(mentor.bio ? { bio: mentor.bio } : {}),
        topics: mentor.topics,
        questions: [],
        ...(mentor.meetingUrl ? { meetingUrl: mentor.meetingUrl } : {}),
        attendance: mentor.attendance,
      }
    : {
        id: mentee!.id,
        name: mentee!.name,
        // Mentors moving: the table the mentee stays at all event (also through a round nobody visits).
        ...(seated ? { table: seated } : {}),
        topics: [],
        questions: mentee!.questions,
        attendance: mentee!.attendance,
      };
  return {
    role: mentor ? 'mentor' : 'mentee',
    person,
    event: eventInfo(s),
    clock,
    now: find(at),
    next: find(at === null ? null : at + 1),
    rounds,
    scheduleVersion: s.scheduleVersion,
  };
}
