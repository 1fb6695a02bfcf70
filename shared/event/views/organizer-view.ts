import type { OrganizerMentee, OrganizerMentor, OrganizerView } from '../../protocol/views';
import type { EventState } from '../state';
import { clockOf, eventInfo } from './event-info';
import { historyFigures } from '../rules/history';
import { signupOpenness } from '../rules/registration';

/**
 * What only the organizer's key can make: each person's token and page link, and the event's
 * own links. The server derives them from the key (server/secrets.ts); the view stays pure.
 */
export interface OrganizerAccess {
  person(personId: string): { token: string; link: string };
  links: OrganizerView['links'];
}

/** Everything the organizer console shows. */
export function organizerView(s: EventState, now: number, access: OrganizerAccess): OrganizerView {
  return {
    event: eventInfo(s),
    mentors: s.mentors.map((m): OrganizerMentor => ({ ...m, ...access.person(m.id) })),
    mentees: s.mentees.map((m): OrganizerMentee => ({ ...m, ...access.person(m.id) })),
    schedule: s.schedule,
    scheduleVersion: s.scheduleVersion,
    clock: clockOf(s, now),
    links: access.links,
    // Counts: the pairs themselves (up to 100,000) are the planner's, not the console's.
    ...(s.planRules.metBefore.length > 0 ? { history: historyFigures(s) } : {}),
    // Pins and locks are few and shown one by one; pairs met before only as a count (see above).
    planRules: {
      pins: s.planRules.pins,
      lockedRounds: s.planRules.lockedRounds,
      metBeforeCount: s.planRules.metBefore.length,
    },
    ...(s.registration ? { signup: signupSummary(s, now) } : {}),
  };
}

/** The sign-up figures the console's People tab shows beside its list (see OrganizerView.signup). */
function signupSummary(s: EventState, now: number): NonNullable<OrganizerView['signup']> {
  let pending = 0;
  let waitListed = 0;
  let changes = 0;
  for (const r of s.registrations) {
    if (r.status === 'pending') pending++;
    else if (r.status === 'wait-listed') waitListed++;
    changes = Math.max(changes, r.updatedAt);
  }
  // updatedAt only moves forward; a refusal or approval updates it too. A count joins it so two
  // changes in one millisecond still differ.
  return { open: signupOpenness(s, now).open, pending, waitListed, changes: changes + s.registrations.length };
}
