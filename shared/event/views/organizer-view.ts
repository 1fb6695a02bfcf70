import type { OrganizerMentee, OrganizerMentor, OrganizerView } from '../../protocol/views';
import type { EventState } from '../state';
import { clockOf, eventInfo } from './event-info';
import { historyFigures } from '../rules/history';

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
  };
}
