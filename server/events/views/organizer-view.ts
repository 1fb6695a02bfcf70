import type { OrganizerMentee, OrganizerMentor, OrganizerView } from '../../../shared/protocol/views';
import type { Mentee, Mentor } from '../../../shared/schemas/people';
import { personTokenOf, projectorKeyOf } from '../../secrets';
import type { EventState } from '../state';
import { clockOf, eventInfo } from './event-info';

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

/** A person as the organizer sees them: their token is recomputed from the organizer key. */
export function withSecret<P extends Mentor | Mentee>(p: P, organizerKey: string, publicUrl: string): P & { token: string; link: string } {
  const token = personTokenOf(organizerKey, p.id);
  return { ...p, token, link: personLink(publicUrl, token) };
}

/** Everything the organizer console shows (pure given the key). */
export function organizerView(s: EventState, now: number, organizerKey: string, publicUrl: string): OrganizerView {
  return {
    event: eventInfo(s),
    mentors: s.mentors.map((m): OrganizerMentor => withSecret(m, organizerKey, publicUrl)),
    mentees: s.mentees.map((m): OrganizerMentee => withSecret(m, organizerKey, publicUrl)),
    schedule: s.schedule,
    scheduleVersion: s.scheduleVersion,
    clock: clockOf(s, now),
    links: eventLinks(publicUrl, s.id, organizerKey),
  };
}
