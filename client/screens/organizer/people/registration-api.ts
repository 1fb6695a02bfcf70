import { z } from 'zod';
import type { RoleOpen, SignupOpenness } from '../../../../shared/event/rules/registration';
import type { RegistrationsView, RoleCounts } from '../../../../shared/event/views/signup-view';
import { organizerPersonSchema } from '../../../../shared/protocol/answers';
import {
  approvalSchema,
  registrationSchema,
  type DecisionBody,
  type RegistrationBody,
  type RegistrationSettings,
} from '../../../../shared/schemas/registration';
import { api } from '../../../live/api';

const closedReason = z.enum(['closed', 'closes-at', 'full', 'ended']);
const roleOpenSchema: z.ZodType<RoleOpen> = z.union([
  z.object({ open: z.literal(true) }),
  z.object({ open: z.literal(false), reason: closedReason, message: z.string() }),
]);

/** Whether sign-up is open now, and why not, as the server words it. */
export const opennessSchema: z.ZodType<SignupOpenness> = z.object({
  open: z.boolean(),
  reason: closedReason.nullable(),
  message: z.string().nullable(),
  closesAt: z.number().nullable(),
  roles: z.object({ mentee: roleOpenSchema, mentor: roleOpenSchema }),
});

const settingsSchema: z.ZodType<RegistrationSettings> = z.object({
  open: z.boolean(),
  closesAt: z.number().nullable(),
  maxMentees: z.number().int().nullable(),
  maxMentors: z.number().int().nullable(),
  approval: approvalSchema,
  consentText: z.string(),
  codeVersion: z.number().int(),
});

/** The sign-up settings as the organizer's calls answer them: with the link, its QR code (SVG) and the status. */
export const shownRegistrationSchema = z.intersection(
  settingsSchema,
  z.object({ link: z.string(), qrSvg: z.string(), status: opennessSchema }),
);
export type ShownRegistration = z.infer<typeof shownRegistrationSchema>;

/** The answer of POST …/registration and …/registration/code; `code` only when the call made one. */
export const registrationSetSchema = z.object({ registration: shownRegistrationSchema, code: z.string().optional() });
export type RegistrationSetAnswer = z.infer<typeof registrationSetSchema>;

const countsSchema: z.ZodType<RoleCounts> = z.object({
  pending: z.number().int(),
  waitListed: z.number().int(),
  refused: z.number().int(),
  registered: z.number().int(),
  inEvent: z.number().int(),
  placesTaken: z.number().int(),
  max: z.number().int().nullable(),
});

/** GET …/registrations: the settings (null: never set), the counts and the sign-ups by status. */
export const registrationsAnswerSchema = z.object({
  registration: shownRegistrationSchema.nullable(),
  status: opennessSchema,
  counts: z.object({ mentee: countsSchema, mentor: countsSchema }),
  pending: z.array(registrationSchema),
  waitListed: z.array(registrationSchema),
  refused: z.array(registrationSchema),
});
export type RegistrationsAnswer = RegistrationsView & { registration: ShownRegistration | null };

/** POST …/registrations/:regId: the sign-up as decided, and the person an approval added. */
export const decisionAnswerSchema = z.object({
  registration: registrationSchema,
  person: organizerPersonSchema.optional(),
});
export type DecisionAnswer = z.infer<typeof decisionAnswerSchema>;

/** The body of POST …/registration as the client sends it (the server fills `approval`'s default). */
export type RegistrationRequest = Omit<RegistrationBody, 'approval'> & { approval?: RegistrationBody['approval'] };

/** The console's self sign-up calls (docs/api.md, "Self sign-up"), with the organizer key. Throw ApiError. */
export interface RegistrationApi {
  /** Open, close or change sign-up. */
  set(body: RegistrationRequest): Promise<RegistrationSetAnswer>;
  /** Replace the sign-up code: the old link and its posters stop working. */
  newCode(): Promise<RegistrationSetAnswer>;
  /** The settings, counts and sign-ups. */
  list(): Promise<RegistrationsAnswer>;
  /** Approve, wait-list or refuse one sign-up. */
  decide(regId: string, body: DecisionBody): Promise<DecisionAnswer>;
}

/** The sign-up API of one event as its organizer. */
export function registrationApi(eventId: string, key: string): RegistrationApi {
  const base = `/api/events/${encodeURIComponent(eventId)}`;
  return {
    set: (body) => api(`${base}/registration`, registrationSetSchema, { method: 'POST', body, secret: key }),
    newCode: () => api(`${base}/registration/code`, registrationSetSchema, { method: 'POST', secret: key }),
    list: () => api(`${base}/registrations`, registrationsAnswerSchema, { secret: key }),
    decide: (regId, body) =>
      api(`${base}/registrations/${encodeURIComponent(regId)}`, decisionAnswerSchema, {
        method: 'POST',
        body,
        secret: key,
      }),
  };
}
