import { z } from 'zod';

/**
 * The clock commands an organizer can give (what the clock history records); `undo` takes back
 * a skip or an end, `reset` brings a rehearsed clock back to idle.
 */
export const clockActionSchema = z.enum(['start', 'pause', 'resume', 'extend', 'skip', 'end', 'undo', 'reset']);

/**
 * One accepted clock command, as the append-only clock history keeps it: when the server
 * applied it, what it was, the phase it was given in (null when the clock was idle or
 * finished) and the clock's version after it. Automatic phase changes are not listed: they
 * follow from the commands and the settings.
 */
export const clockLogEntrySchema = z.object({
  at: z.number(),
  action: clockActionSchema,
  seconds: z.number().int().min(1).optional(),
  phaseIndex: z.number().int().min(0).nullable(),
  version: z.number().int().min(0),
});
export type ClockLogEntry = z.infer<typeof clockLogEntrySchema>;
