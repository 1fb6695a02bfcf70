import type { Attendance, Mentee, Mentor } from '../../schemas/people';
import { activePhaseIndex } from '../../timeline';
import { ok, refuse, type Outcome } from '../domain-error';
import { hasStarted, type EventState } from '../state';

type Changed = { state: EventState; person: Mentor | Mentee };

/** A copy of the state with one person's attendance changed (the same state when it already was). */
export function withAttendance(state: EventState, personId: string, attendance: Attendance): Outcome<Changed> {
  const mentor = state.mentors.find((m) => m.id === personId);
  if (mentor) {
    if (mentor.attendance === attendance) return ok({ state, person: mentor });
    const next: Mentor = { ...mentor, attendance };
    return ok({ state: { ...state, mentors: state.mentors.map((m) => (m === mentor ? next : m)) }, person: next });
  }
  const mentee = state.mentees.find((m) => m.id === personId);
  if (mentee) {
    if (mentee.attendance === attendance) return ok({ state, person: mentee });
    const next: Mentee = { ...mentee, attendance };
    return ok({ state: { ...state, mentees: state.mentees.map((m) => (m === mentee ? next : m)) }, person: next });
  }
  return refuse.notFound(`no person ${JSON.stringify(personId)} in this event`, undefined, {
    code: 'noSuchPerson',
    params: { personId },
  });
}

/**
 * The organizer records where a person stands at the door. Only the attendance changes: the
 * seating follows when the organizer applies a previewed schedule, so a rush at the door
 * becomes one reviewed replan (docs/api.md, "Live changes"). With `expectedPhase`, a status
 * tapped on a screen that is a phase behind is refused.
 */
export function setAttendance(
  state: EventState,
  personId: string,
  attendance: Attendance,
  expectedPhase?: number,
): Outcome<Changed> {
  if (state.clock.status === 'finished') return refuse.conflict('the event has ended; attendance can no longer change');
  const at = activePhaseIndex(state.clock);
  if (expectedPhase !== undefined && at !== expectedPhase) {
    return refuse.conflict(
      `the clock is no longer in phase ${expectedPhase} (now ${at === null ? state.clock.status : `phase ${at}`})`,
    );
  }
  return withAttendance(state, personId, attendance);
}

const checkInClosed = () =>
  refuse.conflict('the event has ended; check-in is closed', undefined, { code: 'checkInEnded' });

/** A person checks themself in from their own page: only before the start. */
export function selfCheckIn(state: EventState, personId: string): Outcome<Changed> {
  // After the end there is no door to send anyone to (the organizer's attendance.set refuses too).
  if (state.clock.status === 'finished') return checkInClosed();
  if (state.clock.status !== 'idle' || hasStarted(state)) {
    return refuse.conflict('the event has started: check in with the organizer at the door', undefined, {
      code: 'checkInStarted',
    });
  }
  return withAttendance(state, personId, 'present');
}

/**
 * A person the organizer marked absent or gone says from their own page that they are here
 * after all: before or after the start, they become present. Like a check-in at the door, only
 * the attendance changes; the organizer sees the pending seat and applies a reviewed replan.
 */
export function hereAfterAll(state: EventState, personId: string): Outcome<Changed> {
  if (state.clock.status === 'finished') return checkInClosed();
  return withAttendance(state, personId, 'present');
}

/** Everyone still "expected" becomes "absent": planning with the checked-in people only. */
export function markExpectedAbsent(state: EventState): EventState {
  const absent = <P extends Mentor | Mentee>(people: P[]): P[] =>
    people.some((p) => p.attendance === 'expected')
      ? people.map((p) => (p.attendance === 'expected' ? { ...p, attendance: 'absent' } : p))
      : people;
  const mentors = absent(state.mentors);
  const mentees = absent(state.mentees);
  return mentors === state.mentors && mentees === state.mentees ? state : { ...state, mentors, mentees };
}
