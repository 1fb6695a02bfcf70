import { z } from 'zod';

/** What a slice of the clock is for. */
export const phaseKindSchema = z.enum(['meeting', 'changeover', 'break']);
export type PhaseKind = z.infer<typeof phaseKindSchema>;

/**
 * A phase of the event. For a changeover or break, `round` is the round people are moving to,
 * so "Go to your round-3 table" reads straight from it.
 */
export const phaseSchema = z.object({
  index: z.number().int().min(0),
  kind: phaseKindSchema,
  round: z.number().int().min(1),
});
export type PhaseRef = z.infer<typeof phaseSchema>;

/** The stored clock: a state machine on `status`; times are absolute epoch ms. */
export const clockStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle'), version: z.number().int() }),
  z.object({
    status: z.literal('running'),
    version: z.number().int(),
    phaseIndex: z.number().int().min(0),
    phaseEndsAt: z.number(),
    startedAt: z.number(),
  }),
  z.object({
    status: z.literal('paused'),
    version: z.number().int(),
    phaseIndex: z.number().int().min(0),
    remainingMs: z.number().min(0),
    startedAt: z.number(),
  }),
  z.object({ status: z.literal('finished'), version: z.number().int(), endedAt: z.number(), startedAt: z.number().nullable() }),
]);
export type ClockState = z.infer<typeof clockStateSchema>;
export type ClockStatus = ClockState['status'];

/** What every client receives about the clock (GET /api/events/:id/clock and `clock:changed`). */
export const clockSnapshotSchema = z.object({
  status: z.enum(['idle', 'running', 'paused', 'finished']),
  phase: phaseSchema.nullable(),
  phaseEndsAt: z.number().nullable(),
  remainingMs: z.number().min(0),
  serverNow: z.number(),
  version: z.number().int(),
  rounds: z.number().int().min(0),
  phaseCount: z.number().int().min(0),
  startedAt: z.number().nullable(),
});
export type ClockSnapshot = z.infer<typeof clockSnapshotSchema>;

/**
 * Body of POST /api/events/:id/clock and the `clock:command` payload (unknown fields refused);
 * `expectedPhase` makes a double-click harmless.
 */
export const clockCommandSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), expectedPhase: z.number().int().min(0).optional() }).strict(),
  z.object({ action: z.literal('pause'), expectedPhase: z.number().int().min(0).optional() }).strict(),
  z.object({ action: z.literal('resume'), expectedPhase: z.number().int().min(0).optional() }).strict(),
  z
    .object({
      action: z.literal('extend'),
      seconds: z.number().int('must be a whole number of seconds').min(1).max(3600).default(60),
      expectedPhase: z.number().int().min(0).optional(),
    })
    .strict(),
  z.object({ action: z.literal('skip'), expectedPhase: z.number().int().min(0).optional() }).strict(),
  z.object({ action: z.literal('end'), expectedPhase: z.number().int().min(0).optional() }).strict(),
]);
export type ClockCommand = z.output<typeof clockCommandSchema>;
export type ClockCommandInput = z.input<typeof clockCommandSchema>;
