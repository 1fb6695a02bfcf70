import type { MeView, MyRound } from '../../../shared/protocol/views';
import type { RoundSeating } from '../../../shared/schemas/schedule';
import type { EventState } from '../state';
import { clockOf, currentRound, eventInfo } from './event-info';
import { lookup, type Lookup } from './people-lookup';

function mentorRound(r: RoundSeating, mentorId: string, look: Lookup, withQuestions: boolean): MyRound {
  const seat = r.tables.find((t) => t.mentorId === mentorId);
  const ids = seat?.menteeIds ?? [];
  return {
    round: r.round,
    table: ids.length > 0 ? look.table(mentorId) : null,
    mentorId,
    mentorName: look.name(mentorId),
    topics: look.mentor(mentorId)?.topics ?? [],
    mentees: ids.map((id) => ({
      id,
      name: look.name(id),
      ...(withQuestions ? { questions: look.mentee(id)?.questions ?? [] } : {}),
    })),
  };
}

function menteeRound(r: RoundSeating, menteeId: string, look: Lookup): MyRound {
  const seat = r.tables.find((t) => t.menteeIds.includes(menteeId));
  if (!seat) return { round: r.round, table: null, mentorId: null, mentorName: null, topics: [], mentees: [] };
  return {
    round: r.round,
    table: look.table(seat.mentorId),
    mentorId: seat.mentorId,
    mentorName: look.name(seat.mentorId),
    topics: look.mentor(seat.mentorId)?.topics ?? [],
    // Table-mates by name only: a mentee never sees another mentee's questions.
    mentees: seat.menteeIds.filter((id) => id !== menteeId).map((id) => ({ id, name: look.name(id) })),
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
  const at = currentRound(s, now);
  const near = (round: number) => at !== null && (round === at || round === at + 1);
  const rounds = (s.schedule?.rounds ?? []).map((r) =>
    mentor ? mentorRound(r, personId, look, near(r.round)) : menteeRound(r, personId, look),
  );
  const find = (round: number | null) => (round === null ? null : rounds.find((r) => r.round === round) ?? null);
  const person = mentor
    ? { id: mentor.id, name: mentor.name, table: mentor.table, ...(mentor.bio ? { bio: mentor.bio } : {}), topics: mentor.topics, questions: [], attendance: mentor.attendance }
    : { id: mentee!.id, name: mentee!.name, topics: [], questions: mentee!.questions, attendance: mentee!.attendance };
  return {
    role: mentor ? 'mentor' : 'mentee',
    person,
    event: eventInfo(s),
    clock: clockOf(s, now),
    now: find(at),
    next: find(at === null ? null : at + 1),
    rounds,
    scheduleVersion: s.scheduleVersion,
  };
}
