import type { Attendance, Mentee, Mentor } from '../../../shared/schemas/people';
import { conflict, notFound } from '../../errors';
import { hasStarted, type EventState } from '../state';

/** The phase index the clock is in (null when idle or finished). */
export const phaseIndexOf = (s: EventState): number | null =>
  s.clock.status === 'running' || s.clock.status === 'paused' ? s.clock.phaseIndex : null;

/** A copy of the state with one person's attendance changed (the same state when it already was). */
export function withAttendance(state: EventState, personId: string, attendance: Attendance): { state: EventState; person: Mentor | Mentee } {
  const mentor = state.mentors.find((m) => m.id === personId);
  if (mentor) {
    if (mentor.attendance === attendance) return { state, person: mentor };
    const next: Mentor = { ...mentor, attendance };
    return { state: { ...state, mentors: state.mentors.map((m) => (m === mentor ? next : m)) }, person: next };
  }
  const mentee = state.mentees.find((m) => m.id === personId);
  if (mentee) {
    if (mentee.attendance === attendance) return { state, person: mentee };
    const next: Mentee = { ...mentee, attendance };
    return { state: { ...state, mentees: state.mentees.map((m) => (m === mentee ? next : m)) }, person: next };
  }
  throw notFound(`no person ${JSON.stringify(personId)} in this event`);
}

/**
 * The organizer records where a person stands at the door (pure). Only the attendance
 * changes: the seating follows when the organizer applies a previewed schedule, so a rush at
 * the door becomes one reviewed replan (see docs/api.md, "Live changes"). With
 * `expectedPhase`, a status tapped on a screen that is a phase behind is refused (409).
 */
export function setAttendance(state: EventState, personId: string, attendance: Attendance, expectedPhase?: number): { state: EventState; person: Mentor | Mentee } {
  if (state.clock.status === 'finished') throw conflict('the event has ended; attendance can no longer change');
  const at = phaseIndexOf(state);
  if (expectedPhase !== undefined && at !== expectedPhase) {
    throw conflict(`the clock is no longer in phase ${expectedPhase} (now ${at === null ? state.clock.status : `phase ${at}`})`);
  }
  return withAttendance(state, personId, attendance);
}

/** A person checks themself in from their own page (pure): only before the start. */
export function selfCheckIn(state: EventState, personId: string): { state: EventState; person: Mentor | Mentee } {
  if (state.clock.status !== 'idle' || hasStarted(state)) {
    throw conflict('the event has started: check in with the organizer at the door');
  }
  return withAttendance(state, personId, 'present');
}

/** Everyone still "expected" becomes "absent" (pure): planning with the checked-in people only. */
export function markExpectedAbsent(state: EventState): EventState {
  const mentors = state.mentors.some((m) => m.attendance === 'expected')
    ? state.mentors.map((m): Mentor => (m.attendance === 'expected' ? { ...m, attendance: 'absent' } : m))
    : state.mentors;
  const mentees = state.mentees.some((m) => m.attendance === 'expected')
    ? state.mentees.map((m): Mentee => (m.attendance === 'expected' ? { ...m, attendance: 'absent' } : m))
    : state.mentees;
  return mentors === state.mentors && mentees === state.mentees ? state : { ...state, mentors, mentees };
}
