import { z } from 'zod';

/**
 * Whether `zone` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`). Intl is the
 * authority on the server and in the browser alike (it is what formats the times), so no list
 * of zones is kept here.
 */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, checked against the runtime's time zone data. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_+\-/]+$/, 'must be a time zone such as Europe/Berlin')
  .refine(isTimeZone, 'is not a time zone this server knows (such as Europe/Berlin)');

/** The zone names as Intl lists them, by lower case (built on first use). */
let spelled: Map<string, string> | undefined;

/**
 * The event's time zone (issue 19, `settings.timeZone`), stored as Intl lists it when it only
 * differs in case ("europe/berlin" → "Europe/Berlin"), else as given: Intl's own canonical ids
 * are older names ("Asia/Kolkata" → "Asia/Calcutta") that people would not recognise.
 * Phones, the projector, printables and e-mails show times in it; a device elsewhere says so.
 */
export const eventTimeZoneSchema = timeZoneSchema.transform((zone) => {
  spelled ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  return spelled.get(zone.toLowerCase()) ?? zone;
});
