/**
 * Switching an event between mentors-and-mentees and peer rounds (issue 17, `settings.pairing`).
 * Peers are stored as the event's mentees, so the switch keeps everyone's page and token; what a
 * person's wishes and avoids name changes meaning (mentors, or other peers), so they go.
 */
import type { Pairing } from '../../schemas/settings';
import { hasStarted, pairingOf, type EventState } from '../state';

/** Why the event cannot switch to `to` now, or null. */
export function pairingConflict(state: EventState, to: Pairing): string | null {
  // The rounds played paired people one way; the rest cannot be planned the other way.
  if (hasStarted(state)) {
    const how = pairingOf(state) === 'peer' ? 'peer rounds' : 'mentors and mentees';
    return `the event has started with ${how}; pairing can change only before the start`;
  }
  if (to === 'peer' && state.mentors.length > 0) {
    const n = state.mentors.length;
    const mentors = `${n} mentor${n === 1 ? '' : 's'}`;
    return `a peer event has no mentors: remove the ${mentors} first (everyone else becomes a peer)`;
  }
  return null;
}

/**
 * The people after the switch: mentees become peers (or back); wishes and avoids, which named
 * the other kind, are cleared.
 */
export function withPairing(state: EventState, _to: Pairing): EventState {
  const named = state.mentees.some((m) => m.wishes.length > 0 || m.avoid.length > 0);
  if (!named) return state;
  return {
    ...state,
    mentees: state.mentees.map((m) => (m.wishes.length || m.avoid.length ? { ...m, wishes: [], avoid: [] } : m)),
  };
}
