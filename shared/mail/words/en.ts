import { roleWords, type RoleWords } from '../../labels/role-words';
import type { MailWords } from '../mail-words';

/** "a mentor", "an investor": the article a role word takes, by its first letter. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/iu.test(word) ? 'an' : 'a'} ${word}`;
}

const a = (w: RoleWords) => ({ mentor: withArticle(w.inline.mentor), mentee: withArticle(w.inline.mentee) });

/** The mail in English: the source, word for word what the mail said before it had languages. */
export const en: MailWords = {
  lang: 'en',
  dir: 'ltr',
  patterns: { longDate: 'EEEE d MMMM yyyy', shortDay: 'EEE d MMM', time: 'HH:mm' },
  roles: roleWords(null),
  subject: (event) => `Your personal link for ${event}`,
  hello: (name) => `Hello ${name},`,
  pageFor: (event) => `Here is your personal page for ${event}:`,
  qrAlt: 'QR code of your personal page',
  aboutPage:
    'Open it on your phone at the event: it shows where to go, whom you meet and how long is left. ' +
    'The link is yours alone, so please do not forward it. You can also scan the QR code in this mail.',
  movingMentor: (w) =>
    `You are ${a(w).mentor}, and the ${w.inline.mentors} move: each round you go to the table below; ` +
    `the ${w.inline.mentees} stay seated.`,
  movingMentee: (w, table) =>
    table
      ? `You are ${a(w).mentee}: you stay at table ${table} all event; the ${w.inline.mentors} come to you.`
      : `You are ${a(w).mentee}: you stay at your table all event; the ${w.inline.mentors} come to you.`,
  mentorAt: (w, table) => `You are ${a(w).mentor} at table ${table}; the ${w.inline.mentees} come to you.`,
  mentor: (w) => `You are ${a(w).mentor}; the ${w.inline.mentees} come to your table.`,
  mentee: (w) => `You are ${a(w).mentee}: each round you go to ${a(w).mentor}’s table.`,
  aboutProfile: (w) =>
    `Before the event, please complete your profile, which ${w.inline.mentees} read when they choose whom to meet: ` +
    'a short bio, your topics and, for a remote table, your video-call link.',
  completeProfile: 'Complete your profile',
  round: (n) => `Round ${n}`,
  youRest: 'you rest',
  nobodyAtTable: 'nobody at your table',
  noMentorComes: (w) => `no ${w.inline.mentor} comes to your table`,
  sittingOut: 'sitting out',
  timesIn: (zone, date) => `times in ${zone}, ${date}`,
  scheduleTitle: (heading) => (heading ? `Your schedule (${heading}):` : 'Your schedule:'),
  notPlanned: 'Your schedule is not planned yet: your page will show it once it is.',
  timesNotSet: 'The times are not set yet: your page will show them, and always the latest schedule.',
  mayChange: 'The schedule can still change: your page always shows the latest.',
  signoff: (event) => `— Tablehop, for the organizers of ${event}`,
  heads: { round: 'Round', time: 'Time', table: 'Table' },
};
