import { format } from 'date-fns';
import { language } from '../../i18n/current-language';
import { intlTagOf } from '../../i18n/languages';

/**
 * A date and time of day on the console, in the page's language (reactive: call it in a render).
 * English keeps date-fns's forms, what the console has always said ("Friday, March 17th, 2030,
 * 5:46 PM" long, "Mar 17, 2030, 5:46 PM" medium); the other languages take Intl's full or
 * medium date with a short time, as each locale writes them (24-hour clocks where that is usual).
 */
export function consoleDateTime(ms: number, style: 'long' | 'medium'): string {
  const lang = language();
  if (lang === 'en') return format(ms, style === 'long' ? 'PPPP, p' : 'PP, p');
  const dateStyle = style === 'long' ? 'full' : 'medium';
  return new Intl.DateTimeFormat(intlTagOf(lang), { dateStyle, timeStyle: 'short' }).format(ms);
}
