/**
 * The answers of the HTTP API (docs/api.md), one schema each: the server's answers have these
 * shapes and the client parses them with the same definitions. The views (GET /api/events/:id,
 * /api/me, /api/projector) live in views.ts; the live-change answers in
 * ../attendance/preview-schema.ts.
 */
import { z } from 'zod';
import { localeSchema } from '../schemas/locale';
import { attendanceSchema } from '../schemas/people';
import { eventInfoSchema, organizerMenteeSchema, organizerMentorSchema } from './views';

/** The links of an event (organizer console, projector), secrets in the fragment. */
export const eventLinksSchema = z.object({ organizer: z.string(), projector: z.string() });

/** POST /api/events → 201: the new event, its organizer key (shown once) and links. */
export const eventCreatedSchema = z.object({
  event: eventInfoSchema,
  organizerKey: z.string(),
  links: eventLinksSchema,
});
export type EventCreated = z.infer<typeof eventCreatedSchema>;

/**
 * GET /api/instance → 200: what the home page needs before creating an event. With
 * `createKeyRequired`, creating and importing need `Authorization: Bearer <create key>`.
 */
export const instanceInfoSchema = z.object({
  createKeyRequired: z.boolean(),
  /** Whether TABLEHOP_PUBLIC_URL fixes the links (else they follow the address the page was opened at). */
  publicUrlSet: z.boolean().default(false),
  /** Addresses of this machine that phones on its network can open (empty: listening on loopback only). */
  lanUrls: z.array(z.string()).default([]),
});
/** Defaults fill in what a server from before issue 16 leaves out. */
export type InstanceInfo = z.output<typeof instanceInfoSchema>;

/** POST /api/events/import → 201: as creating, plus what came from the backup. */
export const eventImportedSchema = eventCreatedSchema.extend({
  imported: z.object({
    mentors: z.number().int(),
    mentees: z.number().int(),
    schedule: z.boolean(),
    replanned: z.boolean(),
  }),
});
export type EventImported = z.infer<typeof eventImportedSchema>;

/** A person as the organizer sees them (PATCH …/people/:personId → 200). */
export const organizerPersonSchema = z.union([organizerMentorSchema, organizerMenteeSchema]);

/** POST …/people and …/people.csv → 201: the people added, with their tokens and links. */
export const peopleAddedSchema = z.object({
  mentors: z.array(organizerMentorSchema),
  mentees: z.array(organizerMenteeSchema),
});
export type PeopleAdded = z.infer<typeof peopleAddedSchema>;

/** PUT /api/me/questions → 200 and the `questions:update` ack: the questions as stored (trimmed). */
export const questionsAnswerSchema = z.object({ questions: z.array(z.string()) });

/** PUT /api/me/locale → 200: the person's language as stored (issue 19). */
export const localeAnswerSchema = z.object({ locale: localeSchema });

/** POST /api/me/check-in → 200. */
export const checkInAnswerSchema = z.object({ attendance: attendanceSchema });

/** A 204 answer (DELETE): no body. */
export const noContentSchema = z.null();
