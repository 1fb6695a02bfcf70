/**
 * Remaining time as the big digits show it: "m:ss" (or "h:mm:ss"). Rounds up, so the display
 * reads 0:00 only once the phase is really over and flips on the server's second boundary.
 */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Remaining ms of a clock snapshot at the server time `serverNow`. */
export function remainingAt(
  clock: { status: string; phaseEndsAt: number | null; remainingMs: number },
  serverNow: number,
): number {
  if (clock.status === 'running' && clock.phaseEndsAt !== null) return Math.max(0, clock.phaseEndsAt - serverNow);
  return clock.remainingMs;
}
