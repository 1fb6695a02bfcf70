import { language } from '../i18n/current-language';
import { eventTimeZone } from './event-time-zone';
import { intlTagOf, type Language } from '../i18n/languages';
import { languageOfTag } from '../i18n/pick-language';

/*
 * A time of day on the phone ("14:05", "2:05 PM", "下午2:05") through Intl alone: the phone page
 * has a weight budget (≤ 100 kB gzipped in every language, issue 19) and Intl knows every
 * language's 12/24-hour habit, so it needs neither date-fns's format nor a locale chunk.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The Intl tag for a time in `lang`: the device's own tag when it is that language (en-GB keeps
 * its 24-hour clock, de-AT its region), else the language's. Arabic keeps Latin digits.
 */
export function phoneTimeTag(lang: Language, deviceTag: string): string {
  return lang !== 'ar' && languageOfTag(deviceTag) === lang ? deviceTag : intlTagOf(lang);
}

/**
 * `ms` (server time) as a time of day in the page's language, in the event's time zone when it
 * has one (else the device's); reactive in a render.
 */
export function phoneTime(ms: number, lang: Language = language(), timeZone = eventTimeZone()): string {
  const device = typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
  const tag = phoneTimeTag(lang, device);
  const key = `${tag} ${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone };
    try {
      f = new Intl.DateTimeFormat(tag, options);
    } catch {
      f = new Intl.DateTimeFormat(intlTagOf(lang), { ...options, timeZone: undefined });
    }
    formats.set(key, f);
  }
  // ICU puts a narrow no-break space before "PM"; a plain one reads the same and matches older text.
  return f.format(ms).replace(/\u202f/g, ' ');
}
