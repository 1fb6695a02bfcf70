import { z } from 'zod';
import { idSchema, lineText, multilineText, nameText, personName, timestampSchema } from './common';
import { meetingUrlPatchSchema } from './meeting-url';
import { localeSchema } from './locale';

/** How a self sign-up becomes a person: at once, or after the organizer approves it. */
export const approvalSchema = z.enum(['auto', 'manual']);

const capacity = z
  .number({ error: 'must be a whole number of people' })
  .int('must be a whole number of people')
  .min(0, 'must be at least 0')
  .max(5000, 'must be at most 5000');

/** Body of POST /api/events/:id/registration (issue 16): open or close self sign-up. */
export const registrationBodySchema = z
  .object({
    open: z.boolean({ error: 'must be true or false' }),
    closesAt: timestampSchema.nullable().optional(),
    maxMentees: capacity.nullable().optional(),
    maxMentors: capacity.nullable().optional(),
    approval: approvalSchema.default('auto'),
    /** The organizer's words on how the event uses the sign-up's data; shown before consent. */
    consentText: multilineText(2000, { required: false }).optional(),
  })
  .strict();
export type RegistrationBody = z.output<typeof registrationBodySchema>;

/** The sign-up settings of an event as stored (no secret: the code derives from the organizer key). */
export interface RegistrationSettings {
  open: boolean;
  closesAt: number | null;
  maxMentees: number | null;
  maxMentors: number | null;
  approval: 'auto' | 'manual';
  consentText: string;
  /** Which sign-up code is valid: bumped by each revoke, the code is HMAC(organizer key, `signup:<n>`). */
  codeVersion: number;
}

/** What a sign-up says about a mentee or mentor; wishes and avoid hold mentor ids. */
const questionText = multilineText(500, { required: true });
const mentorIds = (what: string) =>
  z.array(idSchema, { error: `must be a list of mentor ids` }).max(3, `at most 3 ${what}`);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Body of POST /api/join/:eventId; unknown fields are refused. `website` is the honeypot. */
export const signupBodySchema = z
  .object({
    role: z.enum(['mentee', 'mentor']).default('mentee'),
    name: personName(),
    email: lineText(320)
      .refine((v) => v === '' || EMAIL.test(v), { message: 'is not an e-mail address', params: { code: 'notEmail' } })
      .optional(),
    questions: z.array(questionText).max(10, 'at most 10 questions').default([]),
    wishes: mentorIds('wishes').default([]),
    avoid: mentorIds('people to avoid').default([]),
    /** A mentor's own profile. */
    bio: multilineText(2000, { required: false }).optional(),
    topics: z.array(nameText(80)).max(30, 'at most 30 topics').default([]),
    consent: z.literal(true, { error: 'consent is needed to sign up' }),
    /** Left empty by people; bots fill every field. */
    website: z.string().max(200).optional(),
    /** The language the sign-up page was shown in (issue 19): the person's mail is written in it. */
    locale: localeSchema.optional(),
  })
  .strict();
export type SignupBody = z.output<typeof signupBodySchema>;

/** Where a sign-up stands. */
export const registrationStatusSchema = z.enum(['pending', 'wait-listed', 'refused', 'registered']);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/** One self sign-up as stored. */
export const registrationSchema = z.object({
  id: idSchema,
  role: z.enum(['mentee', 'mentor']),
  name: z.string(),
  email: z.string().optional(),
  questions: z.array(z.string()),
  wishes: z.array(idSchema),
  avoid: z.array(idSchema),
  bio: z.string().optional(),
  topics: z.array(z.string()),
  locale: localeSchema.optional(),
  status: registrationStatusSchema,
  reason: z.string().optional(),
  at: z.number(),
  updatedAt: z.number(),
  /** The person it became (registered). */
  personId: idSchema.optional(),
  /** Set when the person's token derives from sign-up code `tokenCode` (auto approval), not the organizer key. */
  tokenCode: z.number().int().optional(),
});
export type Registration = z.infer<typeof registrationSchema>;

/** Body of POST /api/events/:id/registrations/:regId. */
export const decisionBodySchema = z
  .object({
    action: z.enum(['approve', 'wait-list', 'refuse']),
    reason: lineText(300).optional(),
  })
  .strict();
export type DecisionBody = z.output<typeof decisionBodySchema>;

/** Body of PATCH /api/me/profile: a mentor completes their own profile. */
export const profileBodySchema = z
  .object({
    bio: multilineText(2000, { required: false }).optional(),
    topics: z.array(nameText(80)).max(30, 'at most 30 topics').optional(),
    /** An empty text removes it. */
    meetingUrl: meetingUrlPatchSchema.optional(),
  })
  .strict();
export type ProfileBody = z.output<typeof profileBodySchema>;

/** The most sign-ups an event keeps waiting (pending or wait-listed) for the organizer. */
export const MAX_WAITING_REGISTRATIONS = 2000;
