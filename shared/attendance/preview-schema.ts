/**
 * The wire shapes of the live-change calls: a status change, the preview of a replan and
 * applying it (docs/api.md, "Live changes"). The server parses bodies with these; the console
 * parses the answers with them.
 */
import { z } from 'zod';
import { attendanceSchema } from '../schemas/people';
import { scheduleSchema } from '../schemas/schedule';
import { organizerMenteeSchema, organizerMentorSchema } from '../protocol/views';
import { qualityReportSchema, scheduleDiffSchema } from '../planner/report-schema';

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
export const previewBodySchema = z
  .object({ seed: seedSchema.optional(), checkedInOnly: z.boolean().optional() })
  .strict();
export type PreviewOptions = z.infer<typeof previewBodySchema>;

/** Body of POST /api/events/:id/schedule: plan now, or apply a preview (with `basedOn`). */
export const applyBodySchema = previewBodySchema.extend({ basedOn: basedOnSchema.optional() }).strict();
export type ApplyBody = z.infer<typeof applyBodySchema>;

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
  /**
   * Attendance the apply also records (planning with checked-in people only: everyone still
   * expected becomes absent).
   */
  markedAbsent: z.array(z.string()),
});
export type Preview = z.infer<typeof previewSchema>;

/** The answer of POST /api/events/:id/people/:personId/status (the person as in the organizer view). */
export const statusAnswerSchema = z.object({
  person: z.union([organizerMentorSchema, organizerMenteeSchema]),
  pending: z.array(pendingChangeSchema),
});
