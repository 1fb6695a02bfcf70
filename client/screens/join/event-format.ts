import { format, type Locale } from 'date-fns';
import { join } from '../../i18n/catalogues/join';

/** A length of time as people say it: "10 minutes", "1 minute", "90 seconds" (never "1.5 minutes"). */
export function duration(seconds: number): string {
  if (seconds % 60 !== 0) return join.t('seconds', { count: seconds });
  return join.t('minutes', { count: seconds / 60 });
}

/** The event's rhythm in one line: "3 rounds of 10 minutes, 2 minutes to change tables". */
export function formatLine(e: { rounds: number; roundSeconds: number; changeoverSeconds: number }): string {
  const length = duration(e.roundSeconds);
  if (e.changeoverSeconds <= 0) return join.t('formatLine', { rounds: e.rounds, length });
  return join.t('formatLineChange', { rounds: e.rounds, length, change: duration(e.changeoverSeconds) });
}

/** When the event starts, in the phone's time zone and (once loaded) the page's language. */
export function startLine(plannedStartAt: number | null, locale: Locale | null): string | null {
  if (plannedStartAt === null) return null;
  return format(plannedStartAt, 'PPPP, p', locale ? { locale } : {});
}
