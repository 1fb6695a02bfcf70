import { z } from 'zod';
import { idSchema } from './common';

/**
 * One table in one round: the mentor and the mentees seated with them. `table` is set only when
 * mentors move (issue 17): the label of the seated table the mentor visits that round (a resting
 * mentor has none); otherwise the table is the mentor's own, as the people list says.
 */
export const seatingTableSchema = z.object({
  mentorId: idSchema,
  table: z.string().optional(),
  menteeIds: z.array(idSchema),
  /**
   * Peer rounds only (issue 17, `pairing: 'peer'`): everyone at the table. `mentorId` is then the
   * peer who stays at the table (else its first peer), `menteeIds` the others, `table` its label.
   */
  peerIds: z.array(idSchema).optional(),
});
export type SeatingTable = z.infer<typeof seatingTableSchema>;

/** One round's seating: every mentor present, in table order, and the mentees sitting out. */
export const roundSeatingSchema = z.object({
  round: z.number().int().min(1),
  tables: z.array(seatingTableSchema),
  byes: z.array(idSchema),
});
export type RoundSeating = z.infer<typeof roundSeatingSchema>;

/** The schedule: the public JSON of `tablehop plan --format json` and the API. Extra fields allowed. */
export const scheduleSchema = z.looseObject({
  mentors: z.array(z.looseObject({ id: idSchema, name: z.string(), table: z.string() })),
  mentees: z.array(z.looseObject({ id: idSchema, name: z.string() })),
  rounds: z.array(roundSeatingSchema),
});
export type Schedule = z.infer<typeof scheduleSchema>;
