import { describe, expect, it } from 'vitest';
import { offlineBanner, STALE_AFTER_MS } from '../../../../client/live/offline-banner';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';

const AS_OF = Date.UTC(2030, 0, 15, 10, 42);
const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const base = { rounds: 3, phaseCount: 6, remainingMs: null, serverNow: AS_OF, lastBoundaryAt: null } as const;
const running = {
  ...base,
  status: 'running',
  version: 3,
  phaseIndex: 0,
  phase: { index: 0, kind: 'meeting', round: 1 },
  phaseEndsAt: AS_OF + 300_000,
  startedAt: AS_OF - 60_000,
} as unknown as ClockSnapshot;
const paused = { ...running, status: 'paused', phaseEndsAt: null, remainingMs: 120_000 } as unknown as ClockSnapshot;
const idle = {
  ...base,
  status: 'idle',
  version: 1,
  phase: null,
  phaseEndsAt: null,
  startedAt: null,
} as unknown as ClockSnapshot;
const finished = { ...idle, status: 'finished' } as unknown as ClockSnapshot;

const banner = (clock: ClockSnapshot, now = AS_OF + 5_000, over: { asOf?: number | null; connecting?: boolean } = {}) =>
  offlineBanner({ asOf: AS_OF, connecting: false, clock, now, timeText: hhmm, ...over });

describe('offlineBanner: what a page showing an older plan says, from which stored clock and time', () => {
  it('says nothing while connected (no "as of")', () => {
    expect(banner(running, AS_OF, { asOf: null })).toBeNull();
  });

  it('a running clock: calm, with the time the plan is from', () => {
    expect(banner(running)).toEqual({
      tone: 'calm',
      reason: 'none',
      text: 'Offline — showing the plan as of 10:42; it updates when you are back online.',
    });
    expect(banner(finished)?.tone).toBe('calm');
  });

  it('a paused or not started clock waits for the organizer: the plan may have changed', () => {
    expect(banner(paused)).toMatchObject({ tone: 'unsure', reason: 'paused' });
    expect(banner(paused)!.text).toContain('when the clock was paused: it may have changed since');
    expect(banner(idle)).toMatchObject({ tone: 'unsure', reason: 'not-started' });
    expect(banner(idle)!.text).toContain('the event may have started since');
  });

  it('a running clock heard from long ago: the organizer may have paused, extended or skipped since', () => {
    expect(banner(running, AS_OF + STALE_AFTER_MS)?.reason).toBe('none');
    expect(banner(running, AS_OF + STALE_AFTER_MS + 1)).toMatchObject({ tone: 'unsure', reason: 'old' });
  });

  it('a page just opened that has not heard the server yet says it is connecting, not offline', () => {
    expect(banner(running, AS_OF, { connecting: true })!.text).toBe(
      'Connecting… showing the plan as of 10:42; it updates as soon as the server answers.',
    );
  });
});
