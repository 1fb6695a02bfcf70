/**
 * The planner's public types. Mentor and mentee ids are opaque strings; `wishes` and `avoid`
 * name mentors by id. The schedule itself is the shared `Schedule` JSON.
 */
import type { z } from 'zod';
import type { RoundSeating, Schedule } from '../schemas/schedule';
import type {
  placeSchema,
  qualityReportSchema,
  scheduleDiffSchema,
  seatChangeSchema,
  spreadSchema,
  tableChangeSchema,
} from './report-schema';

export type { Schedule };

/** A mentor at a table; the order of the mentors array is the order of the tables in the room. */
export interface PlanMentor {
  id: string;
  name: string;
  table: string;
  /** A company, team or school (see GroupRules). */
  group?: string | null;
}

/** A mentee; `wishes` are mentor ids ranked best first, `avoid` mentor ids they must never sit with. */
export interface PlanMentee {
  id: string;
  name: string;
  wishes: string[];
  avoid: string[];
  group?: string | null;
  /** Where wishes compete, a higher priority is served first (default 0). */
  priority?: number;
  /** The seat the organizer fixed for the event when mentors move (issue 17); mentees who move ignore it. */
  table?: string | null;
}

/** How many rounds to plan and how many mentees a table seats. */
export interface PlanSettings {
  rounds: number;
  tableCapacity: number;
  /** Absent: both rules on when any mentor or mentee has a group. */
  groups?: GroupRules;
  /**
   * Who moves (issue 17). Absent or `mentees`: the rotation planner. `mentors`: mentees are seated
   * once and mentors visit the tables (shared/planner/moving); the schedule then has `tables`.
   */
  moving?: 'mentees' | 'mentors';
  /**
   * Who meets whom (issue 17). Absent or `mentor-mentee`: as above. `peer`: the mentees are one
   * pool of peers who meet each other at tables of `tableCapacity` (at least 2), no mentors
   * (shared/planner/peer-dispatch.ts); the schedule's tables then carry `peerIds`.
   */
  pairing?: 'mentor-mentee' | 'peer';
}

/** Group rules; when `settings.groups` is absent both default to true if any mentor or mentee has a group. */
export interface GroupRules {
  /** Soft: mentees of one group do not share a table where the numbers allow. */
  menteesApart: boolean;
  /** Hard, like an avoid: a mentee never meets a mentor of their own group. */
  notOwnGroupMentor: boolean;
}

/** A meeting the organizer pinned: this mentee meets this mentor (in `round` when given). */
export interface PlanPin {
  menteeId: string;
  mentorId: string;
  round?: number;
}

/** A pair that met at an earlier event. */
export interface MetBefore {
  menteeId: string;
  mentorId: string;
}

/** Everything a plan is made from: the settings and the people present. */
export interface PlanInput {
  settings: PlanSettings;
  mentors: PlanMentor[];
  mentees: PlanMentee[];
}

/** Options of `plan` and `replan`; the seed only breaks ties, so equal inputs and seeds give equal schedules. */
export interface PlanOptions {
  seed?: number | string;
  /** Meetings that every plan and replan keeps wherever they can hold. */
  pins?: PlanPin[];
  /** Rounds kept exactly as given (a "locked" round): the seating of each listed round, for people still present. */
  locked?: RoundSeating[];
  /** Pairs that met at earlier events: treated as already met. */
  metBefore?: MetBefore[];
}

/**
 * Options of `quality`: the pins and earlier meetings the schedule was planned with, and, for
 * the reasons given for pins not held, its locked rounds and (after a replan) the first round
 * that had not begun.
 */
export interface QualityOptions {
  pins?: PlanPin[];
  metBefore?: MetBefore[];
  locked?: RoundSeating[];
  fromRound?: number;
}

/** A min/max pair over people, with its spread (max − min). */
export type Spread = z.infer<typeof spreadSchema>;
/** The figures `quality()` reports (see report-schema.ts for each field). */
export type QualityReport = z.infer<typeof qualityReportSchema>;
/** What `quality()` returns: a report with the organizer's-hand figures always filled in. */
export type CompleteQualityReport = QualityReport &
  Required<Pick<QualityReport, 'pins' | 'wishesByPriority' | 'metBeforePairs' | 'repeatsFromHistory' | 'groups'>>;
/** Where a mentee is in one round. */
export type Place = z.infer<typeof placeSchema>;
/** One mentee whose place in one round differs between two schedules. */
export type SeatChange = z.infer<typeof seatChangeSchema>;
/** A mentor's table that appears in or disappears from a round. */
export type TableChange = z.infer<typeof tableChangeSchema>;
/** What differs between two schedules from `fromRound` on, for the live-change preview. */
export type ScheduleDiff = z.infer<typeof scheduleDiffSchema>;
