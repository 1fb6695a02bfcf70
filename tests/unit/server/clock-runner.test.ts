import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClockRunner } from '../../../server/clock-runner';

// The runner is the shell around the pure timeline: these tests drive it with fake timers
// and a fake wall clock, never real sleeps.
describe('clock runner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('fires once at the boundary with the armed version', () => {
    const onBoundary = vi.fn();
    const runner = createClockRunner({ now: Date.now, onBoundary });
    runner.arm('e1', 1_005_000, 7);
    vi.advanceTimersByTime(4999);
    expect(onBoundary).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onBoundary).toHaveBeenCalledExactlyOnceWith('e1', 7);
    vi.advanceTimersByTime(60_000);
    expect(onBoundary).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer per event: re-arming replaces, null disarms', () => {
    const onBoundary = vi.fn();
    const runner = createClockRunner({ now: Date.now, onBoundary });
    runner.arm('e1', 1_005_000, 1);
    runner.arm('e1', 1_009_000, 2);
    runner.arm('e2', 1_003_000, 5);
    expect(runner.armed()).toEqual(
      new Map([
        ['e1', 1_009_000],
        ['e2', 1_003_000],
      ]),
    );
    vi.advanceTimersByTime(10_000);
    expect(onBoundary.mock.calls).toEqual([
      ['e2', 5],
      ['e1', 2],
    ]);
    runner.arm('e3', 1_020_000, 1);
    runner.arm('e3', null, 2);
    vi.advanceTimersByTime(30_000);
    expect(onBoundary).toHaveBeenCalledTimes(2);
    expect(runner.armed().size).toBe(0);
  });

  it('re-aims instead of acting when the wall clock says the boundary is still ahead', () => {
    const onBoundary = vi.fn();
    let wall = 1_000_000;
    const runner = createClockRunner({ now: () => wall, onBoundary });
    runner.arm('e1', 1_005_000, 1);
    // The timer wakes, but the wall clock was set back 2 s meanwhile (NTP step, early wake-up).
    wall = 1_003_000;
    vi.advanceTimersByTime(5000);
    expect(onBoundary).not.toHaveBeenCalled();
    wall = 1_005_000;
    vi.advanceTimersByTime(2000);
    expect(onBoundary).toHaveBeenCalledExactlyOnceWith('e1', 1);
  });

  it('fires at once for a boundary already past (recovery after downtime)', () => {
    const onBoundary = vi.fn();
    const runner = createClockRunner({ now: Date.now, onBoundary });
    runner.arm('e1', 900_000, 3);
    vi.advanceTimersByTime(0);
    expect(onBoundary).toHaveBeenCalledExactlyOnceWith('e1', 3);
  });

  it('caps long waits and re-aims on waking', () => {
    const onBoundary = vi.fn();
    const runner = createClockRunner({ now: Date.now, onBoundary, maxDelayMs: 1000 });
    runner.arm('e1', 1_003_500, 1);
    vi.advanceTimersByTime(3000);
    expect(onBoundary).not.toHaveBeenCalled();
    expect(runner.armed().get('e1')).toBe(1_003_500);
    vi.advanceTimersByTime(500);
    expect(onBoundary).toHaveBeenCalledTimes(1);
  });

  it('disposers leave nothing running', () => {
    const onBoundary = vi.fn();
    const runner = createClockRunner({ now: Date.now, onBoundary });
    const stop = runner.arm('e1', 1_005_000, 1);
    runner.arm('e2', 1_005_000, 1);
    stop();
    expect([...runner.armed().keys()]).toEqual(['e2']);
    runner.dispose();
    runner.arm('e3', 1_001_000, 1);
    vi.advanceTimersByTime(10_000);
    expect(onBoundary).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
