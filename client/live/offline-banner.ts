import type { ClockSnapshot } from '../../shared/schemas/clock';

/** What the banner over a page showing a plan from before the connection was lost says. */
export interface OfflineBanner {
  /** 'calm': the plan shown is what the room follows unless someone changes it; 'unsure': it may well have changed. */
  tone: 'calm' | 'unsure';
  text: string;
  /** Why it is unsure, for tests and styling. */
  reason: 'none' | 'paused' | 'not-started' | 'old';
}

/** After this long without news, even a running clock may have been paused, extended or skipped. */
export const STALE_AFTER_MS = 20 * 60_000;

/**
 * Pure: the banner for a page that is not connected and shows the plan as known at `asOf`
 * (server time; null while connected: no banner). A running clock moves on by itself from the
 * absolute timeline, so that plan is shown calmly; a clock that was paused or not yet started
 * waits for the organizer, who may have acted since, and an old plan may have changed too:
 * then the banner says so rather than show a certainty it does not have. `connecting`: the page
 * was just opened and has not heard from the server yet.
 */
export function offlineBanner(input: {
  asOf: number | null;
  connecting: boolean;
  /** The clock as it was known at `asOf` (not moved on). */
  clock: ClockSnapshot | null;
  now: number;
  timeText: (ms: number) => string;
}): OfflineBanner | null {
  if (input.asOf === null || !input.clock) return null;
  const at = input.timeText(input.asOf);
  const lead = input.connecting ? `Connecting… showing the plan as of ${at}` : `Offline — showing the plan as of ${at}`;
  const back = input.connecting ? 'it updates as soon as the server answers.' : 'it updates when you are back online.';
  const reason: OfflineBanner['reason'] =
    input.clock.status === 'paused'
      ? 'paused'
      : input.clock.status === 'idle'
        ? 'not-started'
        : input.clock.status === 'running' && input.now - input.asOf > STALE_AFTER_MS
          ? 'old'
          : 'none';
  switch (reason) {
    case 'none':
      return { tone: 'calm', reason, text: `${lead}; ${back}` };
    case 'paused':
      return { tone: 'unsure', reason, text: `${lead}, when the clock was paused: it may have changed since; ${back}` };
    case 'not-started':
      return { tone: 'unsure', reason, text: `${lead}, before the start: the event may have started since; ${back}` };
    case 'old':
      return { tone: 'unsure', reason, text: `${lead}: the plan may have changed since; ${back}` };
  }
}
