/**
 * A person's meetings after the talk (`GET /api/me/meetings`, the `meetings:updated` push and
 * the ".ics"/".csv" downloads): the rounds that have begun, whom they sat with, their own
 * feedback, and the other's contact only when the follow-up is mutual. Pure.
 */
import type { MeetingsAnswer, Meeting } from '../../protocol/after-talk';
import {
  entryOf,
  feedbackClosesAt,
  feedbackOpen,
  isMutual,
  meetingsOf,
  personFeedbackOf,
  roundBegun,
  sharedContact,
} from '../rules/feedback';
import type { EventState } from '../state';
import { lookup } from './people-lookup';

/** The person's meetings with their feedback; null when there is no such person. */
export function meetingsView(s: EventState, personId: string, now: number): MeetingsAnswer | null {
  const look = lookup(s);
  const me = look.mentor(personId) ?? look.mentee(personId);
  if (!me) return null;
  const iAmMentor = look.mentor(personId) !== undefined;
  const mine = personFeedbackOf(s, personId);
  const meetings: Meeting[] = meetingsOf(s, personId)
    .filter((m) => roundBegun(s, m.round))
    .map((m) => {
      const entry = entryOf(mine, m.round, m.withId);
      const mutual = isMutual(s, personId, m.withId);
      return {
        round: m.round,
        startsAt: s.roundStarts[String(m.round)] ?? null,
        table: look.table(m.mentorId),
        with: {
          id: m.withId,
          name: look.name(m.withId),
          role: m.withRole,
          // A mentor sees the questions of the mentees they met; mentees never see each other's.
          questions: iAmMentor && m.withRole === 'mentee' ? (look.mentee(m.withId)?.questions ?? []) : [],
        },
        feedback: entry ? { rating: entry.rating, followUp: entry.followUp, note: entry.note } : null,
        mutual,
        contact: mutual ? sharedContact(s, m.withId) : null,
      };
    });
  return {
    meetings,
    sharing: mine.sharing,
    hasEmail: Boolean(me.email),
    feedbackClosesAt: feedbackClosesAt(s),
    feedbackOpen: feedbackOpen(s, now),
  };
}
