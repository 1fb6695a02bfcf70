import { z } from 'zod';
import { durationSeconds, nameText, timestampSchema } from './common';
import { localeSchema } from './locale';
import { eventTimeZoneSchema } from './time-zone';
import { groupRulesSchema } from './plan-rules';
import { roleLabelsSchema } from './role-labels';

/**
 * Who moves between rounds (issue 17): `mentees` (the default) walk to the mentors' tables;
 * `mentors` walk while the mentees stay seated at their table for the whole event.
 */
export const movingSchema = z.enum(['mentees', 'mentors'], 'must be "mentees" or "mentors"');
export type Moving = z.infer<typeof movingSchema>;

/**
 * Who meets whom (issue 17): `mentor-mentee` (the default) seats mentees with mentors; `peer`
 * is one pool of participants who meet each other (shared/planner/peer).
 */
export const pairingSchema = z.enum(['mentor-mentee', 'peer'], 'must be "mentor-mentee" or "peer"');
export type Pairing = z.infer<typeof pairingSchema>;

/** A pause that replaces the changeover after round `afterRound`. */
export const breakSchema = z.object({
  afterRound: z.number().int('must be a whole number').min(1, 'must be at least 1'),
  seconds: durationSeconds,
});
export type Break = z.infer<typeof breakSchema>;

// Request bodies refuse unknown fields (a misspelt one would be lost); `breakSchema` itself
// stays lenient, as backups and the views read it.
const breakBodySchema = breakSchema.strict();

/**
 * Event settings as an organizer writes them (body of POST /api/events; unknown fields are
 * refused); `rounds` defaults to the number of mentors.
 */
export const eventSettingsSchema = z
  .object({
    name: nameText(200),
    roundSeconds: durationSeconds,
    changeoverSeconds: durationSeconds,
    rounds: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(200, 'must be at most 200')
      .optional(),
    tableCapacity: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(50, 'must be at most 50')
      .default(1),
    breaks: z.array(breakBodySchema).max(100).default([]),
    /** Planned start, epoch ms; optional and informative only (the clock starts on command). */
    plannedStartAt: timestampSchema.nullable().optional(),
    /** Until when people can give feedback, epoch ms; null or left out: 7 days after the event ends. */
    feedbackClosesAt: timestampSchema.nullable().optional(),
    /** Group rules (issue 18); null or left out: both on when anyone has a `group`. */
    groups: groupRulesSchema.nullable().optional(),
    /** Who moves between rounds; left out: mentees. */
    moving: movingSchema.optional(),
    /** Who meets whom; left out: mentors and mentees. */
    pairing: pairingSchema.optional(),
    /** The event's own words for the roles; null or left out: "Mentor" and "Mentee". */
    labels: roleLabelsSchema.nullable().optional(),
    /** The event's default language (printables, and devices with none of theirs); left out: English. */
    locale: localeSchema.nullable().optional(),
    /** The event's time zone (an IANA name); left out: each device shows its own. */
    timeZone: eventTimeZoneSchema.nullable().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<number>();
    s.breaks.forEach((b, i) => {
      if (seen.has(b.afterRound)) {
        ctx.addIssue({
          code: 'custom',
          path: ['breaks', i, 'afterRound'],
          message: `a break after round ${b.afterRound} is already set`,
          params: { code: 'breakTwice', round: b.afterRound },
        });
      }
      seen.add(b.afterRound);
      if (s.rounds !== undefined && b.afterRound >= s.rounds) {
        ctx.addIssue({
          code: 'custom',
          path: ['breaks', i, 'afterRound'],
          message: `must be before the last round (${s.rounds})`,
          params: { code: 'breakAfterLast', rounds: s.rounds },
        });
      }
    });
  });
export type EventSettingsInput = z.input<typeof eventSettingsSchema>;
export type EventSettings = z.output<typeof eventSettingsSchema>;

/** A partial settings update (PATCH); every field optional, none defaulted. */
export const eventSettingsPatchSchema = z
  .object({
    name: nameText(200),
    roundSeconds: durationSeconds,
    changeoverSeconds: durationSeconds,
    rounds: z.number().int().min(1).max(200),
    tableCapacity: z.number().int().min(1).max(50),
    breaks: z.array(breakBodySchema).max(100),
    plannedStartAt: timestampSchema.nullable(),
    feedbackClosesAt: timestampSchema.nullable(),
    groups: groupRulesSchema.nullable(),
    moving: movingSchema,
    pairing: pairingSchema,
    /** null: back to "Mentor" and "Mentee". */
    labels: roleLabelsSchema.nullable(),
    /** null: back to English. */
    locale: localeSchema.nullable(),
    /** null: no zone of its own (each device shows its own). */
    timeZone: eventTimeZoneSchema.nullable(),
  })
  .partial()
  .strict();
export type EventSettingsPatch = z.infer<typeof eventSettingsPatchSchema>;
