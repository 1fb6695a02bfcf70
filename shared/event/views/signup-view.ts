import type { Locale } from '../../schemas/locale';
import type { RoleLabels } from '../../schemas/role-labels';
import type { Registration, RegistrationSettings } from '../../schemas/registration';
import { placesTaken, signupOpenness, type SignupOpenness } from '../rules/registration';
import { effectiveRounds, type EventState } from '../state';

/** A mentor as the public sign-up page shows them: nothing but their public profile. */
export interface SignupMentor {
  id: string;
  name: string;
  table: string;
  topics: string[];
  bio?: string;
}

/** What a sign-up code opens (GET /api/join/:eventId): the event, its format, the consent text, the mentors. */
export interface SignupView {
  event: {
    name: string;
    plannedStartAt: number | null;
    roundSeconds: number;
    changeoverSeconds: number;
    rounds: number;
    tableCapacity: number;
    /** The event's own role words and default language (issues 17, 19), when it set them. */
    labels?: RoleLabels;
    locale?: Locale;
    /** The event's time zone (issue 19): the page shows the start in it. */
    timeZone?: string;
    /** Peer rounds (issue 17): the page signs up participants only, with no mentors to pick. */
    pairing?: 'peer';
  };
  consentText: string;
  approval: RegistrationSettings['approval'];
  status: SignupOpenness;
  mentors: SignupMentor[];
}

/** The public sign-up page's data at `now` (no e-mail, token, attendance or other person's data). */
export function signupView(s: EventState, now: number): SignupView {
  const r = s.registration;
  return {
    event: {
      name: s.settings.name,
      plannedStartAt: s.settings.plannedStartAt,
      roundSeconds: s.settings.roundSeconds,
      changeoverSeconds: s.settings.changeoverSeconds,
      rounds: effectiveRounds(s),
      tableCapacity: s.settings.tableCapacity,
      ...(s.settings.labels ? { labels: s.settings.labels } : {}),
      ...(s.settings.locale ? { locale: s.settings.locale } : {}),
      ...(s.settings.timeZone ? { timeZone: s.settings.timeZone } : {}),
      ...(s.settings.pairing === 'peer' ? { pairing: 'peer' as const } : {}),
    },
    consentText: r?.consentText ?? '',
    approval: r?.approval ?? 'auto',
    status: signupOpenness(s, now),
    mentors: s.mentors.map((m) => ({
      id: m.id,
      name: m.name,
      table: m.table,
      topics: m.topics,
      ...(m.bio ? { bio: m.bio } : {}),
    })),
  };
}

/** Sign-ups of one role by where they stand, with the places taken and the cap. */
export interface RoleCounts {
  pending: number;
  waitListed: number;
  refused: number;
  registered: number;
  /** People of the role in the event (however they came). */
  inEvent: number;
  /** People in the event plus pending sign-ups: what the cap counts. */
  placesTaken: number;
  max: number | null;
}

/** The organizer's list of sign-ups (GET /api/events/:id/registrations). */
export interface RegistrationsView {
  status: SignupOpenness;
  counts: { mentee: RoleCounts; mentor: RoleCounts };
  pending: Registration[];
  waitListed: Registration[];
  refused: Registration[];
}

/** The sign-ups by status and the counts per role. */
export function registrationsView(s: EventState, now: number): RegistrationsView {
  const counts = (role: 'mentor' | 'mentee'): RoleCounts => {
    const of = s.registrations.filter((r) => r.role === role);
    const n = (status: Registration['status']) => of.filter((r) => r.status === status).length;
    return {
      pending: n('pending'),
      waitListed: n('wait-listed'),
      refused: n('refused'),
      registered: n('registered'),
      inEvent: role === 'mentor' ? s.mentors.length : s.mentees.length,
      placesTaken: placesTaken(s, role),
      max: (role === 'mentor' ? s.registration?.maxMentors : s.registration?.maxMentees) ?? null,
    };
  };
  return {
    status: signupOpenness(s, now),
    counts: { mentee: counts('mentee'), mentor: counts('mentor') },
    pending: s.registrations.filter((r) => r.status === 'pending'),
    waitListed: s.registrations.filter((r) => r.status === 'wait-listed'),
    refused: s.registrations.filter((r) => r.status === 'refused'),
  };
}
