import { englishPlural } from '../../../shared/labels/role-words';
import type { Issue } from '../../../shared/schemas/errors';
import type { Locale } from '../../../shared/schemas/locale';
import { roleLabelsSchema, type RoleLabels } from '../../../shared/schemas/role-labels';
import type { FieldErrors } from './event-form';
import { schemaIssueText } from './schema-issue-text';

/** The role-name fields as typed (issue 17): empty means "the default word". */
export interface RoleNameValues {
  mentor: string;
  mentee: string;
  mentors: string;
  mentees: string;
}

/** The four role fields, by the path the API names them with (`labels.mentor`, …). */
export const ROLE_FIELDS = ['mentor', 'mentee', 'mentors', 'mentees'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** The words a field falls back to when left empty: the page's (or the console's) default role words. */
export interface RoleDefaults {
  mentor: string;
  mentors: string;
  mentee: string;
  mentees: string;
}

/** The fields for an event's stored labels (none: all empty, the defaults show as placeholders). */
export function roleNameValues(labels: RoleLabels | null | undefined): RoleNameValues {
  return {
    mentor: labels?.mentor ?? '',
    mentee: labels?.mentee ?? '',
    mentors: labels?.mentors ?? '',
    mentees: labels?.mentees ?? '',
  };
}

/**
 * What an empty field stands for, shown as its placeholder: a singular's default word, and a
 * plural's derived form of the singular typed (the one the screens will use unless it is spelt out).
 */
export function rolePlaceholder(values: RoleNameValues, field: RoleField, defaults: RoleDefaults): string {
  if (field === 'mentor' || field === 'mentee') return defaults[field];
  const singular = field === 'mentors' ? values.mentor : values.mentee;
  return singular.trim() === '' ? defaults[field] : englishPlural(singular.trim());
}

/**
 * The fields as the body's `labels`: null when all are empty (the defaults), else both singulars
 * (an empty one takes its default word) and the plurals typed. Checked with the shared schema,
 * so a name over 30 characters is named at its field before anything is sent.
 */
export function labelsFromValues(
  values: RoleNameValues,
  defaults: RoleDefaults,
): { ok: true; labels: RoleLabels | null } | { ok: false; errors: FieldErrors } {
  if (ROLE_FIELDS.every((f) => values[f].trim() === '')) return { ok: true, labels: null };
  const input = {
    mentor: values.mentor.trim() || defaults.mentor,
    mentee: values.mentee.trim() || defaults.mentee,
    ...(values.mentors.trim() ? { mentors: values.mentors } : {}),
    ...(values.mentees.trim() ? { mentees: values.mentees } : {}),
  };
  const parsed = roleLabelsSchema.safeParse(input);
  if (parsed.success) return { ok: true, labels: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[`labels.${issue.path.join('.')}`] ??= schemaIssueText(issue);
  return { ok: false, errors };
}

/** Whether two label sets say the same (null and undefined both mean the defaults). */
export function sameLabels(a: RoleLabels | null | undefined, b: RoleLabels | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return ROLE_FIELDS.every((f) => a[f] === b[f]);
}

/** The server's issues about the labels, the language and the time zone, keyed by the field that shows them. */
export function wordsErrorsFromIssues(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, message } of issues) {
    const field = ROLE_FIELDS.find((f) => path === `labels.${f}`);
    const key = field ? `labels.${field}` : path === 'locale' || path === 'timeZone' ? path : null;
    if (key) errors[key] ??= message;
  }
  return errors;
}

/** The `locale` to send for a chosen language: English is the default, so it is not stored. */
export function localeToSend(chosen: Locale): Locale | null {
  return chosen === 'en' ? null : chosen;
}
