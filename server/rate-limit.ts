/**
 * Fixed-window counters per key, in memory. No timers: expired windows are swept lazily,
 * so nothing needs disposing.
 */
export interface Limiter {
  /** Count one hit for `key`; `ok` false once the window's budget is spent. */
  hit(key: string): { ok: boolean; retryAfterMs: number };
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
      w.count += 1;
      return { ok: w.count <= opts.max, retryAfterMs: w.resetAt - t };
    },
  };
}

/** The budgets; a venue shares one public IP, so per-IP budgets are generous and per-key ones decide. */
export interface Limits {
  /** Wrong or unknown keys per IP per minute (HTTP and socket handshakes together). */
  badKeysPerIpPerMinute: number;
  /** Requests per valid key per minute. */
  perKeyPerMinute: number;
  /** All API requests per IP per minute (hundreds of phones behind one Wi-Fi). */
  perIpPerMinute: number;
  /** Events created per IP per minute. */
  createEventsPerIpPerMinute: number;
  /** Inbound socket events per socket per 10 s. */
  socketEventsPer10s: number;
}

export const DEFAULT_LIMITS: Limits = {
  badKeysPerIpPerMinute: 20,
  perKeyPerMinute: 600,
  perIpPerMinute: 20_000,
  createEventsPerIpPerMinute: 30,
  socketEventsPer10s: 60,
};
