import { z } from 'zod';
import { idSchema } from './common';

/** An earlier event on this server, with its organizer key (the key authorises reading it). */
export const historyEventRefSchema = z
  .object({
    id: idSchema,
    key: z.string().min(1, 'must not be empty').max(200),
  })
  .strict();
export type HistoryEventRef = z.infer<typeof historyEventRefSchema>;

/**
 * The second body of POST /api/events/:id/history (the first is a backup file): earlier
 * events on this server, each with its organizer key.
 */
export const historyEventsBodySchema = z
  .object({
    events: z.array(historyEventRefSchema).min(1, 'name at least one earlier event').max(20, 'at most 20 events'),
  })
  .strict();
export type HistoryEventsBody = z.infer<typeof historyEventsBodySchema>;

/** The answer of POST /api/events/:id/history. */
export const historyAddedSchema = z.object({
  /** Pairs met before the event keeps now, in all. */
  pairs: z.number().int().min(0),
  /** Of those, how many this call added. */
  added: z.number().int().min(0),
  /** People of this event found among those who sat at a table at the earlier event(s). */
  matched: z.object({ mentors: z.number().int().min(0), mentees: z.number().int().min(0) }),
  /** Names of those who sat at a table there but were found nowhere here (by e-mail or name). */
  unmatched: z.object({ mentors: z.array(z.string()), mentees: z.array(z.string()) }),
});
export type HistoryAdded = z.infer<typeof historyAddedSchema>;

/** The answer of DELETE /api/events/:id/history. */
export const historyClearedSchema = z.object({ pairs: z.literal(0), removed: z.number().int().min(0) });
export type HistoryCleared = z.infer<typeof historyClearedSchema>;
