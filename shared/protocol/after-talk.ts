/**
 * The answers of "after the talk" (issue 15, docs/api.md): a person's meetings with their own
 * feedback and mutual follow-ups, and the organizer's report. Both sides parse with these.
 */
import { z } from 'zod';
import { myFeedbackSchema, sharingSchema } from '../schemas/feedback';

/** One meeting as its participant sees it (`GET /api/me/meetings`). */
export const meetingSchema = z.object({
  round: z.number().int().min(1),
  /** When the round's talk began (epoch ms), or null when it is not known. */
  startsAt: z.number().nullable(),
  table: z.string().nullable(),
  with: z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['mentor', 'mentee']),
    /** A mentee's prepared questions, shown to the mentors they met; empty otherwise. */
    questions: z.array(z.string()),
  }),
  /** What I gave (rating, private yes, private note), or null when I gave nothing yet. */
  feedback: myFeedbackSchema.nullable(),
  /** Both said "I'd like to stay in touch". */
  mutual: z.boolean(),
  /** What the other person shares with me, only when mutual and they chose to share. */
  contact: z.string().nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** `GET /api/me/meetings` and the `meetings:updated` push. */
export const meetingsAnswerSchema = z.object({
  meetings: z.array(meetingSchema),
  /** My own sharing choice, and whether the event has an e-mail address for me to share. */
  sharing: sharingSchema,
  hasEmail: z.boolean(),
  /** Until when feedback can be given (epoch ms), or null while the event has not ended. */
  feedbackClosesAt: z.number().nullable(),
  feedbackOpen: z.boolean(),
});
export type MeetingsAnswer = z.infer<typeof meetingsAnswerSchema>;

/** The ack of `feedback:give` and the answer of `PUT /api/me/feedback/:round/:personId`. */
export const feedbackGivenSchema = z.object({ feedback: myFeedbackSchema, mutual: z.boolean() });
export type FeedbackGiven = z.infer<typeof feedbackGivenSchema>;

/** Meetings planned and held in one round of the report. */
export const reportRoundSchema = z.object({
  round: z.number().int().min(1),
  planned: z.number().int().min(0),
  held: z.number().int().min(0),
});

/** `GET /api/events/:id/report`: counts only, never who said what. */
export const eventReportSchema = z.object({
  meetingsPlanned: z.number().int().min(0),
  meetingsHeld: z.number().int().min(0),
  noShows: z.number().int().min(0),
  perRound: z.array(reportRoundSchema),
  ratings: z.object({
    count: z.number().int().min(0),
    mean: z.number().nullable(),
    histogram: z.array(z.number().int().min(0)).length(5),
  }),
  perMentor: z.array(
    z.object({
      mentorId: z.string(),
      name: z.string(),
      meetings: z.number().int().min(0),
      ratingCount: z.number().int().min(0),
      /** Null below 3 ratings, so that no single mentee's rating can be read off it. */
      ratingMean: z.number().nullable(),
    }),
  ),
  followUps: z.object({ given: z.number().int().min(0), mutual: z.number().int().min(0) }),
});
export type EventReport = z.infer<typeof eventReportSchema>;

/** The fewest ratings a mentor's mean is shown for. */
export const MIN_RATINGS_FOR_MEAN = 3;
