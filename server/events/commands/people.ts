import type { AddPeople, Mentee, Mentor, PersonPatch } from '../../../shared/schemas/people';
import { badRequest, conflict, notFound } from '../../errors';
import type { EventState } from '../state';
import { indexMentors, nameKey, nextTableLabel, type MentorIndex } from './names';

/** A problem with one person of an input, located so the caller can name it (JSON path or CSV line). */
export interface PersonIssue {
  kind: 'mentors' | 'mentees';
  index: number;
  field: string;
  message: string;
}

export class PeopleError extends Error {
  constructor(readonly issues: PersonIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} with the people; nothing was added`);
  }
}

function resolveNames(names: string[], index: MentorIndex, at: Omit<PersonIssue, 'message' | 'field'>, field: 'wishes' | 'avoid', issues: PersonIssue[]): string[] {
  const ids: string[] = [];
  names.forEach((name, i) => {
    const found = index.find(name);
    if ('error' in found) issues.push({ ...at, field: `${field}.${i}`, message: found.error });
    else if (!ids.includes(found.id)) ids.push(found.id);
  });
  return ids;
}

function checkWishAvoid(wishes: string[], avoid: string[], at: Omit<PersonIssue, 'message' | 'field'>, issues: PersonIssue[]): void {
  if (wishes.some((w) => avoid.includes(w))) issues.push({ ...at, field: 'avoid', message: 'a mentor cannot be both wished for and avoided' });
}

/**
 * Add mentors and mentees (pure). Wishes and avoids name mentors, existing or in this batch;
 * tables default to the first free T1, T2, …; a table label two mentors would share is refused.
 * Throws PeopleError listing every problem, adding nothing.
 */
export function addPeople(state: EventState, input: AddPeople, ids: string[]): { state: EventState; mentors: Mentor[]; mentees: Mentee[] } {
  const issues: PersonIssue[] = [];
  const nextId = (() => { let i = 0; return () => ids[i++] ?? `x${i}`; })();
  const taken = new Map(state.mentors.map((m) => [nameKey(m.table), m.name]));
  const explicit = new Set(input.mentors.flatMap((m) => (m.table ? [nameKey(m.table)] : [])));
  const mentors: Mentor[] = input.mentors.map((m, index) => {
    let table = m.table;
    if (table !== undefined) {
      const holder = taken.get(nameKey(table));
      if (holder !== undefined) issues.push({ kind: 'mentors', index, field: 'table', message: `table ${JSON.stringify(table)} is already ${holder === m.name ? 'taken' : `taken by ${holder}`}` });
    } else {
      table = nextTableLabel(new Set([...taken.keys(), ...explicit]));
    }
    taken.set(nameKey(table), m.name);
    return { id: nextId(), name: m.name, table, ...(m.bio ? { bio: m.bio } : {}), topics: m.topics, ...(m.email ? { email: m.email } : {}), attendance: 'expected' };
  });
  const index = indexMentors([...state.mentors, ...mentors]);
  const mentees: Mentee[] = input.mentees.map((m, i) => {
    const at = { kind: 'mentees' as const, index: i };
    const wishes = resolveNames(m.wishes, index, at, 'wishes', issues);
    const avoid = resolveNames(m.avoid, index, at, 'avoid', issues);
    checkWishAvoid(wishes, avoid, at, issues);
    return { id: nextId(), name: m.name, questions: m.questions, wishes, avoid, ...(m.email ? { email: m.email } : {}), attendance: 'expected' };
  });
  if (issues.length > 0) throw new PeopleError(issues);
  return {
    state: { ...state, mentors: mentors.length ? [...state.mentors, ...mentors] : state.mentors, mentees: mentees.length ? [...state.mentees, ...mentees] : state.mentees },
    mentors,
    mentees,
  };
}

const MENTOR_FIELDS = new Set(['name', 'table', 'bio', 'topics', 'email']);
const MENTEE_FIELDS = new Set(['name', 'questions', 'wishes', 'avoid', 'email']);

/** Change one person's fields (pure); fields of the other role are refused with a 400. */
export function patchPerson(state: EventState, personId: string, patch: PersonPatch): { state: EventState; person: Mentor | Mentee } {
  const mentor = state.mentors.find((m) => m.id === personId);
  const mentee = mentor ? undefined : state.mentees.find((m) => m.id === personId);
  if (!mentor && !mentee) throw notFound(`no person ${JSON.stringify(personId)} in this event`);
  const allowed = mentor ? MENTOR_FIELDS : MENTEE_FIELDS;
  const wrong = Object.keys(patch).filter((k) => !allowed.has(k));
  if (wrong.length > 0) {
    throw badRequest(`a ${mentor ? 'mentor' : 'mentee'} has no ${wrong.join(', ')}`, wrong.map((k) => ({ path: k, message: `not a field of a ${mentor ? 'mentor' : 'mentee'}` })));
  }
  if (mentor) {
    if (patch.table !== undefined) {
      const holder = state.mentors.find((m) => m.id !== personId && nameKey(m.table) === nameKey(patch.table!));
      if (holder) throw badRequest(`table ${JSON.stringify(patch.table)} is already taken by ${holder.name}`, [{ path: 'table', message: `already taken by ${holder.name}` }]);
    }
    const next: Mentor = { ...mentor, ...patch as Partial<Mentor> };
    return { state: { ...state, mentors: state.mentors.map((m) => (m.id === personId ? next : m)) }, person: next };
  }
  const issues: PersonIssue[] = [];
  const index = indexMentors(state.mentors);
  const at = { kind: 'mentees' as const, index: 0 };
  const wishes = patch.wishes ? resolveNames(patch.wishes, index, at, 'wishes', issues) : mentee!.wishes;
  const avoid = patch.avoid ? resolveNames(patch.avoid, index, at, 'avoid', issues) : mentee!.avoid;
  checkWishAvoid(wishes, avoid, at, issues);
  if (issues.length > 0) throw badRequest('invalid mentee', issues.map((i) => ({ path: i.field, message: i.message })));
  const { wishes: _w, avoid: _a, ...rest } = patch;
  const next: Mentee = { ...mentee!, ...rest as Partial<Mentee>, wishes, avoid };
  return { state: { ...state, mentees: state.mentees.map((m) => (m.id === personId ? next : m)) }, person: next };
}

/** Remove a person (pure); a removed mentor also leaves every mentee's wishes and avoids. */
export function deletePerson(state: EventState, personId: string): EventState {
  if (state.mentors.some((m) => m.id === personId)) {
    if (state.clock.status !== 'idle' && state.clock.status !== 'finished' && state.mentors.length === 1) {
      throw conflict('the last mentor of a running event cannot be removed; end the event first');
    }
    const drop = (ids: string[]) => (ids.includes(personId) ? ids.filter((i) => i !== personId) : ids);
    return {
      ...state,
      mentors: state.mentors.filter((m) => m.id !== personId),
      mentees: state.mentees.map((m) => (m.wishes.includes(personId) || m.avoid.includes(personId) ? { ...m, wishes: drop(m.wishes), avoid: drop(m.avoid) } : m)),
    };
  }
  if (state.mentees.some((m) => m.id === personId)) return { ...state, mentees: state.mentees.filter((m) => m.id !== personId) };
  throw notFound(`no person ${JSON.stringify(personId)} in this event`);
}

/** Replace a mentee's prepared questions (pure); refused once the event has ended. */
export function updateQuestions(state: EventState, personId: string, questions: string[]): EventState {
  if (state.clock.status === 'finished') throw conflict('the event has ended; questions can no longer change');
  const mentee = state.mentees.find((m) => m.id === personId);
  if (!mentee) throw notFound('no such mentee');
  return { ...state, mentees: state.mentees.map((m) => (m === mentee ? { ...m, questions } : m)) };
}
