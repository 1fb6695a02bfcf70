import type { OrganizerAccess } from '../../shared/event/views/organizer-view';
import type { Mentee, Mentor } from '../../shared/schemas/people';
import type { EventState } from '../../shared/event/state';
import { personTokenOf, projectorKeyOf, signupCodeOf, signupPersonTokenOf } from '../secrets';

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

/** The sign-up link of code `version`: the code rides in the fragment like every secret. */
export function signupLink(publicUrl: string, eventId: string, organizerKey: string, version: number): string {
  return `${publicUrl}/join/${eventId}#code=${signupCodeOf(organizerKey, version)}`;
}

/** The sign-up code version each self-signed-up person's token derives from (the others derive from the key). */
function tokenCodes(state: EventState | null | undefined): Map<string, number> {
  const codes = new Map<string, number>();
  for (const r of state?.registrations ?? [])
    if (r.personId !== undefined && r.tokenCode !== undefined) codes.set(r.personId, r.tokenCode);
  return codes;
}

/**
 * What the organizer's key opens of event `eventId`: every token and link, derived from it.
 * Pass the event's `state` wherever people who signed up themselves may be among those shown:
 * their tokens derive from the sign-up code (itself derived from the key).
 */
export function organizerAccess(
  eventId: string,
  organizerKey: string,
  publicUrl: string,
  state?: EventState | null,
): OrganizerAccess {
  let codes: Map<string, number> | undefined;
  return {
    person(personId) {
      codes ??= tokenCodes(state);
      const version = codes.get(personId);
      const token =
        version === undefined
          ? personTokenOf(organizerKey, personId)
          : signupPersonTokenOf(signupCodeOf(organizerKey, version), personId);
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
