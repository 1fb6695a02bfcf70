import type { PersonalMail } from '../../../../shared/mail/message';
import { personMailOf, type MailSource } from '../../../../shared/mail/person-mail';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';

/** What the console makes a person's mail from: its view and its newest clock. */
export function mailSourceOfView(view: OrganizerView, clock: ClockSnapshot | null): MailSource {
  return {
    eventId: view.event.id,
    eventName: view.event.name,
    schedule: view.schedule,
    mentors: view.mentors,
    mentees: view.mentees,
    timing: view.event,
    clock: clock ?? view.clock,
    labels: view.event.labels ?? null,
    locale: view.event.locale ?? null,
  };
}

/**
 * The mail the server would send this person now (the same shared function), for copying by
 * hand when the server cannot send mail; null for someone no longer in the view.
 */
export function personMailInView(
  view: OrganizerView,
  clock: ClockSnapshot | null,
  personId: string,
  serverNow: number,
  timeZone: string,
): PersonalMail | null {
  const person = [...view.mentors, ...view.mentees].find((p) => p.id === personId);
  if (!person) return null;
  return personMailOf(mailSourceOfView(view, clock), personId, person.link, serverNow, timeZone);
}
