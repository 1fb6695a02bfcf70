import type { OrganizerAccess } from '../../shared/event/views/organizer-view';
import type { Mentee, Mentor } from '../../shared/schemas/people';
import { personTokenOf, projectorKeyOf } from '../secrets';

/** The links of an event; secrets ride in the fragment, which browsers never send. */
export function eventLinks(publicUrl: string, eventId: string, organizerKey: string) {
  return {
    organizer: `${publicUrl}/organize/${eventId}#key=${organizerKey}`,
    projector: `${publicUrl}/projector#key=${projectorKeyOf(organizerKey)}`,
  };
}

/** A person's page link. */
export function personLink(publicUrl: string, token: string): string {
  return `${publicUrl}/p#token=${token}`;
}

/** What the organizer's key opens of event `eventId`: every token and link, derived from it. */
export function organizerAccess(eventId: string, organizerKey: string, publicUrl: string): OrganizerAccess {
  return {
    person(personId) {
      const token = personTokenOf(organizerKey, personId);
      return { token, link: personLink(publicUrl, token) };
    },
    links: eventLinks(publicUrl, eventId, organizerKey),
  };
}

/** A person as the organizer sees them: their token is recomputed from the organizer key. */
export function withSecret<P extends Mentor | Mentee>(
  p: P,
  access: OrganizerAccess,
): P & { token: string; link: string } {
  return { ...p, ...access.person(p.id) };
}
