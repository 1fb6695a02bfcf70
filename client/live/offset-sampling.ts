/**
 * How many `time` samples a screen takes when its socket connects, and when (pure).
 *
 * The first connection measures the offset between this device's clock and the server's
 * with eight samples (the best round trip wins). After a reconnect the offset is already
 * known and still right (a device's clock does not jump because the Wi-Fi dropped or the
 * server restarted), so three samples confirm it, started at a random moment within a few
 * seconds: when a server restarts, a whole room of phones reconnects in the same second, and
 * 2,000 phones × 8 samples at once would compete with their snapshots for the server's
 * event loop (docs/performance.md, reconnect storm). The countdown keeps the known offset
 * meanwhile. The fan-out bench's phones follow the same plan.
 */
export const FIRST_CONNECT_SAMPLES = 8;
export const RECONNECT_SAMPLES = 3;
export const RECONNECT_SPREAD_MS = 3000;

export interface SamplingPlan {
  samples: number;
  /** Wait this long after connecting before the first sample. */
  delayMs: number;
}

/** `measuredBefore`: an offset was measured on an earlier connection; `random` in [0, 1). */
export function offsetSamplingPlan(measuredBefore: boolean, random: number): SamplingPlan {
  if (!measuredBefore) return { samples: FIRST_CONNECT_SAMPLES, delayMs: 0 };
  return { samples: RECONNECT_SAMPLES, delayMs: Math.floor(random * RECONNECT_SPREAD_MS) };
}
