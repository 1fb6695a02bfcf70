/**
 * A self sign-up and the organizer's decision on it (issue 16), pure: the sign-up page's body
 * becomes a pending registration or, with automatic approval, a person added the way
 * people.add adds one (apply.ts then replans, or leaves a door change once the event runs).
 */
import type { Issue } from '../../schemas/errors';
import type { Mentee, Mentor } from '../../schemas/people';
import {
  MAX_WAITING_REGISTRATIONS,
  type DecisionBody,
  type Registration,
  type RegistrationStatus,
  type SignupBody,
} from '../../schemas/registration';
import { ok, refuse, type Outcome } from '../domain-error';
import { isPeerEvent, type EventState } from '../state';
import { nameTaken, registerNames } from './names';
import { addPeople, WISHED_AND_AVOIDED } from './people';
import { closedReason, roleOpen } from './registration';

/** What a sign-up did. `person` is set when a person was added or updated. */
export interface SignupDone {
  state: EventState;
  status: RegistrationStatus;
  registrationId: string;
  /** The person added (`added`) or updated (`updated`), whose link the shell may give or mail. */
  person?: Mentor | Mentee;
  added: boolean;
  /**
   * True when the same e-mail had signed up before: a waiting sign-up is updated; a person already
   * in the event is left as they are (see updatePerson).
   */
  updated: boolean;
  /** Whether the sign-up code of this request derives the person's token (so the shell can make the link). */
  tokenFromThisCode: boolean;
  message: string;
}

const emailKey = (e: string | undefined) => (e ? e.toLowerCase() : undefined);
const waiting = (r: Registration) => r.status === 'pending' || r.status === 'wait-listed';

/** A field the other role fills in (`a mentor has no wishes`). */
const notForRole = (field: string, role: 'mentor' | 'mentee'): Issue => ({
  path: field,
  message: `a ${role} has no ${field}`,
  code: 'notForRole',
  params: { role, field },
});

/** The problems of a sign-up's fields: a name taken, unknown mentors, fields of the other role. */
function fieldIssues(state: EventState, b: SignupBody, except: { regId?: string; personId?: string }): Issue[] {
  const issues: Issue[] = [];
  const people = (b.role === 'mentor' ? state.mentors : state.mentees) as readonly { id: string; name: string }[];
  const others = [
    ...people.filter((p) => p.id !== except.personId),
    ...state.registrations.filter((r) => r.role === b.role && waiting(r) && r.id !== except.regId),
  ];
  const taken = nameTaken(registerNames(others), b.name, b.role);
  if (taken !== undefined) issues.push({ path: 'name', ...taken });
  if (isPeerEvent(state)) return [...issues, ...peerSignupIssues(b)];
  if (b.role === 'mentor') {
    for (const k of ['questions', 'wishes', 'avoid'] as const)
      if (b[k].length > 0) issues.push(notForRole(k, 'mentor'));
    return issues;
  }
  if (b.bio !== undefined) issues.push(notForRole('bio', 'mentee'));
  if (b.topics.length > 0) issues.push(notForRole('topics', 'mentee'));
  const mentors = new Set(state.mentors.map((m) => m.id));
  for (const k of ['wishes', 'avoid'] as const) {
    const seen = new Set<string>();
    b[k].forEach((id, i) => {
      const path = `${k}.${i}`;
      if (!mentors.has(id))
        issues.push({
          path,
          message: 'no such mentor (the list may have changed: reload the page)',
          code: 'mentorGone',
        });
      else if (seen.has(id)) issues.push({ path, message: 'this mentor is listed twice', code: 'listedTwice' });
      seen.add(id);
    });
  }
  if (b.wishes.some((w) => b.avoid.includes(w))) issues.push({ path: 'avoid', ...WISHED_AND_AVOIDED });
  return issues;
}

/**
 * A peer event (issue 17) signs up participants only: no mentors, and nothing that names other
 * people (the public page lists no participants) or that peers do not have.
 */
function peerSignupIssues(b: SignupBody): Issue[] {
  if (b.role === 'mentor')
    return [
      { path: 'role', message: 'a peer event has no mentors: sign up as a participant', code: 'peerEventNoMentors' },
    ];
  const issues: Issue[] = [];
  const notForPeers = (field: string): Issue => ({
    path: field,
    message: `a peer event takes no ${field} at sign-up`,
    code: 'notForPeerSignup',
    params: { field },
  });
  for (const k of ['questions', 'wishes', 'avoid', 'topics'] as const) if (b[k].length > 0) issues.push(notForPeers(k));
  if (b.bio !== undefined) issues.push(notForPeers('bio'));
  return issues;
}

const refusedFields = (issues: Issue[]) =>
  refuse.invalid(issues.length === 1 ? `${issues[0]!.path}: ${issues[0]!.message}` : 'please check the form', issues);

/** The people.add input for a sign-up (wishes and avoid by name: names are unique per role). */
function peopleInput(
  state: EventState,
  r: Pick<Registration, 'role' | 'name' | 'email' | 'questions' | 'wishes' | 'avoid' | 'bio' | 'topics' | 'locale'>,
) {
  const nameOf = new Map(state.mentors.map((m) => [m.id, m.name]));
  const names = (ids: string[]) => ids.flatMap((id) => (nameOf.has(id) ? [nameOf.get(id)!] : []));
  // The language of the sign-up page goes with the person (issue 19), like their e-mail.
  const email = { ...(r.email ? { email: r.email } : {}), ...(r.locale ? { locale: r.locale } : {}) };
  // A peer event's participants are added as peers (stored as its mentees).
  if (isPeerEvent(state))
    return { mentors: [], mentees: [], peers: [{ name: r.name, wishes: [], avoid: [], ...email }] };
  if (r.role === 'mentor')
    return { mentors: [{ name: r.name, topics: r.topics, ...(r.bio ? { bio: r.bio } : {}), ...email }], mentees: [] };
  return {
    mentors: [],
    mentees: [{ name: r.name, questions: r.questions, wishes: names(r.wishes), avoid: names(r.avoid), ...email }],
  };
}

/** A registered sign-up keeps only who and when: the person holds the details. */
const slim = (r: Registration): Registration => ({
  ...r,
  questions: [],
  wishes: [],
  avoid: [],
  topics: [],
  bio: undefined,
});

/** Add the person of a sign-up; their record becomes `registered`. */
function register(state: EventState, reg: Registration, newId: () => string, tokenCode: number | undefined) {
  const added = addPeople(state, peopleInput(state, reg), newId);
  if (!added.ok) return added;
  const person = (added.value.mentors[0] ?? added.value.mentees[0])!;
  const { bio: _bio, ...rest } = slim(reg);
  const record: Registration = {
    ...rest,
    status: 'registered',
    personId: person.id,
    ...(tokenCode !== undefined ? { tokenCode } : {}),
  };
  return ok({ state: added.value.state, person, record });
}

const withRecord = (state: EventState, record: Registration): EventState => {
  const at = state.registrations.findIndex((r) => r.id === record.id);
  const registrations =
    at < 0 ? [...state.registrations, record] : state.registrations.map((r, i) => (i === at ? record : r));
  return { ...state, registrations };
};

/**
 * A sign-up through code `codeVersion` at `now`. The same e-mail (case aside) of the same role
 * updates the waiting sign-up or the person it became instead of adding another; a refused
 * one stays refused and says why. A new sign-up needs sign-up open for its role (not closed,
 * before `closesAt`, below capacity) and room in the organizer's queue; with automatic
 * approval it becomes a person at once.
 */
export function submitSignup(
  state: EventState,
  b: SignupBody,
  now: number,
  codeVersion: number,
  newId: () => string,
): Outcome<SignupDone> {
  const settings = state.registration;
  if (!settings || settings.codeVersion !== codeVersion)
    return refuse.forbidden('this sign-up link was replaced: ask the organizer for the new one', undefined, {
      code: 'signupLinkReplaced',
    });
  const open = roleOpen(state, b.role, now);
  // Closed or past closesAt stops updates too; "full" only stops new sign-ups.
  if (!open.open && open.reason !== 'full')
    return refuse.conflict(open.message, undefined, closedReason(open, state, b.role));
  const email = b.email === '' ? undefined : b.email;
  const body: SignupBody = { ...b, ...(email ? { email } : {}) };
  if (!email) delete body.email;
  const key = emailKey(email);
  const same = key
    ? state.registrations.find((r) => r.role === b.role && r.status !== 'registered' && emailKey(r.email) === key)
    : undefined;
  const people: readonly (Mentor | Mentee)[] = b.role === 'mentor' ? state.mentors : state.mentees;
  const person = key ? people.find((p) => emailKey(p.email) === key) : undefined;

  if (person) return updatePerson(state, body, person, codeVersion);
  if (same) {
    if (same.status === 'refused')
      return refuse.conflict(
        `this e-mail's sign-up was refused${same.reason ? `: ${same.reason}` : ''}`,
        undefined,
        same.reason ? { code: 'signupRefusedBecause', params: { reason: same.reason } } : { code: 'signupRefused' },
      );
    const issues = fieldIssues(state, body, { regId: same.id });
    if (issues.length > 0) return refusedFields(issues);
    const record: Registration = { ...same, ...details(body), updatedAt: now };
    const where =
      same.status === 'pending' ? "it is waiting for the organizer's approval" : 'it is on the waiting list';
    return ok({
      state: withRecord(state, record),
      status: same.status,
      registrationId: same.id,
      added: false,
      updated: true,
      tokenFromThisCode: false,
      message: `You had already signed up with this e-mail: your sign-up was updated, and ${where}.`,
    });
  }
  if (!open.open) return refuse.conflict(open.message, undefined, closedReason(open, state, b.role));
  if (state.registrations.filter(waiting).length >= MAX_WAITING_REGISTRATIONS)
    return refuse.conflict('too many sign-ups are waiting for the organizer; please try again later', undefined, {
      code: 'tooManyWaiting',
    });
  const issues = fieldIssues(state, body, {});
  if (issues.length > 0) return refusedFields(issues);
  const record: Registration = { id: newId(), ...details(body), status: 'pending', at: now, updatedAt: now };
  if (settings.approval === 'manual')
    return ok({
      state: withRecord(state, record),
      status: 'pending',
      registrationId: record.id,
      added: false,
      updated: false,
      tokenFromThisCode: false,
      message: "Thank you: your sign-up is waiting for the organizer's approval.",
    });
  const done = register(state, record, newId, codeVersion);
  if (!done.ok) return done;
  return ok({
    state: withRecord(done.value.state, done.value.record),
    status: 'registered',
    registrationId: record.id,
    person: done.value.person,
    added: true,
    updated: false,
    tokenFromThisCode: true,
    message: 'You are signed up. Keep your personal link: it opens your page for the event.',
  });
}

/** The stored fields of a sign-up body. */
function details(b: SignupBody): Omit<Registration, 'id' | 'status' | 'at' | 'updatedAt'> {
  return {
    role: b.role,
    name: b.name,
    ...(b.email ? { email: b.email } : {}),
    questions: b.questions,
    wishes: b.wishes,
    avoid: b.avoid,
    ...(b.bio ? { bio: b.bio } : {}),
    topics: b.topics,
    ...(b.locale ? { locale: b.locale } : {}),
  };
}

/**
 * The same e-mail signs up again after becoming a person: nothing changes and no one is added.
 * The sign-up code is public (a poster) and e-mail addresses are not secret, so a second sign-up
 * must not overwrite a person's details: the person changes them on their own page. When their
 * link came from a sign-up, the shell e-mails it again to the address on file (its owner).
 */
function updatePerson(state: EventState, b: SignupBody, person: Mentor | Mentee, codeVersion: number) {
  const issues = fieldIssues(state, b, { personId: person.id });
  if (issues.length > 0) return refusedFields(issues);
  const record = state.registrations.find((x) => x.personId === person.id);
  return ok({
    state,
    status: 'registered' as const,
    registrationId: record?.id ?? person.id,
    person,
    added: false,
    updated: true,
    tokenFromThisCode: record?.tokenCode === codeVersion,
    message:
      'This e-mail is already signed up for this event, so nothing was changed: change your questions ' +
      'on your own page (your personal link), or ask the organizer if you lost it.',
  });
}

/** What the organizer's decision did; `person` when an approval added one. */
export interface Decided {
  state: EventState;
  registration: Registration;
  person?: Mentor | Mentee;
}

/**
 * The organizer approves (the person is added, whatever the capacity), wait-lists or refuses
 * (with a reason the sign-up is told when it tries again) a sign-up that is not registered yet.
 */
export function decideRegistration(
  state: EventState,
  regId: string,
  d: DecisionBody,
  now: number,
  newId: () => string,
): Outcome<Decided> {
  const reg = state.registrations.find((r) => r.id === regId);
  if (!reg) return refuse.notFound(`no sign-up ${JSON.stringify(regId)} in this event`);
  if (reg.status === 'registered') return refuse.conflict(`${reg.name} is already in the event`);
  if (d.action === 'approve') {
    if (state.clock.status === 'finished') return refuse.conflict('the event has ended; no one can be added');
    const done = register(state, { ...reg, updatedAt: now }, newId, undefined);
    if (!done.ok) return done;
    return ok({
      state: withRecord(done.value.state, done.value.record),
      registration: done.value.record,
      person: done.value.person,
    });
  }
  const status: RegistrationStatus = d.action === 'refuse' ? 'refused' : 'wait-listed';
  const { reason: _r, ...rest } = reg;
  const record: Registration = { ...rest, status, updatedAt: now, ...(d.reason ? { reason: d.reason } : {}) };
  return ok({ state: withRecord(state, record), registration: record });
}

/** Sign-ups that name a removed person go with them (their e-mail is the person's). */
export function withoutRegistrationOf(state: EventState, personId: string): EventState {
  if (!state.registrations.some((r) => r.personId === personId)) return state;
  return { ...state, registrations: state.registrations.filter((r) => r.personId !== personId) };
}
