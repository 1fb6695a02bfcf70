import { consoleSignup } from '../../../i18n/catalogues/console-signup';
import { ApiError } from '../../../live/api';
import { startFromInputs } from '../plan/start-time';
import type { RegistrationRequest } from './registration-api';

/** The sign-up form as typed: a cap is text (empty: no cap), the closing time a date and a time. */
export interface SignupDraft {
  approval: 'auto' | 'manual';
  date: string;
  time: string;
  maxMentees: string;
  maxMentors: string;
  consentText: string;
}

/** Errors by field of POST …/registration (`form`: the message for the whole form). */
export type SignupErrors = Partial<
  Record<'closesAt' | 'maxMentees' | 'maxMentors' | 'consentText' | 'approval' | 'form', string>
>;

/** The consent text's limit (registrationBodySchema). */
export const CONSENT_MAX = 2000;
const CAP_MAX = 5000;

/** A cap as the field shows it. */
export const capText = (n: number | null): string => (n === null ? '' : String(n));

function cap(text: string): { ok: true; value: number | null } | { ok: false } {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d+$/.test(t) || Number(t) > CAP_MAX) return { ok: false };
  return { ok: true, value: Number(t) };
}

/**
 * The body that opens (or keeps open) sign-up with these settings, or the errors to show by field
 * (in the page language; numbers as typed, "5000" not "5,000").
 */
export function signupBody(
  d: SignupDraft,
): { ok: true; body: RegistrationRequest } | { ok: false; errors: SignupErrors } {
  const errors: SignupErrors = {};
  const closes = startFromInputs(d.date, d.time);
  const { t } = consoleSignup;
  if (!closes.ok) errors.closesAt = t('closesInvalid');
  const mentees = cap(d.maxMentees);
  if (!mentees.ok) errors.maxMentees = t('capInvalid', { max: String(CAP_MAX) });
  const mentors = cap(d.maxMentors);
  if (!mentors.ok) errors.maxMentors = t('capInvalid', { max: String(CAP_MAX) });
  if (d.consentText.length > CONSENT_MAX)
    errors.consentText = t('consentTooLong', { max: String(CONSENT_MAX), length: String(d.consentText.length) });
  if (!closes.ok || !mentees.ok || !mentors.ok || errors.consentText) return { ok: false, errors };
  return {
    ok: true,
    body: {
      open: true,
      approval: d.approval,
      closesAt: closes.value,
      maxMentees: mentees.value,
      maxMentors: mentors.value,
      consentText: d.consentText.trim(),
    },
  };
}

/** A refused save as errors: located issues go next to their field (`closesAt`, `maxMentees`, …). */
export function signupErrorsFrom(err: unknown): SignupErrors {
  if (!(err instanceof ApiError)) return { form: err instanceof Error ? err.message : String(err) };
  const errors: SignupErrors = { form: err.message };
  for (const issue of err.issues) {
    const field = issue.path.split('.')[0] as keyof SignupErrors;
    if (field !== 'form' && ['closesAt', 'maxMentees', 'maxMentors', 'consentText', 'approval'].includes(field))
      errors[field] ??= issue.message;
  }
  return errors;
}
