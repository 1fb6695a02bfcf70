/**
 * The planner's public types. Mentor and mentee ids are opaque strings; `wishes` and `avoid`
 * name mentors by id. The schedule itself is the shared `Schedule` JSON.
 */
import type { Schedule } from '../schemas/schedule';

export type { Schedule };

/** A mentor at a table; the order of the mentors array is the order of the tables in the room. */
export interface PlanMentor {
  id: string;
  name: string;
  table: string;
}

/** A mentee; `wishes` are mentor ids ranked best first, `avoid` mentor ids they must never sit with. */
export interface PlanMentee {
  id: string;
  name: string;
  wishes: string[];
  avoid: string[];
}

/** How many rounds to plan and how many mentees a table seats. */
export interface PlanSettings {
  rounds: number;
  tableCapacity: number;
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
}

/** A min/max pair over people, with its spread (max − min). */
export interface Spread {
  min: number;
  max: number;
  spread: number;
}

/** The figures `quality()` reports; all plain numbers so tests and the CLI can use them directly. */
export interface QualityReport {
  rounds: number;
  mentors: number;
  mentees: number;
  tableCapacity: number;
  /** Every mentee-at-a-table seating, repeats included. */
  meetings: number;
  /** Different (mentee, mentor) pairs that met. */
  distinctMeetings: number;
  /** Upper bound on distinct meetings for this input (formula from the spec). */
  coverageBound: number;
  /** distinctMeetings / coverageBound (1 when the bound is 0). */
  coverageRatio: number;
  /** Meetings with a mentor the mentee had already met. */
  repeatMeetings: number;
  /**
   * Repeats a single change that round would have turned into a new meeting: a free seat with an
   * allowed mentor the mentee never meets, or a swap with someone at such a table who may meet,
   * and never meets, this mentor.
   */
  avoidableRepeats: number;
  /** Byes per mentee who sat in every round and may sit with someone (forced byes excluded). */
  byes: Spread & { total: number; forced: number; forcedMentees: number };
  /** Empty seats per mentor over the rounds they were present in all of. */
  idleSeats: Spread & { total: number };
  /** Pairs of mentees who shared a table in more than one round. */
  repeatedPeerPairs: number;
  /** Wishes counted within each mentee's first `rounds` valid wishes. */
  wishes: { met: number; total: number; ratio: number; topMet: number; topTotal: number };
  /** Moves between consecutive seated rounds that went exactly one table on. */
  oneTableOn: { moves: number; total: number; share: number };
  /** Hard-rule breaches; all must be 0. */
  avoidViolations: number;
  capacityViolations: number;
  placementViolations: number;
}

/** Where a mentee is in one round. */
export type Place = { kind: 'table'; mentorId: string; table: string } | { kind: 'bye' } | { kind: 'absent' };

/** One mentee whose place in one round differs between two schedules. */
export interface SeatChange {
  round: number;
  menteeId: string;
  before: Place;
  after: Place;
}

/** A mentor's table that appears in or disappears from a round. */
export interface TableChange {
  round: number;
  mentorId: string;
  change: 'added' | 'removed';
}

/** What differs between two schedules from `fromRound` on, for the live-change preview. */
export interface ScheduleDiff {
  fromRound: number;
  /** Changed places, ordered by round, then by the mentee's order in the schedules. */
  seats: SeatChange[];
  tables: TableChange[];
  /** Seat changes per round, for every round compared. */
  rounds: { round: number; seatChanges: number }[];
  /** Mentees with at least one changed place, in schedule order. */
  affectedMentees: string[];
  /** Rounds present in one schedule only. */
  roundsAdded: number[];
  roundsRemoved: number[];
}
