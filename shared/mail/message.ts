import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { roleWords, type RoleWords } from '../labels/role-words';
import type { RoleLabels } from '../schemas/role-labels';
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
export const mailSubject = (eventName: string) => `Your personal link for ${eventName}`;

interface Line {
  round: string;
  time: string | null;
  table: string | null;
  who: string;
}

/** Times of day in the zone; a round on another day than the first says its day too. */
function timeWords(rounds: readonly MailRound[], zone: string) {
  const at = { in: tz(zone) };
  const first = rounds.find((r) => r.startsAt !== null)?.startsAt ?? null;
  const day = (ms: number) => format(ms, 'yyyy-MM-dd', at);
  const firstDay = first === null ? null : day(first);
  return {
    heading: first === null ? null : `times in ${zone}, ${format(first, 'EEEE d MMMM yyyy', at)}`,
    span(r: MailRound): string | null {
      if (r.startsAt === null || r.endsAt === null) return null;
      const other = day(r.startsAt) !== firstDay ? `${format(r.startsAt, 'EEE d MMM', at)} ` : '';
      return `${other}${format(r.startsAt, 'HH:mm', at)}–${format(r.endsAt, 'HH:mm', at)}`;
    },
  };
}

/** "a mentor", "an investor": the article a role word takes, by its first letter. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/iu.test(word) ? 'an' : 'a'} ${word}`;
}

function linesOf(input: PersonalMailInput, span: (r: MailRound) => string | null, w: RoleWords): Line[] {
  const mentor = input.person.role === 'mentor';
  return input.rounds.map((r) => ({
    round: `Round ${r.round}`,
    time: span(r),
    table: r.table,
    who: mentor
      ? r.mentees.length > 0
        ? r.mentees.join(', ')
        : input.mentorsMove
          ? 'you rest'
          : 'nobody at your table'
      : r.table === null
        ? input.mentorsMove
          ? `no ${w.inline.mentor} comes to your table`
          : 'sitting out'
        : (r.mentor ?? ''),
  }));
}

/** What the mail says about the schedule, as sentences shared by both bodies. */
function scheduleWords(input: PersonalMailInput) {
  const words = timeWords(input.rounds, input.timeZone);
  const lines = linesOf(input, words.span, roleWords(input.labels));
  const planned = input.rounds.length > 0;
  const title = words.heading ? `Your schedule (${words.heading}):` : 'Your schedule:';
  const note = !planned
    ? 'Your schedule is not planned yet: your page will show it once it is.'
    : words.heading === null
      ? 'The times are not set yet: your page will show them, and always the latest schedule.'
      : 'The schedule can still change: your page always shows the latest.';
  return { planned, title, lines, note };
}

function intro(input: PersonalMailInput): string {
  const { person } = input;
  const { mentor, mentors, mentee, mentees } = roleWords(input.labels).inline;
  const [aMentor, aMentee] = [withArticle(mentor), withArticle(mentee)];
  if (input.mentorsMove) {
    return person.role === 'mentor'
      ? `You are ${aMentor}, and the ${mentors} move: each round you go to the table below; the ${mentees} stay seated.`
      : person.table
        ? `You are ${aMentee}: you stay at table ${person.table} all event; the ${mentors} come to you.`
        : `You are ${aMentee}: you stay at your table all event; the ${mentors} come to you.`;
  }
  return person.role === 'mentor' && person.table
    ? `You are ${aMentor} at table ${person.table}; the ${mentees} come to you.`
    : person.role === 'mentor'
      ? `You are ${aMentor}; the ${mentees} come to your table.`
      : `You are ${aMentee}: each round you go to ${aMentor}’s table.`;
}

/** What a mentor's mail says about their profile page. */
const aboutProfile = (w: RoleWords) =>
  `Before the event, please complete your profile, which ${w.inline.mentees} read when they choose whom to meet: ` +
  'a short bio, your topics and, for a remote table, your video-call link.';

const ABOUT_PAGE =
  'Open it on your phone at the event: it shows where to go, whom you meet and how long is left. ' +
  'The link is yours alone, so please do not forward it. You can also scan the QR code in this mail.';

/** Whether the rounds name a table: a mentee's always, a mentor's when mentors move (it changes each round). */
const tableShown = (input: PersonalMailInput) => input.person.role === 'mentee' || input.mentorsMove === true;

/** The plain-text body. */
function textBody(input: PersonalMailInput): string {
  const s = scheduleWords(input);
  const row = (l: Line) => [l.round, l.time, tableShown(input) ? l.table : null, l.who].filter(Boolean);
  return [
    `Hello ${input.person.name},`,
    '',
    `Here is your personal page for ${input.eventName}:`,
    '',
    input.link,
    '',
    ABOUT_PAGE,
    '',
    intro(input),
    '',
    ...(input.profileLink ? [aboutProfile(roleWords(input.labels)), '', input.profileLink, ''] : []),
    ...(s.planned ? [s.title, ...s.lines.map((l) => row(l).join(' · ')), ''] : []),
    s.note,
    '',
    `— Tablehop, for the organizers of ${input.eventName}`,
    '',
  ].join('\n');
}

/** The HTML body: the same words, the link as a link, the QR code inline, the rounds as a table. */
function htmlBody(input: PersonalMailInput, subject: string): string {
  const e = escapeHtml;
  const s = scheduleWords(input);
  const mentee = input.person.role === 'mentee';
  const tables = tableShown(input);
  const w = roleWords(input.labels);
  const cell = (text: string | null) => `<td style="padding:2px 12px 2px 0">${text === null ? '' : e(text)}</td>`;
  const head = ['Round', 'Time', ...(tables ? ['Table'] : []), mentee ? w.mentor : w.mentees]
    .map((h) => `<th scope="col" style="text-align:start;padding:2px 12px 2px 0">${e(h)}</th>`)
    .join('');
  const rows = s.lines
    .map((l) => `<tr>${cell(l.round)}${cell(l.time ?? '—')}${tables ? cell(l.table ?? '—') : ''}${cell(l.who)}</tr>`)
    .join('\n');
  const url = input.profileLink;
  const profile = url ? `<p>${e(aboutProfile(w))} <a href="${e(url)}">Complete your profile</a></p>` : '';
  const table = s.planned
    ? `<h2 style="font-size:1.1em">${e(s.title.replace(/:$/, ''))}</h2>\n` +
      `<table style="border-collapse:collapse">\n<thead><tr>${head}</tr></thead>\n` +
      `<tbody>\n${rows}\n</tbody>\n</table>\n`
    : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">',
    `<p>Hello <bdi>${e(input.person.name)}</bdi>,</p>`,
    `<p>Here is your personal page for <strong><bdi>${e(input.eventName)}</bdi></strong>:</p>`,
    `<p><a href="${e(input.link)}">${e(input.link)}</a></p>`,
    `<p><img src="cid:${e(input.qrCid)}" alt="QR code of your personal page" width="200" height="200"></p>`,
    `<p>${e(ABOUT_PAGE)}</p>`,
    `<p>${e(intro(input))}</p>`,
    profile,
    `${table}<p>${e(s.note)}</p>`,
    `<p style="color:#555">— Tablehop, for the organizers of <bdi>${e(input.eventName)}</bdi></p>`,
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
  const subject = mailSubject(input.eventName);
  return { subject, text: textBody(input), html: htmlBody(input, subject) };
}
