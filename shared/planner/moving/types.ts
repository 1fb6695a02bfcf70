/**
 * Types of the moving-mentors planner (issue 17): mentees are seated once, in table groups, and
 * mentors visit the tables. Input and output stay today's shapes, with a few extra fields, so
 * every consumer of a `Schedule` and `quality()` keep working.
 */
import type { Schedule } from '../../schemas/schedule';
import type { PlanInput, PlanMentee } from '../types';

/** A mentee of a moving-mentors event; `table` is a seat the organizer fixed (the CSV's `table` column). */
export interface MovingMentee extends PlanMentee {
  table?: string | null;
}

/** Today's PlanInput with mentees that may carry a fixed table; the mentors' `table` is ignored. */
export interface MovingInput extends PlanInput {
  mentees: MovingMentee[];
}

/** Options of planMovingMentors / replanMovingMentors: the seed only breaks ties. */
export interface MovingOptions {
  seed?: number | string;
}

/** A seated group: its table label and its mentees (input order), fixed for the event. */
export interface SeatedTable {
  table: string;
  menteeIds: string[];
}

/**
 * One mentor in one round: `table` is the label the mentor sits at; a resting mentor has no
 * `table` and no mentees (today's convention for an empty table).
 */
export interface MovingVisit {
  mentorId: string;
  table?: string;
  menteeIds: string[];
}

/** One round: every mentor present in input order, and the mentees whose table nobody visits. */
export interface MovingRound {
  round: number;
  tables: MovingVisit[];
  byes: string[];
}

/** The schedule of a moving-mentors event: today's Schedule plus the seated tables. */
export interface MovingSchedule extends Schedule {
  rounds: MovingRound[];
  /** The seated groups in rotation order (a mentor at one goes to the next). */
  tables: SeatedTable[];
  seed: number | string;
  settings: { rounds: number; tableCapacity: number };
}
