import { eventSettingsSchema, type EventSettingsInput } from '../../../shared/schemas/settings';
import type { Issue } from '../../../shared/schemas/errors';
import { buildPhases } from '../../../shared/timeline/phases';
import { common } from '../../i18n/catalogues/common';
import { home } from '../../i18n/catalogues/home';
import { issueText } from '../../i18n/issue-text';
import { breakIssues, schemaIssueText } from './schema-issue-text';

/** One break row as typed: after which round, how many minutes. `key` keeps rows stable in lists. */
export interface BreakRow {
  key: number;
  afterRound: string;
  minutes: string;
}

/** The create-event form as typed (strings, so half-typed values are kept as they are). */
export interface EventFormValues {
  name: string;
  roundMinutes: string;
  changeoverMinutes: string;
  rounds: string;
  tableCapacity: string;
  breaks: BreakRow[];
}

/**
 * Field errors keyed by form field: `name`, `roundMinutes`, `changeoverMinutes`, `rounds`,
 * `tableCapacity`, `breaks`, `breaks.<i>.afterRound`, `breaks.<i>.minutes`, `labels.<role>`,
 * `locale`, and `form` for the rest.
 */
export type FieldErrors = Record<string, string>;

/** Sensible starting values for a first event. */
export function initialFormValues(): EventFormValues {
  return { name: '', roundMinutes: '8', changeoverMinutes: '2', rounds: '', tableCapacity: '1', breaks: [] };
}

/** Parse a decimal written with `.` or `,` ("1.5", "1,5", " 2 "); null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Minutes as typed → whole seconds (rounded); null when the text is not a number. */
export function minutesToSeconds(text: string): number | null {
  const m = parseDecimal(text);
  return m === null ? null : Math.round(m * 60);
}

/** Seconds → minutes as the form shows them: "8", "1.5", "0.25" (at most two decimals). */
export function secondsToMinutes(seconds: number): string {
  return String(Math.round((seconds / 60) * 100) / 100);
}

const MAX_SECONDS = 24 * 3600;

/** Where a settings path (from zod or the server) shows up in the form. */
export function fieldOfPath(path: string): string {
  if (path === 'roundSeconds') return 'roundMinutes';
  if (path === 'changeoverSeconds') return 'changeoverMinutes';
  if (path === 'name' || path === 'rounds' || path === 'tableCapacity' || path === 'breaks') return path;
  const b = /^breaks\.(\d+)\.(afterRound|seconds)$/.exec(path);
  if (b) return `breaks.${b[1]}.${b[2] === 'seconds' ? 'minutes' : 'afterRound'}`;
  // The role names, the language and the time zone (issues 17, 19) show their errors at their own fields.
  if (/^labels\.(mentor|mentee|mentors|mentees)$/.test(path) || path === 'locale' || path === 'timeZone') return path;
  return 'form';
}

/** Issues (from zod or a 400 answer) as field errors in the page's language; the first per field wins. */
export function fieldErrorsFromIssues(issues: Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    const text = issueText(issue);
    const message = field === 'form' && issue.path !== '(root)' ? `${issue.path}: ${text}` : text;
    if (!(field in errors)) errors[field] = message;
  }
  return errors;
}

/** A duration in minutes → seconds, or the error to show next to its field. */
function duration(text: string, errors: FieldErrors, field: string): number | undefined {
  if (text.trim() === '') {
    errors[field] = home.t('errMinutesEmpty');
    return undefined;
  }
  const seconds = minutesToSeconds(text);
  if (seconds === null) errors[field] = home.t('errMinutesNumber', { whole: 8, decimal: 1.5 });
  else if (seconds < 1) errors[field] = home.t('errMinutesPositive');
  else if (seconds > MAX_SECONDS) errors[field] = home.t('errMinutesMax');
  else return seconds;
  return undefined;
}

/** A whole number as typed (kept as typed when it is not one, so the schema names the problem). */
function count(text: string, errors: FieldErrors, field: string): number | undefined {
  const n = parseDecimal(text);
  if (n === null) {
    errors[field] = home.t('errWholeNumber');
    return undefined;
  }
  return n;
}

/**
 * Validate the form with the shared settings schema and turn it into the body of
 * POST /api/events (minutes → whole seconds; an empty round count means one round per mentor).
 */
export function settingsFromForm(
  values: EventFormValues,
): { ok: true; settings: EventSettingsInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const roundSeconds = duration(values.roundMinutes, errors, 'roundMinutes');
  const changeoverSeconds = duration(values.changeoverMinutes, errors, 'changeoverMinutes');
  const rounds = values.rounds.trim() === '' ? undefined : count(values.rounds, errors, 'rounds');
  const tableCapacity =
    values.tableCapacity.trim() === '' ? undefined : count(values.tableCapacity, errors, 'tableCapacity');
  const breaks = values.breaks.map((b, i) => ({
    afterRound: count(b.afterRound, errors, `breaks.${i}.afterRound`) ?? 0,
    seconds: duration(b.minutes, errors, `breaks.${i}.minutes`) ?? 0,
  }));
  const input: EventSettingsInput = {
    name: values.name,
    roundSeconds: roundSeconds ?? 60,
    changeoverSeconds: changeoverSeconds ?? 60,
    breaks,
    ...(rounds !== undefined ? { rounds } : {}),
    ...(tableCapacity !== undefined ? { tableCapacity } : {}),
  };
  for (const b of breakIssues(breaks, rounds)) errors[`breaks.${b.index}.afterRound`] ??= b.text;
  const parsed = eventSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const fromSchema = fieldErrorsFromIssues(
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: schemaIssueText(i) })),
    );
    // A field we already explained in minutes keeps that message.
    for (const [field, message] of Object.entries(fromSchema)) if (!(field in errors)) errors[field] = message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: input };
}

/** The event's total length in seconds when the round count is known (breaks replace changeovers). */
export function totalSeconds(values: EventFormValues): number | null {
  const rounds = parseDecimal(values.rounds);
  const roundSeconds = minutesToSeconds(values.roundMinutes);
  const changeoverSeconds = minutesToSeconds(values.changeoverMinutes);
  if (rounds === null || !Number.isInteger(rounds) || rounds < 1 || rounds > 200 || !roundSeconds || !changeoverSeconds)
    return null;
  const breaks = values.breaks.flatMap((b) => {
    const afterRound = parseDecimal(b.afterRound);
    const seconds = minutesToSeconds(b.minutes);
    return afterRound !== null && seconds ? [{ afterRound, seconds }] : [];
  });
  return buildPhases({ rounds, roundSeconds, changeoverSeconds, breaks }).reduce((sum, p) => sum + p.seconds, 0);
}

/** "1 h 34 min", "45 min", "30 s" (in the page's language: "1 Std. 34 Min."). */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return common.t('durationSeconds', { s: seconds });
  const totalMin = Math.round(seconds / 60);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (h === 0) return common.t('durationMinutes', { m });
  return m > 0 ? common.t('durationHoursMinutes', { h, m }) : common.t('durationHours', { h });
}

/** The form's values for an existing event (the console's settings form). */
export function formValuesFromEvent(e: {
  name: string;
  roundSeconds: number;
  changeoverSeconds: number;
  rounds: number;
  roundsFixed: boolean;
  tableCapacity: number;
  breaks: ReadonlyArray<{ afterRound: number; seconds: number }>;
}): EventFormValues {
  return {
    name: e.name,
    roundMinutes: secondsToMinutes(e.roundSeconds),
    changeoverMinutes: secondsToMinutes(e.changeoverSeconds),
    rounds: e.roundsFixed ? String(e.rounds) : '',
    tableCapacity: String(e.tableCapacity),
    breaks: e.breaks.map((b, i) => ({
      key: i + 1,
      afterRound: String(b.afterRound),
      minutes: secondsToMinutes(b.seconds),
    })),
  };
}

/**
 * Only what changed, as the body of PATCH /api/events/:id (once the event has started the
 * server refuses changes to what has already happened, so unchanged fields are not sent). An
 * empty round count leaves the rounds as they are.
 */
export function settingsPatch(
  e: {
    name: string;
    roundSeconds: number;
    changeoverSeconds: number;
    rounds: number;
    roundsFixed: boolean;
    tableCapacity: number;
    breaks: ReadonlyArray<{ afterRound: number; seconds: number }>;
  },
  s: EventSettingsInput,
): Partial<
  Pick<EventSettingsInput, 'name' | 'roundSeconds' | 'changeoverSeconds' | 'rounds' | 'tableCapacity' | 'breaks'>
> {
  const patch: ReturnType<typeof settingsPatch> = {};
  if (s.name.trim() !== e.name) patch.name = s.name;
  if (s.roundSeconds !== e.roundSeconds) patch.roundSeconds = s.roundSeconds;
  if (s.changeoverSeconds !== e.changeoverSeconds) patch.changeoverSeconds = s.changeoverSeconds;
  if (s.rounds !== undefined && (!e.roundsFixed || s.rounds !== e.rounds)) patch.rounds = s.rounds;
  if (s.tableCapacity !== undefined && s.tableCapacity !== e.tableCapacity) patch.tableCapacity = s.tableCapacity;
  const breaks = s.breaks ?? [];
  const key = (b: ReadonlyArray<{ afterRound: number; seconds: number }>) =>
    JSON.stringify([...b].sort((x, y) => x.afterRound - y.afterRound).map((x) => [x.afterRound, x.seconds]));
  if (key(breaks) !== key(e.breaks)) patch.breaks = breaks;
  return patch;
}
