import { describe, expect, it } from 'vitest';
import { msToNextServerSecond, offsetFromSamples } from '../../../client/live/clock-offset';
import { formatRemaining, remainingAt } from '../../../client/live/countdown-text';

describe('offsetFromSamples', () => {
  it('keeps the sample with the lowest round trip', () => {
    const r = offsetFromSamples([
      { clientSentAt: 1000, serverNow: 421_000 + 400, clientReceivedAt: 1800 },
      { clientSentAt: 2000, serverNow: 422_000 + 20, clientReceivedAt: 2040 },
      { clientSentAt: 3000, serverNow: 423_000 + 100, clientReceivedAt: 3300 },
    ]);
    expect(r).toEqual({ offsetMs: 420_000, rttMs: 40 });
    expect(offsetFromSamples([])).toBeNull();
  });

  it('measures a phone clock 7 minutes fast as a negative offset', () => {
    const fast = 7 * 60_000;
    const r = offsetFromSamples([{ clientSentAt: 10_000 + fast, serverNow: 10_050, clientReceivedAt: 10_100 + fast }]);
    expect(r?.offsetMs).toBe(-fast);
  });
});

describe('msToNextServerSecond', () => {
  it('aims at the next whole second', () => {
    expect(msToNextServerSecond(12_250)).toBe(750);
    expect(msToNextServerSecond(12_000)).toBe(1000);
    expect(msToNextServerSecond(-250)).toBe(250);
  });
});

describe('formatRemaining', () => {
  it('rounds up and shows hours only when needed', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(600_000)).toBe('10:00');
    expect(formatRemaining(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatRemaining(-5)).toBe('0:00');
  });

  it('reads the remaining time from a deadline, or the frozen time while paused', () => {
    expect(remainingAt({ status: 'running', phaseEndsAt: 10_000, remainingMs: 0 }, 4_000)).toBe(6_000);
    expect(remainingAt({ status: 'paused', phaseEndsAt: null, remainingMs: 7_000 }, 4_000)).toBe(7_000);
  });
});
