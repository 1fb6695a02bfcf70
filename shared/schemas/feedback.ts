import { z } from 'zod';
import { idSchema, lineText, multilineText, timestampSchema } from './common';

/** A meeting's rating: 1 (poor) to 5 (excellent). */
export const ratingSchema = z
  .number({ error: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be at least 1')
  .max(5, 'must be at most 5');

/** The longest private note about a meeting. */
export const NOTE_MAX = 1000;
/** The longest contact line a person may share with mutual follow-ups. */
export const CONTACT_MAX = 200;

/**
 * One person's feedback on one person they sat with in one round (`feedback:give`, `PUT
 * /api/me/feedback/:round/:personId`). Every field is optional: what is left out keeps its
 * value, so one tap sends one field. `rating: null` takes a rating back.
 */
export const feedbackBodySchema = z
  .object({
    rating: ratingSchema.nullable().optional(),
    followUp: z.boolean({ error: 'must be true or false' }).optional(),
    note: multilineText(NOTE_MAX, { required: false }).optional(),
  })
  .strict();
export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

/** The socket twin of the REST body: the round and the person it is about travel in the payload. */
export const feedbackGivePayloadSchema = feedbackBodySchema
  .extend({ round: z.number().int().min(1), withId: idSchema })
  .strict();
export type FeedbackGivePayload = z.infer<typeof feedbackGivePayloadSchema>;

/** What is stored of one person's feedback on one meeting. */
export const feedbackEntrySchema = z.object({
  round: z.number().int().min(1),
  withId: idSchema,
  rating: ratingSchema.nullable(),
  followUp: z.boolean(),
  note: z.string().max(NOTE_MAX * 2),
  /** When it last changed (epoch ms). */
  at: z.number(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/** The feedback as an answer shows it to its writer (the ack of `feedback:give`). */
export const myFeedbackSchema = feedbackEntrySchema.pick({ rating: true, followUp: true, note: true });
export type MyFeedback = z.infer<typeof myFeedbackSchema>;

/** What a person shares with the people they have a mutual follow-up with. */
export const shareSchema = z.enum(['none', 'email', 'contact']);
export type Share = z.infer<typeof shareSchema>;

/** `PUT /api/me/sharing`: nothing (the default), the e-mail of the import, or a contact line. */
export const sharingBodySchema = z
  .object({
    share: shareSchema,
    contact: lineText(CONTACT_MAX).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.share === 'contact' && !b.contact)
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'write the contact line to share' });
  });
export type SharingBody = z.infer<typeof sharingBodySchema>;

/** A person's sharing choice as stored. */
export const sharingSchema = z.object({
  share: shareSchema,
  contact: z
    .string()
    .max(CONTACT_MAX * 2)
    .nullable(),
});
export type Sharing = z.infer<typeof sharingSchema>;

/** Everything a person wrote after their meetings: their sharing choice and their feedback. */
export const personFeedbackSchema = z.object({
  sharing: sharingSchema,
  given: z.array(feedbackEntrySchema).max(10_000),
});
export type PersonFeedback = z.infer<typeof personFeedbackSchema>;

/** When feedback closes (settings): epoch ms, or null for 7 days after the event ends. */
export const feedbackClosesAtSchema = timestampSchema.nullable();
