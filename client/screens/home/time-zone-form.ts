import { eventTimeZoneSchema } from '../../../shared/schemas/time-zone';

/**
 * What the time zone field sends: nothing when left empty (the event then has no zone of its
 * own), the zone as Intl spells it when it is one, else not ok (the field says so).
 */
export function checkedTimeZone(typed: string): { ok: true; timeZone: string | null } | { ok: false } {
  const text = typed.trim();
  if (text === '') return { ok: true, timeZone: null };
  const parsed = eventTimeZoneSchema.safeParse(text);
  return parsed.success ? { ok: true, timeZone: parsed.data } : { ok: false };
}
