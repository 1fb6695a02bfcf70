import type { ClockState } from '../schemas/clock';
import type { PersonFeedback } from '../schemas/feedback';
import type { Mentee, Mentor } from '../schemas/people';
import { EMPTY_PLAN_RULES, type GroupRules, type PlanRules } from '../schemas/plan-rules';
import type { Registration, RegistrationSettings } from '../schemas/registration';
import type { Schedule } from '../schemas/schedule';
import type { Locale } from '../schemas/locale';
import type { RoleLabels } from '../schemas/role-labels';
import type { Break, EventSettings, Moving, Pairing } from '../schemas/settings';
import { peerDefaultRounds } from '../planner/peer-rounds-default';
import { buildPhases, openRoundAt, type Phase } from '../timeline';

/** Settings as stored: `rounds` null means "one round per mentor", resolved when planning. */
export interface StoredSettings {
  name: string;
  roundSeconds: number;
  changeoverSeconds: number;
  rounds: number | null;
  tableCapacity: number;
  breaks: Break[];
  plannedStartAt: number | null;
  /** Until when feedback can be given (epoch ms); null: 7 days after the event ends. */
  feedbackClosesAt: number | null;
  /** Group rules; null: both on when anyone has a `group` (see groupRulesOf). */
  groups: GroupRules | null;
  /** Who moves between rounds (issue 17); absent: mentees (events stored before it say nothing). */
  moving?: Moving;
  /** Who meets whom (issue 17); absent: mentors and mentees. With `peer` the mentees are the peers. */
  pairing?: Pairing;
  /** The event's own role words (issue 17); absent: "Mentor" and "Mentee". */
  labels?: RoleLabels;
  /** The event's default language (issue 19); absent: English. */
  locale?: Locale;
  /** The event's time zone, an IANA name (issue 19); absent: each device shows its own. */
  timeZone?: string;
}

/**
 * Everything known about one event, as an immutable value: commands return a new state and
 * leave unchanged parts (and people) as the same objects, which is how the store knows what
 * to write and the publisher what to tell.
 */
export interface EventState {
  id: string;
  createdAt: number;
  settings: StoredSettings;
  mentors: Mentor[];
  mentees: Mentee[];
  schedule: Schedule | null;
  /** Increments with every change of the schedule. */
  scheduleVersion: number;
  /** The planner seed, kept so automatic replans stay stable. */
  seed: number | string;
  clock: ClockState;
  /**
   * What each person wrote after their meetings (their sharing choice and feedback), by
   * person id; a person who wrote nothing has no entry. Private to the writer: the views show
   * others only mutual follow-ups, and the organizer only counts.
   */
  feedback: Readonly<Record<string, PersonFeedback>>;
  /** When each round's talk began (epoch ms), by round number, recorded as the clock enters it. */
  roundStarts: Readonly<Record<string, number>>;
  /** Pinned meetings, locked rounds and pairs met at earlier events (issue 18), kept by every plan. */
  planRules: PlanRules;
  /** Self sign-up (issue 16): null until the organizer first opens it. */
  registration: RegistrationSettings | null;
  /** Sign-ups, oldest first: waiting for the organizer, decided, or registered (then the person holds the details). */
  registrations: readonly Registration[];
}

/** The group rules in force: as set, else both on when any mentor or mentee has a group. */
export function groupRulesOf(s: EventState): GroupRules {
  if (s.settings.groups) return s.settings.groups;
  const any = s.mentors.some((m) => m.group) || s.mentees.some((m) => m.group);
  return { menteesApart: any, notOwnGroupMentor: any };
}

/** Who moves between rounds: as set, else mentees. */
export const movingOf = (s: EventState): Moving => s.settings.moving ?? 'mentees';

/** Who meets whom: as set, else mentors and mentees. */
export const pairingOf = (s: EventState): Pairing => s.settings.pairing ?? 'mentor-mentee';

/** Whether the event is peer rounds: one pool of participants, stored as its mentees. */
export const isPeerEvent = (s: EventState): boolean => s.settings.pairing === 'peer';

/** Breaks in the order they happen (the store and the views rely on it). */
export const sortedBreaks = (breaks: Break[]): Break[] => [...breaks].sort((a, b) => a.afterRound - b.afterRound);

/** A new event: idle clock, no people, no schedule. */
export function createEventState(id: string, settings: EventSettings, now: number, seed: number | string): EventState {
  return {
    id,
    createdAt: now,
    settings: {
      name: settings.name,
      roundSeconds: settings.roundSeconds,
      changeoverSeconds: settings.changeoverSeconds,
      rounds: settings.rounds ?? null,
      tableCapacity: settings.tableCapacity,
      breaks: sortedBreaks(settings.breaks),
      plannedStartAt: settings.plannedStartAt ?? null,
      feedbackClosesAt: settings.feedbackClosesAt ?? null,
      groups: settings.groups ?? null,
      // Left out for the default, so a default event's settings are exactly what they were.
      ...(settings.moving === 'mentors' ? { moving: 'mentors' as const } : {}),
      ...(settings.pairing === 'peer' ? { pairing: 'peer' as const } : {}),
      ...(settings.labels ? { labels: settings.labels } : {}),
      ...(settings.locale ? { locale: settings.locale } : {}),
      ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
    },
    mentors: [],
    mentees: [],
    schedule: null,
    scheduleVersion: 0,
    seed,
    clock: { status: 'idle', version: 0 },
    feedback: {},
    roundStarts: {},
    planRules: EMPTY_PLAN_RULES,
    registration: null,
    registrations: [],
  };
}

/**
 * The number of rounds the event runs: fixed by the organizer, else the planned schedule's
 * (frozen once planned so the timeline does not move under people's feet), else one per mentor.
 */
export function effectiveRounds(s: EventState): number {
  const fallback = isPeerEvent(s) ? peerDefaultRounds(s.mentees.length, s.settings.tableCapacity) : s.mentors.length;
  return s.settings.rounds ?? s.schedule?.rounds.length ?? fallback;
}

/** The phases of the event's timeline. */
export function phasesOf(s: EventState): Phase[] {
  return buildPhases({ ...s.settings, rounds: effectiveRounds(s) });
}

/** Whether the clock has been started (running, paused or finished after a start). */
export function hasStarted(s: EventState): boolean {
  const c = s.clock;
  return c.status === 'running' || c.status === 'paused' || (c.status === 'finished' && c.startedAt !== null);
}

/** The first round whose seating may still change (1 before the start; after the end, nothing can). */
export function openRound(s: EventState): number {
  return openRoundAt(phasesOf(s), s.clock) ?? 1;
}
