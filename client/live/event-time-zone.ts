import { createSignal } from 'solid-js';

/*
 * The event's time zone on this page (issue 19, `settings.timeZone`): a phone shows the event's
 * times of day in it, as the room's clocks read them, and says which zone they are in when the
 * phone's own zone is another (a traveller's phone, a remote mentor abroad).
 */

const [zone, setZone] = createSignal<string | undefined>(undefined);

/** The event's zone, or undefined when it has none (then the device's own is used). */
export const eventTimeZone = zone;

/** Called when the person's page arrives or changes. */
export function setEventTimeZone(next: string | undefined): void {
  setZone(next);
}

/** How Intl names a zone (aliases such as Asia/Kolkata and Asia/Calcutta are one), or null if unknown. */
function resolved(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** This device's own time zone, as Intl names it. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `event` when it is a zone other than `device`'s (a page then says which zone its times are in), else null. */
export function otherZone(event: string | null | undefined, device: string = deviceTimeZone()): string | null {
  if (!event) return null;
  const e = resolved(event);
  return e !== null && e !== resolved(device) ? event : null;
}

/** The event's zone when it differs from this device's (the page then says so), else null. */
export function foreignEventZone(device: string = deviceTimeZone()): string | null {
  return otherZone(zone(), device);
}

/** A zone's name as a sentence shows it ("America/New York"). */
export const zoneName = (z: string): string => z.replace(/_/g, ' ');
