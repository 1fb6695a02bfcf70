import type { ClockState } from '../schemas/clock';
import type { Locale } from '../schemas/locale';
import type { RoleLabels } from '../schemas/role-labels';
import { isMovingSchedule } from '../planner/moving-dispatch';
import { seatedTableOf } from '../event/views/seated-tables';
import { personalMail, type PersonalMail } from './message';
import { personRounds, roundStarts, type MailTiming, type RoundsSource } from './person-rounds';

/** The Content-ID under which the QR code of the person's link is attached. */
export const QR_CID = 'personal-link-qr@tablehop';

/** What a personal mail is made from: the server's event state and the console's view both give it. */
export interface MailSource extends RoundsSource {
  /** The event's id: a mentor's mail links their profile page under it (`/join/<id>/profile`). */
  eventId?: string;
  eventName: string;
  timing: MailTiming;
  clock: ClockState;
  /** The event's own role words (issue 17): the mail names the roles with them. */
  labels?: RoleLabels | null | undefined;
  mentors: readonly { id: string; name: string; table: string; locale?: Locale | undefined }[];
  mentees: readonly { id: string; name: string; locale?: Locale | undefined }[];
  /** The event's default language (`settings.locale`, issue 19): a mail's, unless the person chose their own. */
  locale?: Locale | null | undefined;
}

/**
 * The mail of one person of the event (pure), or null when there is no such person: the same
 * function makes what the server sends and what the console offers to copy.
 */
export function personMailOf(
  src: MailSource,
  personId: string,
  link: string,
  now: number,
  timeZone: string,
): PersonalMail | null {
  const mentor = src.mentors.find((m) => m.id === personId);
  const mentee = mentor ? undefined : src.mentees.find((m) => m.id === personId);
  const person = mentor ?? mentee;
  if (!person) return null;
  const starts = roundStarts(src.timing, src.clock, now);
  // Mentors moving (issue 17): the schedule says so by its seated tables; a mentee's seat is theirs all event.
  const moving = src.schedule !== null && isMovingSchedule(src.schedule);
  const table = moving ? (mentor ? undefined : (seatedTableOf(src.schedule, personId) ?? undefined)) : mentor?.table;
  return personalMail({
    eventName: src.eventName,
    person: { name: person.name, role: mentor ? 'mentor' : 'mentee', table },
    ...(moving ? { mentorsMove: true } : {}),
    link,
    ...(mentor && src.eventId ? { profileLink: profileLinkOf(link, src.eventId) } : {}),
    rounds: personRounds(src, personId, starts, src.timing.roundSeconds),
    timeZone,
    qrCid: QR_CID,
    ...(src.labels ? { labels: src.labels } : {}),
    // The person's own language when they chose one (issue 19), else the event's, else English.
    locale: person.locale ?? src.locale ?? 'en',
  });
}

/**
 * A mentor's invitation to complete their profile (issue 16): the same token as their page,
 * opening `/join/<eventId>/profile` (docs/api.md, "a mentor's invitation").
 */
export function profileLinkOf(personLink: string, eventId: string): string {
  return personLink.replace(/\/p#token=/, `/join/${eventId}/profile#token=`);
}
