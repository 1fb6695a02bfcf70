/**
 * The planner's public types. Mentor and mentee ids are opaque strings; `wishes` and `avoid`
 * name mentors by id. The schedule itself is the shared `Schedule` JSON.
 */
import type { z } from 'zod';
import type { Schedule } from '../schemas/schedule';
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
export type Spread = z.infer<typeof spreadSchema>;
/** The figures `quality()` reports (see report-schema.ts for each field). */
export type QualityReport = z.infer<typeof qualityReportSchema>;
/** Where a mentee is in one round. */
export type Place = z.infer<typeof placeSchema>;
/** One mentee whose place in one round differs between two schedules. */
export type SeatChange = z.infer<typeof seatChangeSchema>;
/** A mentor's table that appears in or disappears from a round. */
export type TableChange = z.infer<typeof tableChangeSchema>;
/** What differs between two schedules from `fromRound` on, for the live-change preview. */
export type ScheduleDiff = z.infer<typeof scheduleDiffSchema>;
