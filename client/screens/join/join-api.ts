import { z } from 'zod';
import { localeSchema, type Locale } from '../../../shared/schemas/locale';
import { roleLabelsSchema } from '../../../shared/schemas/role-labels';
import type { ProfileBody } from '../../../shared/schemas/registration';
import { api } from '../../live/api';

// The answers of the self sign-up calls (docs/api.md, "Self sign-up"), parsed here because
// shared/protocol has no schema for them yet; zod drops any field the page does not use.

const roleOpenSchema = z.union([
  z.object({ open: z.literal(true) }),
  z.object({ open: z.literal(false), reason: z.string(), message: z.string() }),
]);

/** GET /api/join/:eventId: the event, its format, the consent text, whether sign-up is open, the mentors. */
export const signupViewSchema = z.object({
  event: z.object({
    name: z.string(),
    plannedStartAt: z.number().nullable(),
    roundSeconds: z.number(),
    changeoverSeconds: z.number(),
    rounds: z.number().int(),
    tableCapacity: z.number().int(),
    /** The event's own role words (issue 17); left out: the page language's own. */
    labels: roleLabelsSchema.optional(),
    /** The event's default language (issue 19), for a device that chose none. */
    locale: localeSchema.optional(),
    /** Peer rounds (issue 17): everyone signs up as a participant, with no role's own fields. */
    pairing: z.literal('peer').optional(),
  }),
  consentText: z.string(),
  approval: z.enum(['auto', 'manual']),
  status: z.object({
    open: z.boolean(),
    reason: z.string().nullable(),
    message: z.string().nullable(),
    closesAt: z.number().nullable(),
    roles: z.object({ mentee: roleOpenSchema, mentor: roleOpenSchema }),
  }),
  mentors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      table: z.string(),
      topics: z.array(z.string()),
      bio: z.string().optional(),
    }),
  ),
});
export type SignupInfo = z.infer<typeof signupViewSchema>;
export type SignupMentor = SignupInfo['mentors'][number];

/** POST /api/join/:eventId: registered (with the personal link when it was just made), pending, or updated. */
export const signupAnswerSchema = z.object({
  status: z.enum(['registered', 'pending', 'wait-listed', 'refused']),
  registrationId: z.string().optional(),
  personId: z.string().optional(),
  link: z.string().optional(),
  updated: z.boolean().optional(),
  mailed: z.boolean().optional(),
  message: z.string(),
});
export type SignupAnswer = z.infer<typeof signupAnswerSchema>;

/** What the page sends: the server's body, every field spelled out (the honeypot `website` as typed). */
export interface SignupRequest {
  role: 'mentee' | 'mentor';
  name: string;
  email?: string;
  questions?: string[];
  wishes?: string[];
  avoid?: string[];
  bio?: string;
  topics?: string[];
  consent: boolean;
  website: string;
  /** The language the page is shown in (issue 19): the person's mail is written in it. */
  locale?: Locale;
}

/** The parts of GET /api/me the profile form starts from. */
export const myProfileSchema = z.object({
  role: z.enum(['mentor', 'mentee']),
  person: z.object({
    name: z.string(),
    table: z.string().optional(),
    bio: z.string().optional(),
    topics: z.array(z.string()),
    meetingUrl: z.string().optional(),
  }),
  event: z.object({ name: z.string(), labels: roleLabelsSchema.optional(), locale: localeSchema.optional() }),
});
export type MyProfile = z.infer<typeof myProfileSchema>;

/** PATCH /api/me/profile: the mentor's public profile as saved. */
export const profileAnswerSchema = z.object({
  name: z.string(),
  table: z.string(),
  topics: z.array(z.string()),
  bio: z.string().optional(),
  meetingUrl: z.string().optional(),
});
export type ProfileAnswer = z.infer<typeof profileAnswerSchema>;

// The secret goes in the Authorization header (api()), never in the path or the query.
const joinPath = (eventId: string) => `/api/join/${encodeURIComponent(eventId)}`;

/** The sign-up calls of one event, with its sign-up code. */
export function joinApi(eventId: string, code: string) {
  return {
    load: () => api(joinPath(eventId), signupViewSchema, { secret: code }),
    submit: (body: SignupRequest) => api(joinPath(eventId), signupAnswerSchema, { method: 'POST', body, secret: code }),
  };
}

/** A mentor's own profile calls, with their personal token. */
export function profileApi(token: string) {
  return {
    load: () => api('/api/me', myProfileSchema, { secret: token }),
    save: (body: ProfileBody) => api('/api/me/profile', profileAnswerSchema, { method: 'PATCH', body, secret: token }),
  };
}
