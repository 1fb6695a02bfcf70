/** One NTP-style sample: when the client sent, when the server stamped, when the answer came back. */
export interface TimeSample {
  clientSentAt: number;
  serverNow: number;
  clientReceivedAt: number;
}

/**
 * The server's clock minus ours, from the sample with the lowest round trip (its error is at
 * most half that round trip). Null when there are no samples.
 */
export function offsetFromSamples(samples: TimeSample[]): { offsetMs: number; rttMs: number } | null {
  let best: TimeSample | null = null;
  for (const s of samples) {
    if (!best || s.clientReceivedAt - s.clientSentAt < best.clientReceivedAt - best.clientSentAt) best = s;
  }
  if (!best) return null;
  const rttMs = best.clientReceivedAt - best.clientSentAt;
  return { offsetMs: best.serverNow - (best.clientSentAt + rttMs / 2), rttMs };
}

/** Milliseconds until the server's next whole second, so every screen flips its digit together. */
export function msToNextServerSecond(serverNow: number): number {
  const into = ((serverNow % 1000) + 1000) % 1000;
  return 1000 - into;
}
