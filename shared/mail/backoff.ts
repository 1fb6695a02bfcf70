/**
 * When a mail is tried again: after each failed try the next waits longer, then it is given up.
 * The defaults: a first try at once, then three more 30 s, 2 min and 10 min after each failure.
 */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000];

/** What a failure is, as far as trying again goes. */
export interface SendFailure {
  /** The SMTP reply code, when the server answered (550, 421, …). */
  responseCode?: number | undefined;
}

/**
 * Whether trying again can help: a 5xx reply is the server's final word on this message (the
 * recipient does not exist, the sender is refused: RFC 5321 §4.2.1), so it fails at once;
 * a 4xx, a timeout or a lost connection is worth another try.
 */
export function isPermanent(f: SendFailure): boolean {
  return f.responseCode !== undefined && f.responseCode >= 500 && f.responseCode < 600;
}

/**
 * After try number `attempts` (1 = the first) failed at `now`: when to try again, or null to
 * give up (a permanent failure, or every delay used).
 */
export function nextAttemptAt(
  attempts: number,
  now: number,
  failure: SendFailure,
  delays: readonly number[] = DEFAULT_RETRY_DELAYS_MS,
): number | null {
  if (isPermanent(failure)) return null;
  const delay = delays[attempts - 1];
  return delay === undefined ? null : now + delay;
}

/**
 * The rate cap: how long to wait before the next try, given when the tries of the last
 * `windowMs` began, so that no more than `perWindow` begin in any window. 0: go now.
 */
export function rateWait(recent: readonly number[], now: number, perWindow: number, windowMs = 60_000): number {
  const inWindow = recent.filter((t) => t > now - windowMs).sort((a, b) => a - b);
  if (inWindow.length < perWindow) return 0;
  // The oldest try that must leave the window before another may begin.
  return inWindow[inWindow.length - perWindow]! + windowMs - now;
}
