import { localRoleWords } from '../../../i18n/role-words';
import type { z } from 'zod';
import { menteeInputSchema, mentorInputSchema } from '../../../../shared/schemas/people';
import { nameSuggester } from '../../../../shared/csv/did-you-mean';
import { nameKey } from '../../../../shared/schemas/text';
import { withArticle } from '../../../../shared/labels/article';
import type { RoleWords } from '../../../../shared/labels/role-words';
import { zodIssueCode } from '../../../../shared/schemas/zod-issue-code';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import { issueText } from '../../../i18n/issue-text';

const { t } = consolePeople;

/** A mentor's fields as typed in the editor. Topics are separated by `;`. */
export interface MentorDraft {
  name: string;
  table: string;
  topics: string;
  bio: string;
  /** Present once the mentor has a group or one was typed: empty then removes it. */
  group?: string;
  /** A remote table's video-call link, present like `group`: empty then removes it. */
  meetingUrl?: string;
}

/** A mentee's fields as typed. Questions one per line; wishes and avoid name mentors, separated by `;`. */
export interface MenteeDraft {
  name: string;
  questions: string;
  wishes: string;
  avoid: string;
  /** As for mentors: present once the mentee has a group or one was typed. */
  group?: string;
  /** A whole number as typed; empty is 0. Present once the mentee has one or one was typed. */
  priority?: string;
}

/** A checked mentor: the body of POST people (in `mentors`) and of a mentor's PATCH. */
export interface MentorBody {
  name: string;
  table?: string;
  topics: string[];
  bio: string;
  /** '' removes the group (PATCH); the add form leaves an empty one out. */
  group?: string;
  /** '' removes the link (PATCH), as for the group. */
  meetingUrl?: string;
}

/**
 * A checked mentee: the body of POST people (in `mentees`) and of a mentee's PATCH (wishes and
 * avoid by mentor name).
 */
export interface MenteeBody {
  name: string;
  questions: string[];
  wishes: string[];
  avoid: string[];
  group?: string;
  /** 0 removes it (the default). */
  priority?: number;
}

/** Field errors of a draft, keyed by draft field. */
export type DraftErrors = Partial<Record<string, string>>;

/** Split a `;` (or `,`-free) list as typed, trimming and dropping empty items. */
export function splitList(text: string, separator: ';' | '\n'): string[] {
  return text
    .split(separator === '\n' ? /\r?\n/ : ';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Join a list for editing. */
export function joinList(items: readonly string[], separator: ';' | '\n'): string {
  return items.join(separator === '\n' ? '\n' : '; ');
}

export const emptyMentorDraft = (): MentorDraft => ({ name: '', table: '', topics: '', bio: '' });
export const emptyMenteeDraft = (): MenteeDraft => ({ name: '', questions: '', wishes: '', avoid: '' });

/** The editor's starting values for a stored mentor. */
export function mentorDraft(m: {
  name: string;
  table: string;
  topics: readonly string[];
  bio?: string | undefined;
  group?: string | undefined;
  meetingUrl?: string | undefined;
}): MentorDraft {
  const draft: MentorDraft = { name: m.name, table: m.table, topics: joinList(m.topics, ';'), bio: m.bio ?? '' };
  return {
    ...draft,
    ...(m.group ? { group: m.group } : {}),
    ...(m.meetingUrl ? { meetingUrl: m.meetingUrl } : {}),
  };
}

/** The editor's starting values for a stored mentee (wishes and avoid hold mentor ids; shown as names). */
export function menteeDraft(
  m: {
    name: string;
    questions: readonly string[];
    wishes: readonly string[];
    avoid: readonly string[];
    group?: string | undefined;
    priority?: number | undefined;
  },
  mentorName: (id: string) => string,
): MenteeDraft {
  return {
    name: m.name,
    questions: joinList(m.questions, '\n'),
    wishes: joinList(m.wishes.map(mentorName), ';'),
    avoid: joinList(m.avoid.map(mentorName), ';'),
    ...(m.group ? { group: m.group } : {}),
    ...(m.priority ? { priority: String(m.priority) } : {}),
  };
}

/** A group as typed: trimmed; '' (remove it) kept, so that an edit can take a group away. */
const typedGroup = (group: string | undefined) => (group === undefined ? {} : { group: group.trim() });

/** A priority as typed: empty is 0; anything but a whole number is NaN (refused with a message). */
function typedPriority(text: string | undefined): { priority?: number } {
  if (text === undefined) return {};
  const t = text.trim();
  if (t === '') return { priority: 0 };
  return { priority: /^[+-]?\d+$/.test(t) ? Number(t) : Number.NaN };
}

/** "a mentor", "an investor": the article English needs, as a placeholder ({an}) of the catalogue. */
export const anOf = (word: string): 'yes' | 'no' => (withArticle(word).startsWith('an ') ? 'yes' : 'no');

/** A role word with its article in the page's language ("an investor"; the bare word where none fits). */
export const withArticleWord = (word: string): string => t('withArticle', { an: anOf(word), word });

// Names in a message: each quoted, joined as the page's language lists them.
const quotedList = (names: readonly string[]) => names.map((name) => t('quoted', { name })).join(t('listSeparator'));

function issuesToErrors(error: z.ZodError): DraftErrors {
  const errors: DraftErrors = {};
  for (const i of error.issues) {
    const [field, item] = i.path;
    const key = String(field ?? 'form');
    // The schema's English is the source; another language says it from the issue's code.
    const problem = issueText({ path: i.path.join('.'), message: i.message, ...zodIssueCode(i) });
    const message = typeof item === 'number' ? t('itemProblem', { item: item + 1, problem }) : problem;
    errors[key] ??= message;
  }
  return errors;
}

/** A mentor draft checked with the shared schema, as the body for POST people or PATCH. */
export function mentorFromDraft(d: MentorDraft): { ok: true; mentor: MentorBody } | { ok: false; errors: DraftErrors } {
  const input = {
    name: d.name,
    table: d.table.trim() === '' ? undefined : d.table,
    topics: splitList(d.topics, ';'),
    bio: d.bio,
  };
  const group = typedGroup(d.group);
  const url = d.meetingUrl === undefined ? {} : { meetingUrl: d.meetingUrl.trim() };
  // An empty group or link is a removal: the schema checks only one that says something.
  const parsed = mentorInputSchema.safeParse({
    ...input,
    ...(group.group ? group : {}),
    ...(url.meetingUrl ? url : {}),
  });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error) };
  const { name, table, topics, bio } = parsed.data;
  const kept = parsed.data.group !== undefined ? { group: parsed.data.group } : group;
  const link = parsed.data.meetingUrl !== undefined ? { meetingUrl: parsed.data.meetingUrl } : url;
  return {
    ok: true,
    mentor: { name, topics, bio: bio ?? '', ...(table !== undefined ? { table } : {}), ...kept, ...link },
  };
}

/**
 * A mentee draft checked with the shared schema and against the mentors' names (wishes and
 * avoid must name a mentor, and not the same one in both).
 */
export function menteeFromDraft(
  d: MenteeDraft,
  mentorNames: readonly string[],
  { inline: w }: RoleWords = localRoleWords(null),
): { ok: true; mentee: MenteeBody } | { ok: false; errors: DraftErrors } {
  const input = {
    name: d.name,
    questions: splitList(d.questions, '\n'),
    wishes: splitList(d.wishes, ';'),
    avoid: splitList(d.avoid, ';'),
  };
  const group = typedGroup(d.group);
  const priority = typedPriority(d.priority);
  const notWhole = Number.isNaN(priority.priority);
  const checked = { ...input, ...(group.group ? group : {}), ...(notWhole ? {} : priority) };
  const parsed = menteeInputSchema.safeParse(checked);
  const errors: DraftErrors = parsed.success ? {} : issuesToErrors(parsed.error);
  if (notWhole) errors.priority = t('priorityNotWhole');
  // The server's own comparison (case, accents and invisible characters aside).
  const key = nameKey;
  const known = new Map(mentorNames.map((n) => [key(n), n]));
  const resolve = (field: 'wishes' | 'avoid', names: string[]): string[] => {
    const unknown = names.filter((n) => !known.has(key(n)));
    if (unknown.length > 0) {
      // One unknown name close to a mentor's is most likely a typo of it: say which.
      const close = unknown.length === 1 ? nameSuggester(mentorNames).closest(unknown[0]!) : undefined;
      const one = { name: quotedList(unknown), an: anOf(w.mentor), mentor: w.mentor };
      errors[field] ??=
        unknown.length > 1
          ? t('notMentors', { names: quotedList(unknown), mentors: w.mentors })
          : close
            ? t('notMentorClose', { ...one, close: t('quoted', { name: close }) })
            : t('notMentor', one);
    }
    return names.map((n) => known.get(key(n)) ?? n);
  };
  const wishes = resolve('wishes', input.wishes);
  const avoid = resolve('avoid', input.avoid);
  const both = avoid.filter((n) => wishes.includes(n));
  if (both.length > 0) errors.avoid ??= t('alsoWished', { names: quotedList(both) });
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const kept = {
    ...(parsed.data.group !== undefined ? { group: parsed.data.group } : group),
    ...(parsed.data.priority !== undefined ? { priority: parsed.data.priority } : {}),
  };
  return { ok: true, mentee: { name: parsed.data.name, questions: parsed.data.questions, wishes, avoid, ...kept } };
}

/** A checked body for POST people: an empty group and a priority of 0 are the defaults, left out. */
export function forAdding<T extends { group?: string; priority?: number; meetingUrl?: string }>(body: T): T {
  const { group, priority, meetingUrl, ...rest } = body;
  return {
    ...rest,
    ...(group ? { group } : {}),
    ...(priority ? { priority } : {}),
    ...(meetingUrl ? { meetingUrl } : {}),
  } as T;
}
