import { format } from 'date-fns';
import type { Locale } from 'date-fns';

/**
 * A time of day as the phone writes it ("14:05", "2:05 PM"), in the phone's time zone (a JS
 * Date formats in local time) and, once loaded, its date-fns locale. Without a locale the
 * 12/24-hour habit of the phone's language still comes from Intl.
 */
export function formatClockTime(ms: number, locale: Locale | null, language = defaultLanguage()): string {
  if (locale) return format(ms, 'p', { locale });
  return format(ms, uses12Hours(language) ? 'h:mm a' : 'HH:mm');
}

function defaultLanguage(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

/** Whether people writing `language` read the time on a 12-hour clock. */
export function uses12Hours(language: string): boolean {
  try {
    const hc = new Intl.DateTimeFormat(language, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return hc === 'h12' || hc === 'h11';
  } catch {
    return false;
  }
}
