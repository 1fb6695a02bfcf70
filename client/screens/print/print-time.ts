import type { EventInfo } from '../../../shared/protocol/views';
import type { Language } from '../../i18n/languages';
import { deviceTimeZone, otherZone } from '../../live/event-time-zone';
import { phoneTimeTag } from '../../live/phone-time';

/*
 * Times and dates on the printables (issue 19) through Intl, in the event's time zone
 * (`settings.timeZone`): paper in the room must read as the room's clocks do, whatever the zone
 * of the computer that printed it. Without an event zone, that computer's own, as before.
 */

/**
 * The Intl tag of printed times: the event's language (this computer's own tag when it speaks
 * it: en-GB keeps its 24-hour clock; Arabic keeps Latin digits, as on the phone), else, for an
 * event that never chose a language, this computer's.
 */
export function printTimeTag(eventLocale: Language | null | undefined, device: string): string {
  return eventLocale ? phoneTimeTag(eventLocale, device) : device;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${tag} ${timeZone ?? ''} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(tag, { ...options, timeZone });
    } catch {
      // An unknown tag or zone (a newer server's zone list): this computer's zone, the tag's language.
      f = new Intl.DateTimeFormat(tag.split('-')[0], options);
    }
    formats.set(key, f);
  }
  return f;
}

/** `ms` as a time of day ("18:30", "6:30 PM") in `timeZone` (else this computer's). */
export function printTimeText(ms: number, tag: string, timeZone?: string): string {
  // ICU puts a narrow no-break space before "PM"; a plain one prints the same in every font.
  return formatter(tag, timeZone, { hour: 'numeric', minute: '2-digit' })
    .format(ms)
    .replace(/\u202f/g, ' ');
}

/** `ms` as a full date ("Thursday, March 14, 2030", "Donnerstag, 14. März 2030") in `timeZone`. */
export function printDateText(ms: number, tag: string, timeZone?: string): string {
  return formatter(tag, timeZone, { dateStyle: 'full' }).format(ms);
}

/** How one event's printables write times and dates, and the zone they must name (null: none to name). */
export interface PrintClock {
  timeText: (ms: number) => string;
  dateText: (ms: number) => string;
  zone: string | null;
}

/** The print clock of `event` as printed on this computer (its language tag and time zone). */
export function printClock(
  event: Pick<EventInfo, 'locale' | 'timeZone'>,
  device: { tag: string; timeZone: string } = { tag: deviceTag(), timeZone: deviceTimeZone() },
): PrintClock {
  const tag = printTimeTag(event.locale, device.tag);
  return {
    timeText: (ms) => printTimeText(ms, tag, event.timeZone),
    dateText: (ms) => printDateText(ms, tag, event.timeZone),
    zone: otherZone(event.timeZone, device.timeZone),
  };
}

const deviceTag = () => (typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US');
