/**
 * The wire shapes of the live-change calls: a status change, the preview of a replan and
 * applying it (docs/api.md, "Live changes"). The server parses bodies with these; the console
 * parses the answers with them.
 */
import { z } from 'zod';
import { attendanceSchema } from '../schemas/people';
import { scheduleSchema } from '../schemas/schedule';

/** Body of POST /api/events/:id/people/:personId/status; "expected" undoes a check-in. */
export const statusBodySchema = z
  .object({ status: attendanceSchema, expectedPhase: z.number().int().min(0).optional() })
  .strict();
export type StatusBody = z.infer<typeof statusBodySchema>;

/** What a preview was computed against; applying with a token that no longer matches is a 409. */
export const basedOnSchema = z
  .object({
    phaseIndex: z.number().int().min(0).nullable(),
    scheduleVersion: z.number().int().min(0),
    digest: z.string().min(1).max(100),
  })
  .strict();
export type BasedOn = z.infer<typeof basedOnSchema>;

const seedSchema = z.union([z.number().int(), z.string().max(100)]);

/** Body of POST /api/events/:id/schedule/preview. */
export const previewBodySchema = z.object({ seed: seedSchema.optional(), checkedInOnly: z.boolean().optional() }).strict();
export type PreviewOptions = z.infer<typeof previewBodySchema>;

/** Body of POST /api/events/:id/schedule: plan now, or apply a preview (with `basedOn`). */
export const applyBodySchema = previewBodySchema.extend({ basedOn: basedOnSchema.optional() }).strict();
export type ApplyBody = z.infer<typeof applyBodySchema>;

const spread = { min: z.number(), max: z.number(), spread: z.number() };

/** The planner's QualityReport (shared/planner/types.ts) on the wire. */
export const qualityReportSchema = z.object({
  rounds: z.number(),
  mentors: z.number(),
  mentees: z.number(),
  tableCapacity: z.number(),
  meetings: z.number(),
  distinctMeetings: z.number(),
  coverageBound: z.number(),
  coverageRatio: z.number(),
  repeatMeetings: z.number(),
  avoidableRepeats: z.number(),
  byes: z.object({ ...spread, total: z.number(), forced: z.number(), forcedMentees: z.number() }),
  idleSeats: z.object({ ...spread, total: z.number() }),
  repeatedPeerPairs: z.number(),
  wishes: z.object({ met: z.number(), total: z.number(), ratio: z.number(), topMet: z.number(), topTotal: z.number() }),
  oneTableOn: z.object({ moves: z.number(), total: z.number(), share: z.number() }),
  avoidViolations: z.number(),
  capacityViolations: z.number(),
  placementViolations: z.number(),
});

/** Where a mentee is in one round. */
export const placeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), mentorId: z.string(), table: z.string() }),
  z.object({ kind: z.literal('bye') }),
  z.object({ kind: z.literal('absent') }),
]);

/** The planner's ScheduleDiff on the wire. */
export const scheduleDiffSchema = z.object({
  fromRound: z.number().int(),
  seats: z.array(z.object({ round: z.number().int(), menteeId: z.string(), before: placeSchema, after: placeSchema })),
  tables: z.array(z.object({ round: z.number().int(), mentorId: z.string(), change: z.enum(['added', 'removed']) })),
  rounds: z.array(z.object({ round: z.number().int(), seatChanges: z.number().int() })),
  affectedMentees: z.array(z.string()),
  roundsAdded: z.array(z.number().int()),
  roundsRemoved: z.array(z.number().int()),
});

export const pendingChangeSchema = z.object({
  personId: z.string(),
  name: z.string(),
  role: z.enum(['mentor', 'mentee']),
  attendance: attendanceSchema,
  change: z.enum(['seat', 'unseat']),
});

/** The answer of POST /api/events/:id/schedule/preview. */
export const previewSchema = z.object({
  /** The first round the proposal changes (rounds before it stay exactly as they are). */
  fromRound: z.number().int(),
  basedOn: basedOnSchema,
  /** Whether applying changes the seating at all. */
  changed: z.boolean(),
  schedule: scheduleSchema,
  diff: scheduleDiffSchema,
  /** The people whose pages change: mentees with a changed place, mentors whose table changes. */
  affected: z.object({ mentees: z.array(z.string()), mentors: z.array(z.string()) }),
  /** Both measured against the people as they stand now; `before` is null when nothing was planned yet. */
  quality: z.object({ before: qualityReportSchema.nullable(), after: qualityReportSchema }),
  /** The door changes this proposal brings into the seating. */
  pending: z.array(pendingChangeSchema),
  /** Attendance the apply also records (planning with checked-in people only: everyone still expected becomes absent). */
  markedAbsent: z.array(z.string()),
});
export type Preview = z.infer<typeof previewSchema>;

/** The answer of POST /api/events/:id/people/:personId/status (the person as in the organizer view). */
export const statusAnswerSchema = z.object({
  person: z.looseObject({ id: z.string(), name: z.string(), attendance: attendanceSchema }),
  pending: z.array(pendingChangeSchema),
});
