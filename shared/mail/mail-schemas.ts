import { z } from 'zod';
import { idSchema } from '../schemas/common';

/** What the console and the API say when the server has no SMTP server to send through. */
export const MAIL_NOT_SET_UP = 'E-mail is not set up on this server (TABLEHOP_SMTP_URL)';

// The time zone schema moved to shared/schemas/time-zone.ts (the event has one too, issue 19).
import { timeZoneSchema } from '../schemas/time-zone';

export { isTimeZone, timeZoneSchema } from '../schemas/time-zone';

/** Whom a send request is for: everyone with an e-mail, those not sent yet, or one person. */
export const mailTargetSchema = z.union([
  z.literal('all'),
  z.literal('unsent'),
  z.object({ personId: idSchema }).strict(),
]);
export type MailTarget = z.infer<typeof mailTargetSchema>;

/** Body of POST /api/events/:id/mail/links; unknown fields are refused. */
export const mailSendBodySchema = z
  .object({
    to: mailTargetSchema,
    /** One per click: the same key again answers what the first request answered and queues nothing. */
    idempotencyKey: z
      .string()
      .min(8, 'must be at least 8 characters')
      .max(100, 'must be at most 100 characters')
      .regex(/^[A-Za-z0-9_.:-]+$/, 'must be letters, digits, _ . : or -'),
    /** The time zone the mail's times are written in (the console sends its own); default the server's. */
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
export type MailSendBody = z.infer<typeof mailSendBodySchema>;

/**
 * Why someone asked for was not queued: no address or not one; a mail to them is waiting
 * already; `unsent` and they were sent one; or one was accepted for them under a minute ago (a
 * second click must not send twice).
 */
export const skipReasonSchema = z.enum([
  'no e-mail',
  'not an e-mail address',
  'already queued',
  'already sent',
  'just sent',
]);
export type SkipReason = z.infer<typeof skipReasonSchema>;

/** POST …/mail/links → 202: how many mails were queued and who was left out, and why. */
export const mailSendAnswerSchema = z.object({
  queued: z.number().int().min(0),
  skipped: z.array(z.object({ personId: z.string(), name: z.string(), reason: skipReasonSchema })),
});
export type MailSendAnswer = z.infer<typeof mailSendAnswerSchema>;

/** Where a person's latest mail stands. */
export const mailStatusSchema = z.enum(['queued', 'sent', 'failed']);
export type MailStatus = z.infer<typeof mailStatusSchema>;

/** One person's latest mail: queued (with the next try), sent (when), failed (the server's reason). */
export const mailEntrySchema = z.object({
  personId: z.string(),
  status: mailStatusSchema,
  /** The address it goes (or went) to. */
  address: z.string(),
  queuedAt: z.number(),
  /** Tries made for this mail so far. */
  attempts: z.number().int().min(0),
  /** Queued: when the next try is due. */
  nextAttemptAt: z.number().nullable(),
  /** When a mail to this person was last accepted by the SMTP server (kept when it is sent again). */
  sentAt: z.number().nullable(),
  /** Failed: when it was given up. */
  failedAt: z.number().nullable(),
  /** The last try's failure as the SMTP server (or the connection) gave it; null once sent. */
  error: z.string().nullable(),
});
export type MailEntry = z.infer<typeof mailEntrySchema>;

/** GET /api/events/:id/mail → 200: whether mail is set up, and each person's latest mail. */
export const mailLogSchema = z.object({
  enabled: z.boolean(),
  /** Why not, in the console's words (MAIL_NOT_SET_UP); null when enabled. */
  message: z.string().nullable(),
  /** The server's cap on mails sent per minute (null when not enabled). */
  perMinute: z.number().int().nullable(),
  people: z.array(mailEntrySchema),
});
export type MailLog = z.infer<typeof mailLogSchema>;
