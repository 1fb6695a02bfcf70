/**
 * Fixed-window counters per key, in memory. No timers: expired windows are swept lazily,
 * so nothing needs disposing.
 */
export interface Limiter {
  /**
   * Count one hit for `key`; `ok` false once the window's budget is spent. `undo` takes the
   * hit back (a quota that counts only what succeeded); it does nothing once the window is over.
   */
  hit(key: string): { ok: boolean; retryAfterMs: number; undo: () => void };
}

export function createLimiter(opts: { max: number; windowMs: number; now?: () => number }): Limiter {
  const now = opts.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;
  return {
    hit(key) {
      const t = now();
      if (t >= nextSweep) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        nextSweep = t + opts.windowMs;
      }
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + opts.windowMs };
        windows.set(key, w);
      }
      const counted = w;
      counted.count += 1;
      let undone = false;
      const undo = () => {
        if (undone || windows.get(key) !== counted) return;
        undone = true;
        counted.count -= 1;
      };
      return { ok: counted.count <= opts.max, retryAfterMs: counted.resetAt - t, undo };
    },
  };
}

const MiB = 1024 * 1024;

/**
 * The budgets; a venue shares one public IP, so per-IP budgets are generous and per-key ones
 * decide. docs/security.md lists each with its default and the test that proves it.
 */
export interface Limits {
  /** Wrong or unknown keys per IP per minute (HTTP and socket handshakes together). */
  badKeysPerIpPerMinute: number;
  /** Requests (and socket handshakes) per valid key per minute. */
  perKeyPerMinute: number;
  /** All API requests per IP per minute (hundreds of phones behind one Wi-Fi). */
  perIpPerMinute: number;
  /** Events created (or imported) per IP per minute. */
  createEventsPerIpPerMinute: number;
  /** Events created (or imported) per IP per hour. */
  createEventsPerIpPerHour: number;
  /** Events created (or imported) per hour by everyone together. */
  createEventsPerHour: number;
  /** Inbound socket messages per key per 10 s, over all the key's sockets. */
  socketEventsPer10s: number;
  /** Writes per key per 10 s: HTTP calls other than GET plus socket commands, together. */
  writesPerKeyPer10s: number;
  /** Self sign-ups (POST /api/join/…) per IP per minute. */
  signupsPerIpPerMinute: number;
  /** Self sign-ups per sign-up code per minute. */
  signupsPerCodePerMinute: number;
  /** Sockets open at once per key; one more closes the oldest. */
  socketsPerKey: number;
  /** Request-body bytes being received at once, over all requests. */
  bodyBytesInFlight: number;
  /** Free disk under the data directory below which no event is created or imported (0: no check). */
  minFreeDiskBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  badKeysPerIpPerMinute: 20,
  perKeyPerMinute: 600,
  perIpPerMinute: 20_000,
  createEventsPerIpPerMinute: 30,
  createEventsPerIpPerHour: 20,
  createEventsPerHour: 200,
  socketEventsPer10s: 60,
  writesPerKeyPer10s: 60,
  signupsPerIpPerMinute: 20,
  signupsPerCodePerMinute: 120,
  socketsPerKey: 5,
  bodyBytesInFlight: 64 * MiB,
  minFreeDiskBytes: 256 * MiB,
};
