/** Where the sign-up code of one event is remembered, so a reload without the fragment still works. */
export const signupCodeKey = (eventId: string) => `tablehop.signupCode.${eventId}`;

/**
 * The sign-up code from the fragment (`#code=…`), which the browser never sends to the server;
 * remembered per event (a poster's code opens only its own event). The fragment stays as it is.
 */
export function readSignupCode(eventId: string): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('code');
  try {
    if (fromHash) {
      localStorage.setItem(signupCodeKey(eventId), fromHash);
      return fromHash;
    }
    return localStorage.getItem(signupCodeKey(eventId));
  } catch {
    // Private browsing may refuse storage; the fragment alone still works.
    return fromHash;
  }
}
