import { z } from 'zod';
import { idSchema } from './common';

/** A round number as the plan's rules name it (events have at most 200 rounds). */
const roundNumber = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(200, 'must be at most 200');

/** A meeting the organizer pinned: this mentee meets this mentor, in `round` when given. */
export const planPinSchema = z.object({ menteeId: idSchema, mentorId: idSchema, round: roundNumber.optional() });
export type PlanPinRule = z.infer<typeof planPinSchema>;

/** A mentee and mentor who met at an earlier event (from its backup): planned as already met. */
export const metBeforeSchema = z.object({ menteeId: idSchema, mentorId: idSchema });
export type MetBeforeRule = z.infer<typeof metBeforeSchema>;

/**
 * What the organizer's hand adds to planning (issue 18), kept by every later plan and replan:
 * pinned meetings, rounds locked as they are, and pairs met at earlier events.
 */
export const planRulesSchema = z.object({
  pins: z.array(planPinSchema).max(5000),
  lockedRounds: z.array(roundNumber).max(200),
  metBefore: z.array(metBeforeSchema).max(100_000),
  /**
   * The organizer moved or swapped seats by hand since the last fresh plan: before the start,
   * a change of people then replans from the plan as edited (keeping its seats wherever they
   * still hold) instead of planning afresh. "Try another arrangement" (a new seed) clears it.
   */
  handEdited: z.boolean().optional(),
});
export type PlanRules = z.infer<typeof planRulesSchema>;

/** An event's rules before the organizer adds any (shared, never mutated). */
export const EMPTY_PLAN_RULES: PlanRules = Object.freeze({ pins: [], lockedRounds: [], metBefore: [] }) as PlanRules;

/** Mentees of one group kept apart at tables, and nobody meeting a mentor of their own group. */
export const groupRulesSchema = z
  .object({
    /** Soft: mentees of the same group do not share a table where the numbers allow. */
    menteesApart: z.boolean(),
    /** Hard, like an avoid: a mentee never meets a mentor of their own group. */
    notOwnGroupMentor: z.boolean(),
  })
  .strict();
export type GroupRules = z.infer<typeof groupRulesSchema>;
