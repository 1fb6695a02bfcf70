/**
 * The planner's reports as zod schemas: the quality figures and the difference of two
 * schedules. The types in types.ts are inferred from these, and the live-change preview
 * (shared/attendance/preview-schema.ts) carries them on the wire, so there is one definition.
 */
import { z } from 'zod';

/** A min/max pair over people, with its spread (max − min). */
export const spreadSchema = z.object({ min: z.number(), max: z.number(), spread: z.number() });

/** The figures `quality()` reports; all plain numbers so tests and the CLI can use them directly. */
export const qualityReportSchema = z.object({
  rounds: z.number(),
  mentors: z.number(),
  mentees: z.number(),
  tableCapacity: z.number(),
  /** Every mentee-at-a-table seating, repeats included. */
  meetings: z.number(),
  /** Different (mentee, mentor) pairs that met. */
  distinctMeetings: z.number(),
  /** Upper bound on distinct meetings for this input (formula from the spec). */
  coverageBound: z.number(),
  /** distinctMeetings / coverageBound (1 when the bound is 0). */
  coverageRatio: z.number(),
  /** Meetings with a mentor the mentee had already met. */
  repeatMeetings: z.number(),
  /**
   * Repeats a single change that round would have turned into a new meeting: a free seat with an
   * allowed mentor the mentee never meets, or a swap with someone at such a table who may meet,
   * and never meets, this mentor.
   */
  avoidableRepeats: z.number(),
  /**
   * Byes per mentee who sat in every round and may sit with someone (forced byes excluded);
   * `partTime`: mentees placed in only some rounds (a walk-in, someone who left), and the most
   * rounds one of them sat out (`partTimeMax`). `total` counts everyone's byes.
   */
  byes: spreadSchema.extend({
    total: z.number(),
    forced: z.number(),
    forcedMentees: z.number(),
    partTime: z.number(),
    partTimeMax: z.number(),
  }),
  /** Empty seats per mentor over the rounds they were present in all of. */
  idleSeats: spreadSchema.extend({ total: z.number() }),
  /** Pairs of mentees who shared a table in more than one round. */
  repeatedPeerPairs: z.number(),
  /** Wishes counted within each mentee's first `rounds` valid wishes. */
  wishes: z.object({ met: z.number(), total: z.number(), ratio: z.number(), topMet: z.number(), topTotal: z.number() }),
  /** Moves between consecutive seated rounds that went exactly one table on. */
  oneTableOn: z.object({ moves: z.number(), total: z.number(), share: z.number() }),
  /** Hard-rule breaches; all must be 0. */
  avoidViolations: z.number(),
  capacityViolations: z.number(),
  placementViolations: z.number(),
  // The organizer's hand (issue 18). quality() always fills these in; they are optional so that
  // reports made before them, and figures written by hand, still parse.
  /** Pinned meetings (quality's `pins` option): how many the schedule holds, and why each other one cannot. */
  pins: z
    .object({
      total: z.number(),
      held: z.number(),
      unheld: z.array(
        z.object({ menteeId: z.string(), mentorId: z.string(), round: z.number().optional(), reason: z.string() }),
      ),
    })
    .optional(),
  /** The wish figures per priority level, highest first (one level, 0, when nobody has a priority). */
  wishesByPriority: z
    .array(
      z.object({
        priority: z.number(),
        mentees: z.number(),
        firstWishes: z.number(),
        firstWishesMet: z.number(),
        wishes: z.number(),
        wishesMet: z.number(),
      }),
    )
    .optional(),
  /** Pairs met at earlier events (quality's `metBefore` option) among the people planned for … */
  metBeforePairs: z.number().optional(),
  /** … and meetings in this schedule between such pairs. */
  repeatsFromHistory: z.number().optional(),
  /**
   * Groups: mentees and mentors with one; pairs of one group's mentees at one table in one round;
   * the fewest pairs the same mentees at the same tables allow (a lower bound); meetings of a
   * mentee with a mentor of their own group (0 while that rule is on).
   */
  groups: z
    .object({
      groupedMentees: z.number(),
      groupedMentors: z.number(),
      menteesSharingTable: z.number(),
      minimumPossible: z.number(),
      ownGroupMeetings: z.number(),
    })
    .optional(),
});

/** Where a mentee is in one round. */
export const placeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), mentorId: z.string(), table: z.string() }),
  z.object({ kind: z.literal('bye') }),
  z.object({ kind: z.literal('absent') }),
]);

/** One mentee whose place in one round differs between two schedules. */
export const seatChangeSchema = z.object({
  round: z.number().int(),
  menteeId: z.string(),
  before: placeSchema,
  after: placeSchema,
});

/** A mentor's table that appears in or disappears from a round. */
export const tableChangeSchema = z.object({
  round: z.number().int(),
  mentorId: z.string(),
  change: z.enum(['added', 'removed']),
});

/** What differs between two schedules from `fromRound` on, for the live-change preview. */
export const scheduleDiffSchema = z.object({
  fromRound: z.number().int(),
  /** Changed places, ordered by round, then by the mentee's order in the schedules. */
  seats: z.array(seatChangeSchema),
  tables: z.array(tableChangeSchema),
  /** Seat changes per round, for every round compared. */
  rounds: z.array(z.object({ round: z.number().int(), seatChanges: z.number().int() })),
  /** Mentees with at least one changed place, in schedule order. */
  affectedMentees: z.array(z.string()),
  /** Rounds present in one schedule only. */
  roundsAdded: z.array(z.number().int()),
  roundsRemoved: z.array(z.number().int()),
});
