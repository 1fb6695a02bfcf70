/**
 * Self sign-up (issue 16): the organizer's settings, the sign-up code's version, and whether
 * sign-up is open for a role at `now` (pure: time is an argument).
 */
import type { RegistrationBody, RegistrationSettings } from '../../schemas/registration';
import { ok, refuse, type Outcome } from '../domain-error';
import type { Coded } from '../../schemas/issue-codes';
import type { EventState } from '../state';

/** Why sign-up is not open: the organizer closed it, `closesAt` passed, the role is full, the event ended. */
export type ClosedReason = 'closed' | 'closes-at' | 'full' | 'ended';

/** Whether one role may sign up now, and if not why, in plain words. */
export type RoleOpen = { open: true } | { open: false; reason: ClosedReason; message: string };

/** What a registration.set answers: the settings and whether a new sign-up code was made. */
export type RegistrationSet = { state: EventState; newCode: boolean };

/**
 * Open, close or change self sign-up. The first opening makes sign-up code 1; later changes
 * keep the code (a revoke replaces it). Settings left out keep their value; `null` clears a
 * limit. Opening an event that has ended is refused.
 */
export function setRegistration(state: EventState, body: RegistrationBody): Outcome<RegistrationSet> {
  if (body.open && state.clock.status === 'finished')
    return refuse.conflict('the event has ended; sign-up cannot open');
  const prev = state.registration;
  const pick = <K extends 'closesAt' | 'maxMentees' | 'maxMentors'>(k: K): number | null =>
    body[k] === undefined ? (prev?.[k] ?? null) : (body[k] ?? null);
  const codeVersion = prev?.codeVersion ?? 0;
  const newCode = body.open && codeVersion === 0;
  const registration: RegistrationSettings = {
    open: body.open,
    closesAt: pick('closesAt'),
    maxMentees: pick('maxMentees'),
    maxMentors: pick('maxMentors'),
    approval: body.approval,
    consentText: body.consentText ?? prev?.consentText ?? '',
    codeVersion: newCode ? 1 : codeVersion,
  };
  return ok({ state: { ...state, registration }, newCode });
}

/** Replace the sign-up code: the old one stops opening anything in the same transaction. */
export function revokeCode(state: EventState): Outcome<EventState> {
  const r = state.registration;
  if (!r || r.codeVersion === 0) return refuse.conflict('sign-up has never been opened: there is no code to replace');
  return ok({ ...state, registration: { ...r, codeVersion: r.codeVersion + 1 } });
}

/** People of a role who take a place: those in the event and the sign-ups waiting for approval. */
export function placesTaken(state: EventState, role: 'mentor' | 'mentee'): number {
  const people = role === 'mentor' ? state.mentors.length : state.mentees.length;
  let pending = 0;
  for (const r of state.registrations) if (r.role === role && r.status === 'pending') pending++;
  return people + pending;
}

const when = (t: number) =>
  new Date(t)
    .toISOString()
    .replace(/:\d\d\.\d{3}Z$/, ' UTC')
    .replace('T', ' ');

/** Whether `role` may sign up at `now`: open, before `closesAt`, below its capacity, event not ended. */
export function roleOpen(state: EventState, role: 'mentor' | 'mentee', now: number): RoleOpen {
  const r = state.registration;
  if (state.clock.status === 'finished')
    return { open: false, reason: 'ended', message: 'the event has ended; sign-up is closed' };
  if (!r?.open) return { open: false, reason: 'closed', message: 'registration is closed' };
  if (r.closesAt !== null && now >= r.closesAt)
    return { open: false, reason: 'closes-at', message: `registration closed at ${when(r.closesAt)}` };
  const max = role === 'mentor' ? r.maxMentors : r.maxMentees;
  if (max !== null && placesTaken(state, role) >= max)
    return { open: false, reason: 'full', message: `registration is full: there is no more room for ${role}s` };
  return { open: true };
}

/** The stable reason code of a closed sign-up (issue-codes.ts), for the refusal of a sign-up. */
export function closedReason(
  closed: Extract<RoleOpen, { open: false }>,
  state: EventState,
  role: 'mentor' | 'mentee',
): Coded {
  switch (closed.reason) {
    case 'closed':
      return { code: 'signupClosed' };
    case 'ended':
      return { code: 'signupEnded' };
    case 'closes-at':
      return { code: 'signupClosesAt', params: { closesAt: state.registration?.closesAt ?? 0 } };
    case 'full':
      return { code: 'signupFull', params: { role } };
  }
}

/** Sign-up as the public sign-up page shows it. */
export interface SignupOpenness {
  /** Whether anyone (a mentee or a mentor) may sign up now. */
  open: boolean;
  /** Why not, when not; a role that is full says so in `roles`. */
  reason: ClosedReason | null;
  message: string | null;
  closesAt: number | null;
  roles: { mentee: RoleOpen; mentor: RoleOpen };
}

/** Whether sign-up is open at `now`, overall and per role. */
export function signupOpenness(state: EventState, now: number): SignupOpenness {
  const mentee = roleOpen(state, 'mentee', now);
  const mentor = roleOpen(state, 'mentor', now);
  const open = mentee.open || mentor.open;
  const first = !mentee.open ? mentee : !mentor.open ? mentor : null;
  const closed = open || !first || first.open ? null : first;
  return {
    open,
    reason: closed ? closed.reason : null,
    message: closed ? closed.message : null,
    closesAt: state.registration?.closesAt ?? null,
    roles: { mentee, mentor },
  };
}
