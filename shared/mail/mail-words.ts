import type { Locale as DateLocale } from 'date-fns';
import type { RoleWords } from '../labels/role-words';
import type { Locale } from '../schemas/locale';

/**
 * Everything a personal mail says, in one language (issue 19): typed template functions, one
 * file per language under `words/`, so a missing sentence is a type error. `w` is the mail's
 * role words: the event's own when it set them (as written), else the language's `roles`.
 */
export interface MailWords {
  lang: Locale;
  dir: 'ltr' | 'rtl';
  /** The date-fns locale of the dates (absent: date-fns's default, English). */
  dateLocale?: DateLocale;
  /** date-fns patterns: the first day in full, another day short, a time of day. */
  patterns: { longDate: string; shortDay: string; time: string };
  /** The language's own words for the roles, when the event has none of its own. */
  roles: RoleWords;
  subject(eventName: string): string;
  hello(name: string): string;
  pageFor(eventName: string): string;
  qrAlt: string;
  aboutPage: string;
  movingMentor(w: RoleWords): string;
  movingMentee(w: RoleWords, table: string | undefined): string;
  mentorAt(w: RoleWords, table: string): string;
  mentor(w: RoleWords): string;
  mentee(w: RoleWords): string;
  aboutProfile(w: RoleWords): string;
  completeProfile: string;
  round(n: number): string;
  youRest: string;
  nobodyAtTable: string;
  noMentorComes(w: RoleWords): string;
  sittingOut: string;
  /** "times in Europe/Berlin, Saturday 14 March 2030" */
  timesIn(zone: string, date: string): string;
  scheduleTitle(heading: string | null): string;
  notPlanned: string;
  timesNotSet: string;
  mayChange: string;
  signoff(eventName: string): string;
  heads: { round: string; time: string; table: string };
}
