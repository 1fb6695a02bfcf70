/**
 * Secrets (organizer key, projector key, person token) arrive in the URL fragment, which the
 * browser never sends to the server, and are remembered in localStorage so a reload or a
 * link opened without the fragment still works.
 */
export function readSecret(param: 'key' | 'token', storageKey: string): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get(param);
  try {
    if (fromHash) {
      localStorage.setItem(storageKey, fromHash);
      return fromHash;
    }
    return localStorage.getItem(storageKey);
  } catch {
    // Private browsing may refuse storage; the fragment alone still works.
    return fromHash;
  }
}

/** Remember a secret (e.g. the organizer key right after creating an event). */
export function rememberSecret(storageKey: string, value: string): void {
  try {
    localStorage.setItem(storageKey, value);
  } catch {
    /* storage unavailable: the link with its fragment still works */
  }
}

/** Forget a remembered secret (a refused link, a deleted event). */
export function forgetSecret(storageKey: string): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    /* nothing stored */
  }
}
