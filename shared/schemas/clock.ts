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

const version = z.number().int();
const idleClock = z.object({ status: z.literal('idle'), version });
const runningClock = z.object({
  status: z.literal('running'),
  version,
  phaseIndex: z.number().int().min(0),
  phaseEndsAt: z.number(),
  startedAt: z.number(),
});
const pausedClock = z.object({
  status: z.literal('paused'),
  version,
  phaseIndex: z.number().int().min(0),
  remainingMs: z.number().min(0),
  startedAt: z.number(),
});
const finishedClock = z.object({
  status: z.literal('finished'),
  version,
  endedAt: z.number(),
  startedAt: z.number().nullable(),
});

const phaseIndex = z.number().int().min(0);

/**
 * What a skip or an end replaced, kept on the clock it made so that the organizer can take it
 * back for a few seconds (`clock.undo`): the time of the command and the clock before it, its
 * running time as the time that was left. Gone with the clock's next change; never sent.
 */
export const clockUndoSchema = z.object({
  action: z.enum(['skip', 'end']),
  at: z.number(),
  before: z.discriminatedUnion('status', [
    z.object({ status: z.literal('idle') }),
    z.object({ status: z.literal('running'), phaseIndex, remainingMs: z.number().min(0), startedAt: z.number() }),
    z.object({ status: z.literal('paused'), phaseIndex, remainingMs: z.number().min(0), startedAt: z.number() }),
  ]),
});
export type ClockUndo = z.infer<typeof clockUndoSchema>;
const undoable = { undo: clockUndoSchema.optional() };

/** The stored clock: a state machine on `status`; times are absolute epoch ms. */
export const clockStateSchema = z.discriminatedUnion('status', [
  idleClock,
  runningClock.extend(undoable),
  pausedClock.extend(undoable),
  finishedClock.extend(undoable),
]);
export type ClockState = z.infer<typeof clockStateSchema>;
export type ClockStatus = ClockState['status'];

/** What a snapshot adds to the clock: the server's time, the timeline's size and the phase in words. */
const told = {
  serverNow: z.number(),
  rounds: z.number().int().min(0),
  phaseCount: z.number().int().min(0),
  remainingMs: z.number().min(0),
};

/**
 * What every client receives about the clock (GET /api/events/:id/clock and `clock:changed`):
 * the stored clock itself, state for state, plus what a screen shows without the timeline
 * (the phase, the remaining time, the server's now). Being a `ClockState`, it runs forward
 * on a phone with the same `advance` the server uses.
 */
export const clockSnapshotSchema = z.discriminatedUnion('status', [
  idleClock.extend({ phase: z.null(), phaseEndsAt: z.null(), startedAt: z.null(), ...told }),
  runningClock.extend({ phase: phaseSchema.nullable(), ...told }),
  pausedClock.extend({ phase: phaseSchema.nullable(), phaseEndsAt: z.null(), ...told }),
  finishedClock.extend({ phase: z.null(), phaseEndsAt: z.null(), ...told }),
]);
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
