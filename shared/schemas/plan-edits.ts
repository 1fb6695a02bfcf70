import { z } from 'zod';
import { idSchema } from './common';

const round = z.number().int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200');
const edit = <T extends string, S extends z.ZodRawShape>(op: T, shape: S) =>
  z.object({ op: z.literal(op), ...shape }).strict();

/** Where a moved mentee goes: a mentor's table, or "bye" (sitting out that round). */
export const BYE = 'bye';

/** One hand edit of the plan (POST /api/events/:id/schedule/edits, docs/api.md). */
export const planEditSchema = z.discriminatedUnion('op', [
  /** Two mentees of one round change places (either may be sitting out). */
  edit('swap', { round, a: idSchema, b: idSchema }),
  /** A mentee takes a free seat at a mentor's table, or sits out ("bye"), in one round. */
  edit('move', { round, menteeId: idSchema, to: idSchema }),
  /** Keep "this mentee meets this mentor" (in `round` when given) through every later plan. */
  edit('pin', { menteeId: idSchema, mentorId: idSchema, round: round.optional() }),
  edit('unpin', { menteeId: idSchema, mentorId: idSchema }),
  /** Keep a whole round's seating as it is through every later plan. */
  edit('lock-round', { round }),
  edit('unlock-round', { round }),
]);
export type PlanEdit = z.infer<typeof planEditSchema>;

/** Body of POST /api/events/:id/schedule/edits. */
export const scheduleEditsBodySchema = z
  .object({
    /** The schedule version the edits were made on (409 when another change came first). */
    basedOn: z.number().int().min(0),
    edits: z.array(planEditSchema).min(1, 'give at least one edit').max(100, 'at most 100 edits at once'),
    /** Check the edits and answer with what they would give and cost; save nothing. */
    dryRun: z.boolean().optional(),
  })
  .strict();
export type ScheduleEditsBody = z.infer<typeof scheduleEditsBodySchema>;

/** A soft cost an edit creates (saved anyway; the console asks before sending). */
export const editCostSchema = z.object({
  /** Index of the edit in `edits`. */
  edit: z.number().int(),
  kind: z.enum(['repeat', 'bye-spread', 'wish-lost', 'group-table']),
  message: z.string(),
});
export type EditCost = z.infer<typeof editCostSchema>;
