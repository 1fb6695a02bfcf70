import { format, type Locale } from 'date-fns';

/** A length of time as people say it: "10 minutes", "1 minute", "90 seconds" (never "1.5 minutes"). */
export function duration(seconds: number): string {
  if (seconds % 60 !== 0) return `${seconds} seconds`;
  const m = seconds / 60;
  return m === 1 ? '1 minute' : `${m} minutes`;
}

/** The event's rhythm in one line: "3 rounds of 10 minutes, 2 minutes to change tables". */
export function formatLine(e: { rounds: number; roundSeconds: number; changeoverSeconds: number }): string {
  const rounds = e.rounds === 1 ? '1 round' : `${e.rounds} rounds`;
  const change = e.changeoverSeconds > 0 ? `, ${duration(e.changeoverSeconds)} to change tables` : '';
  return `${rounds} of ${duration(e.roundSeconds)}${change}`;
}

/** When the event starts, in the phone's time zone and (once loaded) its language. */
export function startLine(plannedStartAt: number | null, locale: Locale | null): string | null {
  if (plannedStartAt === null) return null;
  return format(plannedStartAt, 'PPPP, p', locale ? { locale } : {});
}
