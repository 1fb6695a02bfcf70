/**
 * "This console was opened right after creating its event": a flag in the tab's session
 * storage, set by the home page before it opens the console, so the console can say once,
 * plainly, that its link is the only way back in. Nothing about it reaches the server or the URL.
 */
const flagKey = (eventId: string) => `tablehop:organizer-new:${eventId}`;

/** Note that the event was just created in this tab. */
export function markNewEvent(eventId: string): void {
  try {
    sessionStorage.setItem(flagKey(eventId), '1');
  } catch {
    /* storage unavailable: the console then opens without the reminder */
  }
}

/** Whether the event was just created in this tab and the reminder not yet dismissed. */
export function isNewEvent(eventId: string): boolean {
  try {
    return sessionStorage.getItem(flagKey(eventId)) === '1';
  } catch {
    return false;
  }
}

/** The organizer has saved the link: stop reminding. */
export function forgetNewEvent(eventId: string): void {
  try {
    sessionStorage.removeItem(flagKey(eventId));
  } catch {
    /* nothing stored */
  }
}
