import { describe, expect, it } from 'vitest';
import { clockCue, clockCueText, nextCue, type CueState } from '../../../client/live/cues';
import { T0, finishedClock, idleClock, pausedClock, runningClock } from '../support/fixtures';

const WARN = 60_000;

describe('nextCue', () => {
  it('is silent on the first look, whatever the clock shows', () => {
    expect(nextCue(null, runningClock(0, 30_000), T0, WARN).cue).toBeNull();
  });

  it('signals a phase change once, including the start and the end', () => {
    let s = nextCue(null, idleClock(), T0, WARN).state;
    const start = nextCue(s, runningClock(0, 600_000), T0, WARN);
    expect(start.cue).toBe('phase');
    s = start.state;
    expect(nextCue(s, runningClock(0, 599_000), T0 + 1000, WARN).cue).toBeNull();
    const skip = nextCue(s, runningClock(1, 120_000, T0 + 2000), T0 + 2000, WARN);
    expect(skip.cue).toBe('phase');
    expect(nextCue(skip.state, finishedClock(), T0 + 3000, WARN).cue).toBe('phase');
  });

  it('does not call pause or resume a phase change', () => {
    const s = nextCue(null, runningClock(2, 300_000), T0, WARN).state;
    expect(nextCue(s, pausedClock(2, 299_000), T0 + 1000, WARN).cue).toBeNull();
  });

  it('warns once when a running meeting crosses the warning time', () => {
    const clock = runningClock(0, 61_500);
    let s: CueState = nextCue(null, clock, T0, WARN).state;
    const seen: (string | null)[] = [];
    for (let t = 1000; t <= 4000; t += 1000) {
      const r = nextCue(s, clock, T0 + t, WARN);
      seen.push(r.cue);
      s = r.state;
    }
    expect(seen).toEqual([null, 'warning', null, null]);
  });

  it('does not warn in a changeover, when paused, or when switched off', () => {
    const change = runningClock(1, 61_000);
    const s1 = nextCue(null, change, T0, WARN).state;
    expect(nextCue(s1, change, T0 + 2000, WARN).cue).toBeNull();
    const meeting = runningClock(0, 61_000);
    const s2 = nextCue(null, meeting, T0, 0).state;
    expect(nextCue(s2, meeting, T0 + 2000, 0).cue).toBeNull();
    const s3 = nextCue(null, pausedClock(0, 61_000), T0, WARN).state;
    expect(nextCue(s3, pausedClock(0, 59_000), T0, WARN).cue).toBeNull();
  });

  it('warns again after +1 min pushed the end back', () => {
    let s = nextCue(null, runningClock(0, 60_500), T0, WARN).state;
    const w1 = nextCue(s, runningClock(0, 60_500), T0 + 1000, WARN);
    expect(w1.cue).toBe('warning');
    s = w1.state;
    const extended = runningClock(0, 60_500 + 60_000, T0, 2);
    s = nextCue(s, extended, T0 + 2000, WARN).state;
    expect(nextCue(s, extended, T0 + 62_000, WARN).cue).toBe('warning');
  });
});

describe('vibrate', () => {
  it('buzzes where the phone can, and not before the person touched the page', async () => {
    const { vibrate } = await import('../../../client/live/vibrate');
    const calls: unknown[] = [];
    const nav = (active: boolean | undefined, fn?: (p: number[]) => boolean) => ({
      vibrate: fn,
      userActivation: active === undefined ? undefined : { hasBeenActive: active },
    });
    const record = (p: number[]) => {
      calls.push(p);
      return true;
    };
    const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    const set = (v: unknown) => Object.defineProperty(globalThis, 'navigator', { value: v, configurable: true });
    try {
      set(nav(true, record));
      expect(vibrate('phase')).toBe(true);
      expect(vibrate('warning')).toBe(true);
      expect(calls).toEqual([[300], [120, 100, 120]]);
      set(nav(false, record));
      expect(vibrate('phase')).toBe(false);
      set(nav(undefined, undefined));
      expect(vibrate('phase')).toBe(false);
      set(
        nav(true, () => {
          throw new Error('no');
        }),
      );
      expect(vibrate('phase')).toBe(false);
      expect(calls).toHaveLength(2);
    } finally {
      if (original) Object.defineProperty(globalThis, 'navigator', original);
    }
  });
});

describe('clockCue: what the countdown shows besides its digits', () => {
  it('"last-minute" in the last `warnMs` of a running meeting, down to the end', () => {
    const meeting = runningClock(0, 61_000);
    expect(clockCue(meeting, T0, WARN)).toBeNull();
    expect(clockCue(meeting, T0 + 1_000, WARN)).toBe('last-minute');
    expect(clockCue(meeting, T0 + 60_999, WARN)).toBe('last-minute');
    expect(clockCue(meeting, T0 + 61_000, WARN)).toBeNull();
    expect(clockCueText('last-minute', WARN)).toBe('Last minute');
    expect(clockCueText('last-minute', 120_000)).toBe('Ending soon');
  });

  it('"paused" while stopped; nothing in a changeover, before, after, or with the warning off', () => {
    expect(clockCue(pausedClock(0, 30_000), T0, WARN)).toBe('paused');
    expect(clockCue(pausedClock(1, 500_000), T0, WARN)).toBe('paused');
    expect(clockCueText('paused', WARN)).toBe('Paused');
    expect(clockCue(runningClock(1, 30_000), T0, WARN)).toBeNull();
    expect(clockCue(runningClock(0, 30_000), T0, 0)).toBeNull();
    expect(clockCue(idleClock(), T0, WARN)).toBeNull();
    expect(clockCue(finishedClock(), T0, WARN)).toBeNull();
    expect(clockCueText(null, WARN)).toBe('');
  });
});
