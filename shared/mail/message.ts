import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { roleWords, type RoleWords } from '../labels/role-words';
import type { Locale } from '../schemas/locale';
import type { RoleLabels } from '../schemas/role-labels';
import type { MailWords } from './mail-words';
import { en } from './words/en';
import { mailWordsOf } from './words';
import type { MailRound } from './person-rounds';

/** Everything one personal mail says. */
export interface PersonalMailInput {
  eventName: string;
  /** `table`: a mentor's own; when mentors move, a mentee's seat for the whole event (and none for a mentor). */
  person: { name: string; role: 'mentor' | 'mentee'; table?: string | undefined };
  /** Mentors move (issue 17): a mentor's rounds name the table to go to; a mentee stays at theirs. */
  mentorsMove?: boolean;
  /** The person's page (`…/p#token=…`). */
  link: string;
  /** Their rounds (empty before the first plan). */
  rounds: readonly MailRound[];
  /** The IANA time zone the times are written in. */
  timeZone: string;
  /** A mentor's own profile page (bio, topics, video-call link), to complete before the event. */
  profileLink?: string | undefined;
  /** The Content-ID of the QR code image attached to the mail (the HTML shows `cid:<qrCid>`). */
  qrCid: string;
  /** The event's own role words (issue 17); absent or null: "mentor" and "mentee". */
  labels?: RoleLabels | null | undefined;
  /** The mail's language (issue 19): the person's own, else the event's; absent: English. */
  locale?: Locale | null | undefined;
}

/** A mail's subject and its plain-text and HTML bodies. */
export interface PersonalMail {
  subject: string;
  text: string;
  html: string;
}

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The subject line: the event's name in it, so the mail is found among others. */
export const mailSubject = (eventName: string, words: MailWords = en) => words.subject(eventName);

interface Line {
  round: string;
  time: string | null;
  table: string | null;
  who: string;
}

/** Times of day in the zone; a round on another day than the first says its day too. */
function timeWords(rounds: readonly MailRound[], zone: string, words: MailWords) {
  const at = { in: tz(zone), ...(words.dateLocale ? { locale: words.dateLocale } : {}) };
  const { longDate, shortDay, time } = words.patterns;
  const first = rounds.find((r) => r.startsAt !== null)?.startsAt ?? null;
  const day = (ms: number) => format(ms, 'yyyy-MM-dd', at);
  const firstDay = first === null ? null : day(first);
  return {
    heading: first === null ? null : words.timesIn(zone, format(first, longDate, at)),
    span(r: MailRound): string | null {
      if (r.startsAt === null || r.endsAt === null) return null;
      const other = day(r.startsAt) !== firstDay ? `${format(r.startsAt, shortDay, at)} ` : '';
      return `${other}${format(r.startsAt, time, at)}–${format(r.endsAt, time, at)}`;
    },
  };
}

export { withArticle } from './words/en';

/** The mail's language and role words: the event's own words as written, else the language's. */
interface Voice {
  words: MailWords;
  w: RoleWords;
}

function voiceOf(input: PersonalMailInput): Voice {
  const words = mailWordsOf(input.locale);
  const w = input.labels || words.lang === 'en' ? roleWords(input.labels) : words.roles;
  return { words, w };
}

function linesOf(input: PersonalMailInput, span: (r: MailRound) => string | null, { words, w }: Voice): Line[] {
  const mentor = input.person.role === 'mentor';
  return input.rounds.map((r) => ({
    round: words.round(r.round),
    time: span(r),
    table: r.table,
    who: mentor
      ? r.mentees.length > 0
        ? r.mentees.join(', ')
        : input.mentorsMove
          ? words.youRest
          : words.nobodyAtTable
      : r.table === null
        ? input.mentorsMove
          ? words.noMentorComes(w)
          : words.sittingOut
        : (r.mentor ?? ''),
  }));
}

/** What the mail says about the schedule, as sentences shared by both bodies. */
function scheduleWords(input: PersonalMailInput, voice: Voice) {
  const { words } = voice;
  const times = timeWords(input.rounds, input.timeZone, words);
  const lines = linesOf(input, times.span, voice);
  const planned = input.rounds.length > 0;
  const title = words.scheduleTitle(times.heading);
  const note = !planned ? words.notPlanned : times.heading === null ? words.timesNotSet : words.mayChange;
  return { planned, title, lines, note };
}

function intro(input: PersonalMailInput, { words, w }: Voice): string {
  const { person } = input;
  if (input.mentorsMove)
    return person.role === 'mentor' ? words.movingMentor(w) : words.movingMentee(w, person.table || undefined);
  if (person.role === 'mentor') return person.table ? words.mentorAt(w, person.table) : words.mentor(w);
  return words.mentee(w);
}

/** Whether the rounds name a table: a mentee's always, a mentor's when mentors move (it changes each round). */
const tableShown = (input: PersonalMailInput) => input.person.role === 'mentee' || input.mentorsMove === true;

/** The plain-text body. */
function textBody(input: PersonalMailInput, voice: Voice): string {
  const { words, w } = voice;
  const s = scheduleWords(input, voice);
  const row = (l: Line) => [l.round, l.time, tableShown(input) ? l.table : null, l.who].filter(Boolean);
  return [
    words.hello(input.person.name),
    '',
    words.pageFor(input.eventName),
    '',
    input.link,
    '',
    words.aboutPage,
    '',
    intro(input, voice),
    '',
    ...(input.profileLink ? [words.aboutProfile(w), '', input.profileLink, ''] : []),
    ...(s.planned ? [s.title, ...s.lines.map((l) => row(l).join(' · ')), ''] : []),
    s.note,
    '',
    words.signoff(input.eventName),
    '',
  ].join('\n');
}

/**
 * A sentence with HTML inside: `sentence` gets a marker for the value, the text around it is
 * escaped and the marker becomes `html` (a private-use character: no name or translation has it).
 */
function withHtml(sentence: (marker: string) => string, html: string): string {
  const marker = '\uE000';
  return escapeHtml(sentence(marker)).replace(marker, html);
}

/** The HTML body: the same words, the link as a link, the QR code inline, the rounds as a table. */
function htmlBody(input: PersonalMailInput, subject: string, voice: Voice): string {
  const e = escapeHtml;
  const { words, w } = voice;
  const s = scheduleWords(input, voice);
  const mentee = input.person.role === 'mentee';
  const tables = tableShown(input);
  const cell = (text: string | null) => `<td style="padding:2px 12px 2px 0">${text === null ? '' : e(text)}</td>`;
  const { heads } = words;
  const head = [heads.round, heads.time, ...(tables ? [heads.table] : []), mentee ? w.mentor : w.mentees]
    .map((h) => `<th scope="col" style="text-align:start;padding:2px 12px 2px 0">${e(h)}</th>`)
    .join('');
  const rows = s.lines
    .map((l) => `<tr>${cell(l.round)}${cell(l.time ?? '—')}${tables ? cell(l.table ?? '—') : ''}${cell(l.who)}</tr>`)
    .join('\n');
  const url = input.profileLink;
  const profile = url ? `<p>${e(words.aboutProfile(w))} <a href="${e(url)}">${e(words.completeProfile)}</a></p>` : '';
  const table = s.planned
    ? `<h2 style="font-size:1.1em">${e(s.title.replace(/[:：]$/u, ''))}</h2>\n` +
      `<table style="border-collapse:collapse">\n<thead><tr>${head}</tr></thead>\n` +
      `<tbody>\n${rows}\n</tbody>\n</table>\n`
    : '';
  const event = `<bdi>${e(input.eventName)}</bdi>`;
  // Right to left (Arabic) the whole mail mirrors; English keeps the tag it always had.
  const root = words.dir === 'rtl' ? `<html lang="${words.lang}" dir="rtl">` : `<html lang="${words.lang}">`;
  return [
    '<!doctype html>',
    root,
    `<head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">',
    `<p>${withHtml(words.hello, `<bdi>${e(input.person.name)}</bdi>`)}</p>`,
    `<p>${withHtml(words.pageFor, `<strong>${event}</strong>`)}</p>`,
    `<p><a href="${e(input.link)}">${e(input.link)}</a></p>`,
    `<p><img src="cid:${e(input.qrCid)}" alt="${e(words.qrAlt)}" width="200" height="200"></p>`,
    `<p>${e(words.aboutPage)}</p>`,
    `<p>${e(intro(input, voice))}</p>`,
    profile,
    `${table}<p>${e(s.note)}</p>`,
    `<p style="color:#555">${withHtml(words.signoff, event)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A person's mail (pure): their page's link (and its QR code, attached by the sender under
 * `qrCid`), their role, and once planned each round's time (in `timeZone`), table and company.
 * The console shows the same text to copy when the server cannot send mail.
 */
export function personalMail(input: PersonalMailInput): PersonalMail {
  const voice = voiceOf(input);
  const subject = mailSubject(input.eventName, voice.words);
  return { subject, text: textBody(input, voice), html: htmlBody(input, subject, voice) };
}
