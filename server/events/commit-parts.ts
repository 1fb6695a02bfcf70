/**
 * What a committed change brings besides the state itself (server/events/service.ts's commit):
 * the secrets to store with it, the people the store writes, and the phases its clock entered.
 */
import type { EventState } from '../../shared/event/state';
import type { Mentee, Mentor } from '../../shared/schemas/people';
import { hashSecret, personTokenOf, projectorKeyOf, signupCodeOf, signupPersonTokenOf } from '../secrets';
import type { SecretRow } from '../store/event-store';
import type { Sender } from './service';

/** The phases a clock change entered, for the cluster's transition log ('end' when it finished). */
export function phasesEntered(prev: EventState | null, next: EventState): (number | 'end')[] {
  const was = prev && prev.clock.status !== 'idle' && prev.clock.status !== 'finished' ? prev.clock.phaseIndex : -1;
  if (next.clock.status === 'finished') return prev?.clock.status === 'finished' ? [] : ['end'];
  if (next.clock.status === 'idle') return [];
  const out: number[] = [];
  for (let i = was + 1; i <= next.clock.phaseIndex; i++) out.push(i);
  return out;
}

/**
 * The secrets a committed change brings: a new event's organizer and projector keys (the
 * sender's key is the organizer key), and a token for every person who was not there before,
 * derived from that key. Stored as hashes in the same transaction as the change.
 */
export function newSecrets(prev: EventState | null, next: EventState, sender: Sender): SecretRow[] {
  const rows: SecretRow[] = [];
  if (prev === null) {
    rows.push({ hash: hashSecret(sender.secret), role: 'organizer', personId: null });
    rows.push({ hash: hashSecret(projectorKeyOf(sender.secret)), role: 'projector', personId: null });
  }
  const had = new Set([...(prev?.mentors ?? []), ...(prev?.mentees ?? [])].map((p) => p.id));
  const add = (id: string, role: 'mentor' | 'mentee') => {
    if (had.has(id)) return;
    // The organizer's people have tokens derived from the organizer key; a self sign-up's
    // from the sign-up code it came with (the organizer derives that code from their key).
    if (sender.role === 'signup') {
      rows.push({ hash: hashSecret(signupPersonTokenOf(sender.secret, id)), role, personId: id });
      return;
    }
    if (sender.role !== 'organizer') throw new Error(`a ${sender.role} cannot add people`);
    rows.push({ hash: hashSecret(personTokenOf(sender.secret, id)), role, personId: id });
  };
  const version = next.registration?.codeVersion ?? 0;
  if (version > 0 && version !== (prev?.registration?.codeVersion ?? 0)) {
    if (sender.role !== 'organizer') throw new Error(`a ${sender.role} cannot make a sign-up code`);
    const code = signupCodeOf(sender.secret, version);
    rows.push({ hash: hashSecret(code), role: 'signup', personId: null, codeVersion: version });
  }
  if (prev?.mentors !== next.mentors) for (const m of next.mentors) add(m.id, 'mentor');
  if (prev?.mentees !== next.mentees) for (const m of next.mentees) add(m.id, 'mentee');
  return rows;
}

/** The people of `next` who are new objects since `prev` (added or edited): the ones the store writes. */
export function newcomers(prev: EventState | null, next: EventState): (Mentor | Mentee)[] {
  if (prev?.mentors === next.mentors && prev?.mentees === next.mentees) return [];
  const had = new Set<Mentor | Mentee>([...(prev?.mentors ?? []), ...(prev?.mentees ?? [])]);
  return [...next.mentors, ...next.mentees].filter((p) => !had.has(p));
}

/** Whether only the clock columns changed (a phase boundary, a skip, a pause). */
export const clockOnly = (changed: readonly string[]) =>
  changed.length > 0 && changed.every((k) => k === 'clock' || k === 'roundStarts');
