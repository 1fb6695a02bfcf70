import { didYouMean, nameSuggester } from '../../csv/did-you-mean';
import type { Issue } from '../../schemas/errors';
import type { Locale } from '../../schemas/locale';
import type { AddPeople, Mentee, Mentor, PersonPatch } from '../../schemas/people';
import { ok, refuse, type Outcome } from '../domain-error';
import { hasStarted, isPeerEvent, type EventState } from '../state';
import { addPeers, checkPeerWishAvoid, pairingIssues, peerIndex, resolvePeers } from './peers';
import { freeTableLabels, indexMentors, nameKey, nameTaken, registerNames, type MentorIndex } from './names';

/**
 * What to add to "no mentor named …": that the name is a mentee's, or the mentor name it is
 * most likely a typo of (shared/csv/did-you-mean.ts); worked out only once a name is unknown.
 */
function unknownNameHint(mentorNames: () => Iterable<string>, menteeNames: () => Iterable<string>) {
  let suggest: ReturnType<typeof nameSuggester> | undefined;
  let mentees: Set<string> | undefined;
  return (name: string): string => {
    mentees ??= new Set([...menteeNames()].map(nameKey));
    if (mentees.has(nameKey(name))) return ' (that is a mentee)';
    suggest ??= nameSuggester(mentorNames());
    return didYouMean(suggest.closest(name));
  };
}

type Hint = (name: string) => string;

/** Resolve mentor names to ids, one issue per unknown or ambiguous name at `${path}.${i}`. */
function resolveNames(names: string[], index: MentorIndex, path: string, issues: Issue[], hint: Hint): string[] {
  // A Set, not ids.includes: 5,000 mentees with 50 wishes and 50 avoids each made the
  // quadratic look-up 25 million comparisons on the event loop.
  const ids = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const found = index.find(names[i]!);
    if ('error' in found) {
      const unknown = found.code === 'noOneNamed';
      const message = found.error + (unknown ? hint(names[i]!) : '');
      issues.push({
        path: `${path}.${i}`,
        message,
        code: found.code,
        ...(found.params ? { params: found.params } : {}),
      });
    } else ids.add(found.id);
  }
  return [...ids];
}

/** A mentee's wish that is also an avoid (the people API, the sign-up, a backup). */
export const WISHED_AND_AVOIDED = {
  message: 'a mentor cannot be both wished for and avoided',
  code: 'wishedAndAvoided',
  params: { role: 'mentor' },
} as const;

function checkWishAvoid(wishes: string[], avoid: string[], path: string, issues: Issue[]): void {
  const avoided = new Set(avoid);
  if (wishes.some((w) => avoided.has(w))) issues.push({ path, ...WISHED_AND_AVOIDED });
}

/** The message of a refused batch of people; the issues say which person and field (`mentees.3.wishes.0`). */
const peopleRefused = (issues: Issue[]) =>
  refuse.invalid(
    `${issues.length} problem${issues.length === 1 ? '' : 's'} with the people; nothing was added`,
    issues,
  );

export type PeopleAdded = { state: EventState; mentors: Mentor[]; mentees: Mentee[] };

/**
 * Whether people added now are walk-ins: the clock has started (and not ended) and there is a
 * schedule. A walk-in is recorded as present at once but seated only when the organizer applies
 * a previewed replan, like every other door change (rules/preview.ts): adding someone never
 * moves anyone by itself. Before the start an existing plan is simply remade to include them.
 */
export function addedAtTheDoor(state: EventState): boolean {
  return hasStarted(state) && state.clock.status !== 'finished' && state.schedule !== null;
}

/**
 * Add mentors and mentees. A name another person of the same role holds, in the event or
 * earlier in the batch (compared by `nameKey`: case, accents and invisible characters aside),
 * is refused, naming that person. Wishes and avoids name mentors, existing or in this batch
 * (an unknown name says whether it is a mentee's, or which mentor it is a likely typo of);
 * tables default to the first free T1, T2, …; a table label two mentors would share is
 * refused. Every problem is listed, each at its JSON path, and nothing is added. Walk-ins
 * (`addedAtTheDoor`) are recorded present.
 */
export function addPeople(state: EventState, input: AddPeople, newId: () => string): Outcome<PeopleAdded> {
  const attendance = addedAtTheDoor(state) ? 'present' : 'expected';
  // Peer rounds (issue 17): one pool, `peers` only; any other event takes no peers (rules/peers.ts).
  const misfit = pairingIssues(isPeerEvent(state), input);
  if (misfit.length > 0) return refuse.invalid(misfit[0]!.message, misfit);
  if (isPeerEvent(state)) {
    const peers = addPeers(state, input.peers ?? [], attendance, newId);
    if (!peers.ok) return peers;
    const mentees = peers.value.length ? [...state.mentees, ...peers.value] : state.mentees;
    return ok({ state: { ...state, mentees }, mentors: [], mentees: peers.value });
  }
  const issues: Issue[] = [];
  const mentorNames = registerNames(state.mentors);
  const menteeNames = registerNames(state.mentees);
  const taken = new Map(state.mentors.map((m) => [nameKey(m.table), m.name]));
  const explicit = new Set(input.mentors.flatMap((m) => (m.table ? [nameKey(m.table)] : [])));
  const nextLabel = freeTableLabels({ has: (key) => taken.has(key) || explicit.has(key) });
  const refusedMentors = new Set<number>();
  const mentors: Mentor[] = input.mentors.map((m, index) => {
    const duplicate = nameTaken(mentorNames, m.name, 'mentor');
    if (duplicate !== undefined) {
      issues.push({ path: `mentors.${index}.name`, ...duplicate });
      refusedMentors.add(index);
    } else mentorNames.set(nameKey(m.name), { name: m.name, at: `mentors.${index}` });
    let table = m.table;
    if (table !== undefined) {
      const holder = taken.get(nameKey(table));
      if (holder !== undefined)
        issues.push({
          path: `mentors.${index}.table`,
          message: `table ${JSON.stringify(table)} is already taken by ${holder}`,
          code: 'tableTaken',
          params: { table, holder },
        });
    } else {
      table = nextLabel();
    }
    taken.set(nameKey(table), m.name);
    return {
      id: newId(),
      name: m.name,
      table,
      ...(m.bio ? { bio: m.bio } : {}),
      topics: m.topics,
      ...(m.email ? { email: m.email } : {}),
      ...(m.group ? { group: m.group } : {}),
      ...(m.meetingUrl ? { meetingUrl: m.meetingUrl } : {}),
      ...(m.locale ? { locale: m.locale } : {}),
      attendance,
    };
  });
  // A refused mentor is left out, so a wish for the name finds the one who holds it.
  const known = [...state.mentors, ...mentors.filter((_, i) => !refusedMentors.has(i))];
  const index = indexMentors(known);
  const hint = unknownNameHint(
    () => known.map((m) => m.name),
    () => [...state.mentees.map((m) => m.name), ...input.mentees.map((m) => m.name)],
  );
  const mentees: Mentee[] = input.mentees.map((m, i) => {
    const at = `mentees.${i}`;
    const duplicate = nameTaken(menteeNames, m.name, 'mentee');
    if (duplicate !== undefined) issues.push({ path: `${at}.name`, ...duplicate });
    else menteeNames.set(nameKey(m.name), { name: m.name, at });
    const wishes = resolveNames(m.wishes, index, `${at}.wishes`, issues, hint);
    const avoid = resolveNames(m.avoid, index, `${at}.avoid`, issues, hint);
    checkWishAvoid(wishes, avoid, `${at}.avoid`, issues);
    const email = m.email ? { email: m.email } : {};
    // A priority of 0 is the default and left out, as the stored mentee leaves it out.
    const ranked = { ...(m.group ? { group: m.group } : {}), ...(m.priority ? { priority: m.priority } : {}) };
    // A fixed seat (used when mentors move); left out when none, as the stored mentee leaves it out.
    const seat = m.table ? { table: m.table } : {};
    return {
      id: newId(),
      name: m.name,
      questions: m.questions,
      wishes,
      avoid,
      ...email,
      ...ranked,
      ...seat,
      ...(m.locale ? { locale: m.locale } : {}),
      attendance,
    };
  });
  if (issues.length > 0) return peopleRefused(issues);
  return ok({
    state: {
      ...state,
      mentors: mentors.length ? [...state.mentors, ...mentors] : state.mentors,
      mentees: mentees.length ? [...state.mentees, ...mentees] : state.mentees,
    },
    mentors,
    mentees,
  });
}

const MENTOR_FIELDS = new Set(['name', 'table', 'bio', 'topics', 'email', 'group', 'meetingUrl', 'locale']);
// A mentee's `table` is the seat they keep when mentors move (issue 17).
const MENTEE_FIELDS = new Set([
  'name',
  'questions',
  'wishes',
  'avoid',
  'email',
  'group',
  'priority',
  'table',
  'locale',
]);

/**
 * A person after a patch of their plain fields: a group, meeting link or seat of '' removes it, a priority of 0 is
 * left out (the default), every other field replaces the stored one.
 */
function patched<P extends Mentor | Mentee>(person: P, fields: Partial<PersonPatch>): P {
  const { group, priority, meetingUrl, table, ...rest } = fields;
  const next: Record<string, unknown> = { ...person, ...rest };
  for (const [k, v] of [
    ['group', group],
    ['meetingUrl', meetingUrl],
    // Only a mentee's seat can be cleared: a mentor's '' is refused before (patchPerson).
    ['table', table],
  ] as const) {
    if (v === undefined) continue;
    if (v === '') delete next[k];
    else next[k] = v;
  }
  if (priority !== undefined) {
    if (priority === 0) delete next.priority;
    else next.priority = priority;
  }
  return next as P;
}

export type PersonChanged = { state: EventState; person: Mentor | Mentee };

/**
 * Change one person's fields; fields of the other role are refused, and so are a name another
 * person of the same role holds (by `nameKey`; their own name in another case is fine) and a
 * table another mentor has.
 */
export function patchPerson(state: EventState, personId: string, patch: PersonPatch): Outcome<PersonChanged> {
  const mentor = state.mentors.find((m) => m.id === personId);
  const mentee = mentor ? undefined : state.mentees.find((m) => m.id === personId);
  if (!mentor && !mentee) return refuse.notFound(`no person ${JSON.stringify(personId)} in this event`);
  const role = mentor ? 'mentor' : 'mentee';
  const allowed = mentor ? MENTOR_FIELDS : MENTEE_FIELDS;
  const wrong = Object.keys(patch).filter((k) => !allowed.has(k));
  if (wrong.length > 0) {
    return refuse.invalid(
      `a ${role} has no ${wrong.join(', ')}`,
      wrong.map((k) => ({
        path: k,
        message: `not a field of a ${role}`,
        code: 'notForRole',
        params: { role, field: k },
      })),
    );
  }
  const issues: Issue[] = [];
  if (patch.name !== undefined) {
    const others = (mentor ? state.mentors : state.mentees).filter((p) => p.id !== personId);
    const duplicate = nameTaken(registerNames(others), patch.name, role);
    if (duplicate !== undefined) issues.push({ path: 'name', ...duplicate });
  }
  if (mentor) {
    let tableMessage: string | undefined;
    if (patch.table === '')
      issues.push({ path: 'table', message: 'a mentor needs a table: it cannot be empty', code: 'empty' });
    else if (patch.table !== undefined) {
      const label = nameKey(patch.table);
      const holder = state.mentors.find((m) => m.id !== personId && nameKey(m.table) === label);
      if (holder) {
        const params = { table: patch.table, holder: holder.name };
        issues.push({ path: 'table', message: `already taken by ${holder.name}`, code: 'tableTaken', params });
        tableMessage = `table ${JSON.stringify(patch.table)} is already taken by ${holder.name}`;
      }
    }
    if (issues.length > 0) return refuse.invalid(summary(issues, tableMessage, role), issues);
    const next: Mentor = patched(mentor, patch);
    return ok({ state: { ...state, mentors: state.mentors.map((m) => (m.id === personId ? next : m)) }, person: next });
  }
  if (isPeerEvent(state)) return patchPeer(state, mentee!, patch, issues);
  const index = indexMentors(state.mentors);
  const hint = unknownNameHint(
    () => state.mentors.map((m) => m.name),
    () => state.mentees.map((m) => m.name),
  );
  const wishes = patch.wishes ? resolveNames(patch.wishes, index, 'wishes', issues, hint) : mentee!.wishes;
  const avoid = patch.avoid ? resolveNames(patch.avoid, index, 'avoid', issues, hint) : mentee!.avoid;
  checkWishAvoid(wishes, avoid, 'avoid', issues);
  if (issues.length > 0) return refuse.invalid(summary(issues, undefined, role), issues);
  const { wishes: _w, avoid: _a, ...rest } = patch;
  const next: Mentee = { ...patched(mentee!, rest), wishes, avoid };
  return ok({ state: { ...state, mentees: state.mentees.map((m) => (m.id === personId ? next : m)) }, person: next });
}

/** patchPerson for a peer: like a mentee's, with wishes and avoids naming other peers. */
function patchPeer(state: EventState, peer: Mentee, patch: PersonPatch, issues: Issue[]): Outcome<PersonChanged> {
  const find = peerIndex(state.mentees);
  const wishes = patch.wishes ? resolvePeers(patch.wishes, find, peer.id, 'wishes', issues) : peer.wishes;
  const avoid = patch.avoid ? resolvePeers(patch.avoid, find, peer.id, 'avoid', issues) : peer.avoid;
  checkPeerWishAvoid(wishes, avoid, 'avoid', issues);
  if (issues.length > 0) return refuse.invalid(summary(issues, undefined, 'mentee'), issues);
  const { wishes: _w, avoid: _a, ...rest } = patch;
  const next: Mentee = { ...patched(peer, rest), wishes, avoid };
  return ok({ state: { ...state, mentees: state.mentees.map((m) => (m.id === peer.id ? next : m)) }, person: next });
}

/** The message of a refused patch: a lone name or table problem says itself; else "invalid mentor" (or mentee). */
function summary(issues: Issue[], tableMessage: string | undefined, role: 'mentor' | 'mentee'): string {
  if (issues.length === 1 && issues[0]!.path === 'name') return issues[0]!.message;
  if (issues.length === 1 && tableMessage !== undefined) return tableMessage;
  return `invalid ${role}`;
}

/** What a removed person wrote goes with them (the store deletes the row with the person's). */
function withoutFeedbackOf(state: EventState, personId: string): EventState {
  if (!(personId in state.feedback)) return state;
  const { [personId]: _gone, ...feedback } = state.feedback;
  return { ...state, feedback };
}

/** Remove a person; a removed mentor also leaves every mentee's wishes and avoids. */
export function deletePerson(state: EventState, personId: string): Outcome<EventState> {
  if (state.mentors.some((m) => m.id === personId)) {
    const running = state.clock.status !== 'idle' && state.clock.status !== 'finished';
    if (running && state.mentors.length === 1) {
      return refuse.conflict('the last mentor of a running event cannot be removed; end the event first');
    }
    const drop = (ids: string[]) => (ids.includes(personId) ? ids.filter((i) => i !== personId) : ids);
    const named = (m: Mentee) => m.wishes.includes(personId) || m.avoid.includes(personId);
    return ok({
      ...withoutFeedbackOf(state, personId),
      mentors: state.mentors.filter((m) => m.id !== personId),
      mentees: state.mentees.map((m) => (named(m) ? { ...m, wishes: drop(m.wishes), avoid: drop(m.avoid) } : m)),
    });
  }
  if (state.mentees.some((m) => m.id === personId)) {
    const left = state.mentees.filter((m) => m.id !== personId);
    // A removed peer also leaves the other peers' wishes and avoids (they name peers there).
    const drop = (ids: string[]) => ids.filter((i) => i !== personId);
    const named = (m: Mentee) => m.wishes.includes(personId) || m.avoid.includes(personId);
    const mentees = isPeerEvent(state)
      ? left.map((m) => (named(m) ? { ...m, wishes: drop(m.wishes), avoid: drop(m.avoid) } : m))
      : left;
    return ok({ ...withoutFeedbackOf(state, personId), mentees });
  }
  return refuse.notFound(`no person ${JSON.stringify(personId)} in this event`);
}

/**
 * A person's own language (issue 19), picked on their phone: their mail is written in it. The
 * same language again changes nothing (the state is returned as it was).
 */
export function setPersonLocale(state: EventState, personId: string, locale: Locale): Outcome<EventState> {
  const person = [...state.mentors, ...state.mentees].find((p) => p.id === personId);
  if (!person) return refuse.notFound('this person was removed from the event', undefined, { code: 'personRemoved' });
  if (person.locale === locale) return ok(state);
  const set = <P extends Mentor | Mentee>(list: P[]) => list.map((p) => (p === person ? { ...p, locale } : p));
  return ok({ ...state, mentors: set(state.mentors), mentees: set(state.mentees) });
}

/** Replace a mentee's prepared questions; refused once the event has ended. */
export function updateQuestions(state: EventState, personId: string, questions: string[]): Outcome<EventState> {
  if (state.clock.status === 'finished')
    return refuse.conflict('the event has ended; questions can no longer change', undefined, {
      code: 'questionsEnded',
    });
  const mentee = state.mentees.find((m) => m.id === personId);
  if (!mentee) return refuse.notFound('no such mentee', undefined, { code: 'noSuchMentee' });
  return ok({ ...state, mentees: state.mentees.map((m) => (m === mentee ? { ...m, questions } : m)) });
}
