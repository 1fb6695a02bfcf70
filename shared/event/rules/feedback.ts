/**
 * After the talk (issue 15): who met whom, when feedback is open, and the commands that give
 * feedback, choose what to share and erase it all. Pure; time is an argument.
 *
 * Privacy is a property of the views, not of these rules: a person's entry holds their
 * private yes and note, and only the writer's own views show them; others see a follow-up
 * only when it is mutual, the organizer only counts (views/meetings.ts, views/report.ts).
 */
import type { FeedbackBody, FeedbackEntry, PersonFeedback, Sharing, SharingBody } from '../../schemas/feedback';
import { meetingPhaseIndex } from '../../timeline';
import { ok, refuse, type Failure, type Outcome } from '../domain-error';
import { phasesOf, type EventState } from '../state';
import { lookup } from '../views/people-lookup';

/** How long feedback stays open after the event ends when the organizer set no date. */
export const FEEDBACK_OPEN_AFTER_END_MS = 7 * 24 * 3600 * 1000;

/** Nobody shares anything until they choose to. */
export const NO_SHARING: Sharing = { share: 'none', contact: null };

/** One person someone sat with in one round. */
export interface MeetingRef {
  round: number;
  withId: string;
  withRole: 'mentor' | 'mentee';
  /** The mentor's id of the table (the person themself when they are the mentor). */
  mentorId: string;
}

/** The person of an id (the event's cached lookup, views/people-lookup.ts). */
const personOf = (s: EventState, id: string) => lookup(s).mentor(id) ?? lookup(s).mentee(id);
/** Marked absent: a no-show, who met nobody. */
const isAbsent = (s: EventState, id: string) => personOf(s, id)?.attendance === 'absent';

/**
 * Every meeting of `personId` in the schedule, round by round (begun or not): a mentee meets
 * the table's mentor and, at a group table, the other mentees; a mentor meets each mentee at
 * their table. A round sat out is no meeting; a person marked absent (a no-show) met nobody
 * and nobody met them. Seats follow the schedule as it is now: a replan keeps the rounds
 * already begun, so those are the seats people actually had.
 */
export function meetingsOf(s: EventState, personId: string): MeetingRef[] {
  if (!s.schedule) return [];
  if (isAbsent(s, personId)) return [];
  const out: MeetingRef[] = [];
  for (const r of s.schedule.rounds) {
    for (const t of r.tables) {
      const here = t.mentorId === personId || t.menteeIds.includes(personId);
      if (!here) continue;
      if (t.mentorId !== personId && !isAbsent(s, t.mentorId))
        out.push({ round: r.round, withId: t.mentorId, withRole: 'mentor', mentorId: t.mentorId });
      for (const id of t.menteeIds)
        if (id !== personId && !isAbsent(s, id))
          out.push({ round: r.round, withId: id, withRole: 'mentee', mentorId: t.mentorId });
    }
  }
  return out;
}

/**
 * Whether round `round`'s talk has begun: the clock reached its meeting, or (after the end)
 * it did before the end: an event ended early never held its last rounds.
 */
export function roundBegun(s: EventState, round: number): boolean {
  const c = s.clock;
  if (c.status === 'running' || c.status === 'paused') return c.phaseIndex >= meetingPhaseIndex(round);
  if (c.status === 'finished') return c.startedAt !== null && s.roundStarts[String(round)] !== undefined;
  return false;
}

/** When feedback closes: the organizer's date, else 7 days after the end; null while the event has not ended. */
export function feedbackClosesAt(s: EventState): number | null {
  if (s.settings.feedbackClosesAt !== null) return s.settings.feedbackClosesAt;
  return s.clock.status === 'finished' && s.clock.startedAt !== null
    ? s.clock.endedAt + FEEDBACK_OPEN_AFTER_END_MS
    : null;
}

/** Whether feedback can be given at `now` (for rounds that have begun). */
export function feedbackOpen(s: EventState, now: number): boolean {
  const closes = feedbackClosesAt(s);
  return closes === null || now < closes;
}

/** What a person wrote so far (nothing: no sharing, no feedback). */
export const personFeedbackOf = (s: EventState, personId: string): PersonFeedback =>
  s.feedback[personId] ?? { sharing: NO_SHARING, given: [] };

/** The person's entry about `withId` in `round`, if any. */
export const entryOf = (f: PersonFeedback, round: number, withId: string): FeedbackEntry | undefined =>
  f.given.find((e) => e.round === round && e.withId === withId);

/** Whether `a` said yes to staying in touch with `b` (in any round they met). */
export const saidYes = (s: EventState, a: string, b: string): boolean =>
  (s.feedback[a]?.given ?? []).some((e) => e.withId === b && e.followUp);

/** Both said yes: the only case in which either learns of the other's yes. */
export const isMutual = (s: EventState, a: string, b: string): boolean => saidYes(s, a, b) && saidYes(s, b, a);

/** Why `personId` has no meeting with `withId` in `round` to give feedback on. */
function notMet(s: EventState, personId: string, round: number, withId: string): Failure {
  if (isAbsent(s, personId))
    return refuse.notFound('you are marked as not here, so there are no meetings to give feedback on', undefined, {
      code: 'feedbackAbsent',
    });
  const name = personOf(s, withId)?.name;
  return name === undefined
    ? refuse.notFound(`you did not sit with this person in round ${round}`, undefined, {
        code: 'notMetInRound',
        params: { round },
      })
    : refuse.notFound(`you did not sit with ${name} in round ${round}`, undefined, {
        code: 'notMetWith',
        params: { name, round },
      });
}

/**
 * `personId` gives feedback on `withId` for `round`: the fields sent replace theirs, the
 * others stay. The same tap twice changes nothing (the same state comes back).
 */
export function giveFeedback(
  s: EventState,
  personId: string,
  round: number,
  withId: string,
  body: FeedbackBody,
  now: number,
): Outcome<{ state: EventState; entry: FeedbackEntry }> {
  const met = meetingsOf(s, personId).some((m) => m.round === round && m.withId === withId);
  if (!met) return notMet(s, personId, round, withId);
  if (!roundBegun(s, round))
    return refuse.conflict(`round ${round} has not begun yet`, undefined, { code: 'roundNotBegun', params: { round } });
  if (!feedbackOpen(s, now))
    return refuse.conflict('feedback for this event has closed', undefined, { code: 'feedbackClosed' });
  const mine = personFeedbackOf(s, personId);
  const old = entryOf(mine, round, withId);
  const merged = {
    rating: body.rating !== undefined ? body.rating : (old?.rating ?? null),
    followUp: body.followUp ?? old?.followUp ?? false,
    note: body.note ?? old?.note ?? '',
  };
  if (old && old.rating === merged.rating && old.followUp === merged.followUp && old.note === merged.note)
    return ok({ state: s, entry: old });
  const entry: FeedbackEntry = { round, withId, ...merged, at: now };
  const given = old ? mine.given.map((e) => (e === old ? entry : e)) : [...mine.given, entry];
  const feedback = { ...s.feedback, [personId]: { ...mine, given } };
  return ok({ state: { ...s, feedback }, entry });
}

/** `personId` chooses what mutual follow-ups see of them. */
export function setSharing(s: EventState, personId: string, body: SharingBody): Outcome<EventState> {
  const person = personOf(s, personId);
  if (!person) return refuse.notFound('this person was removed from the event', undefined, { code: 'personRemoved' });
  if (body.share === 'email' && !person.email)
    return refuse.invalid(
      'there is no e-mail address for you in this event; share a contact line instead',
      [{ path: 'share', message: 'no e-mail address on file' }],
      { code: 'noEmailToShare' },
    );
  const sharing: Sharing = { share: body.share, contact: body.share === 'contact' ? (body.contact ?? null) : null };
  const mine = personFeedbackOf(s, personId);
  if (mine.sharing.share === sharing.share && mine.sharing.contact === sharing.contact) return ok(s);
  return ok({ ...s, feedback: { ...s.feedback, [personId]: { ...mine, sharing } } });
}

/** The organizer erases every rating, yes, note and contact of the event. */
export function eraseFeedback(s: EventState): { state: EventState; erased: number } {
  const erased = Object.values(s.feedback).reduce((n, f) => n + f.given.length, 0);
  return { state: Object.keys(s.feedback).length === 0 ? s : { ...s, feedback: {} }, erased };
}

/** What `personId` shares with a mutual follow-up: their e-mail or contact line, as they chose. */
export function sharedContact(s: EventState, personId: string): string | null {
  const sharing = s.feedback[personId]?.sharing ?? NO_SHARING;
  if (sharing.share === 'contact') return sharing.contact;
  if (sharing.share !== 'email') return null;
  const person = personOf(s, personId);
  return person?.email ?? null;
}

/**
 * Note when each round's talk began: the current phase's start (its end less its length; a
 * paused one from the time left), the rounds before it counted back along the timeline, and
 * the rounds after it whose start the running clock has already passed at `now` (phase
 * boundaries no command saw, e.g. while the server was down, up to an end they ran into).
 * `apply` calls it before bringing the clock to `now` and after the command. A clock reset to
 * idle (a rehearsal) forgets them, and a round beyond the clock's phase (an undone skip) is
 * forgotten too. The same state comes back when there is nothing new.
 */
export function noteRoundStarts(s: EventState, now: number): EventState {
  const c = s.clock;
  if (c.status === 'idle') return Object.keys(s.roundStarts).length === 0 ? s : { ...s, roundStarts: {} };
  if (c.status === 'finished') return s;
  const phases = phasesOf(s);
  const phase = phases[c.phaseIndex];
  if (!phase) return s;
  const starts: Record<string, number> = { ...s.roundStarts };
  let added = 0;
  // A round the clock has not reached was never held: an undone skip into it takes it back.
  const reached = phase.kind === 'meeting' ? phase.round : phase.round - 1;
  for (const key of Object.keys(starts)) {
    if (Number(key) > reached) {
      delete starts[key];
      added++;
    }
  }
  const note = (p: { kind: string; round: number }, at: number) => {
    if (p.kind !== 'meeting' || starts[String(p.round)] !== undefined) return;
    starts[String(p.round)] = at;
    added++;
  };
  const phaseStart =
    c.status === 'running' ? c.phaseEndsAt - phase.seconds * 1000 : now - (phase.seconds * 1000 - c.remainingMs);
  let back = phaseStart;
  for (let i = c.phaseIndex; i >= 0; i--) {
    if (i < c.phaseIndex) back -= phases[i]!.seconds * 1000;
    note(phases[i]!, back);
  }
  if (c.status === 'running') {
    let ahead = c.phaseEndsAt;
    for (let i = c.phaseIndex + 1; i < phases.length && ahead <= now; i++) {
      note(phases[i]!, ahead);
      ahead += phases[i]!.seconds * 1000;
    }
  }
  return added === 0 ? s : { ...s, roundStarts: starts };
}
