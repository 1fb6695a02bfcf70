/**
 * Which feedback cards a phone shows: one per person sat with in each round that has begun,
 * newest round first, while feedback is open. Pure: the screen passes the live clock.
 */
import type { Meeting, MeetingsAnswer } from '../../../shared/protocol/after-talk';
import type { MyRound, PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { MyFeedback } from '../../../shared/schemas/feedback';
import { meetingPhaseIndex } from '../../../shared/timeline';

/** One person to give feedback on, with what the server last said about that meeting. */
export interface FeedbackPerson {
  id: string;
  name: string;
  role: 'mentor' | 'mentee';
  /** My feedback as the server has it, or null when I gave none yet (or the answer is not here). */
  feedback: MyFeedback | null;
  mutual: boolean;
  contact: string | null;
}

export interface FeedbackRound {
  round: number;
  table: string | null;
  people: FeedbackPerson[];
}

/**
 * Whether round `round`'s talk has begun, as the server decides it (rules/feedback.ts
 * roundBegun): the clock reached its meeting phase. After the end only the server knows which
 * rounds were held (an event can end early), so the rounds its answer lists count; until that
 * answer arrives, every round of a started event does.
 */
function roundBegun(round: number, clock: ClockSnapshot, heldRounds: ReadonlySet<number> | null): boolean {
  if (clock.status === 'running' || clock.status === 'paused') return clock.phaseIndex >= meetingPhaseIndex(round);
  if (clock.status === 'finished') return clock.startedAt !== null && (heldRounds?.has(round) ?? true);
  return false;
}

/** The people I sat with in one round of my schedule: a mentee's mentor and table-mates, a mentor's mentees. */
function peopleOf(r: MyRound, role: PersonPage['role']): Pick<FeedbackPerson, 'id' | 'name' | 'role'>[] {
  if (r.table === null) return [];
  const mates = r.mentees.map((m) => ({ id: m.id, name: m.name, role: 'mentee' as const }));
  if (role === 'mentor' || r.mentorId === null) return mates;
  return [{ id: r.mentorId, name: r.mentorName ?? '', role: 'mentor' as const }, ...mates];
}

/** Whether feedback can still be given at `now`, by the last answer (open until it says otherwise). */
export function feedbackStillOpen(answer: MeetingsAnswer | null, now: number): boolean {
  if (!answer) return true;
  if (!answer.feedbackOpen) return false;
  return answer.feedbackClosesAt === null || now < answer.feedbackClosesAt;
}

/**
 * The rounds to show cards for. The schedule (`me.rounds`) says whom I sat with, as it moves
 * on with the clock before any answer does; the meetings answer adds my feedback and a mutual
 * follow-up, and for the rounds it lists it also drops people the server does not count as met
 * (someone marked absent). A person marked absent themselves met nobody.
 */
export function feedbackRounds(
  me: Pick<PersonPage, 'role' | 'rounds' | 'person'>,
  clock: ClockSnapshot,
  answer: MeetingsAnswer | null,
  now: number,
): FeedbackRound[] {
  if (me.person.attendance === 'absent' || !feedbackStillOpen(answer, now)) return [];
  const known = new Map<string, Meeting>();
  const listed = new Set<number>();
  for (const m of answer?.meetings ?? []) {
    known.set(`${m.round}:${m.with.id}`, m);
    listed.add(m.round);
  }
  const held = answer && clock.status === 'finished' ? listed : null;
  const out: FeedbackRound[] = [];
  for (const r of me.rounds) {
    if (!roundBegun(r.round, clock, held)) continue;
    const people: FeedbackPerson[] = [];
    for (const p of peopleOf(r, me.role)) {
      const m = known.get(`${r.round}:${p.id}`);
      if (!m && listed.has(r.round)) continue;
      people.push({ ...p, feedback: m?.feedback ?? null, mutual: m?.mutual ?? false, contact: m?.contact ?? null });
    }
    if (people.length > 0) out.push({ round: r.round, table: r.table, people });
  }
  return out.sort((a, b) => b.round - a.round);
}
