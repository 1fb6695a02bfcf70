import { z } from 'zod';
import { clockCommandSchema } from './clock';

/**
 * `{ action: 'undo', version }`: take back the skip or end that made clock version `version`
 * (the version its answer carried), within 10 seconds and only if the clock did not change since.
 */
export const clockUndoBodySchema = z.object({ action: z.literal('undo'), version: z.number().int().min(0) }).strict();

/**
 * `{ action: 'reset', confirm? }`: a rehearsed clock back to idle, people and plan kept;
 * `confirm: true` once it has been running for more than a minute.
 */
export const clockResetBodySchema = z.object({ action: z.literal('reset'), confirm: z.boolean().optional() }).strict();

/**
 * Body of POST /api/events/:id/clock and the `clock:command` payload: a clock command (start,
 * pause, resume, extend, skip, end), an undo or a reset. Unknown fields are refused.
 */
export const clockRequestSchema = z.discriminatedUnion('action', [
  ...clockCommandSchema.options,
  clockUndoBodySchema,
  clockResetBodySchema,
]);
export type ClockRequest = z.output<typeof clockRequestSchema>;
export type ClockRequestInput = z.input<typeof clockRequestSchema>;
