import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServerNow } from '../../../client/live/server-now';

afterEach(() => vi.useRealTimers());

describe('createServerNow', () => {
  it('updates on the server’s whole seconds, with the offset applied', () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000_100);
    const [offset, setOffset] = createSignal(7 * 60_000 + 600); // server is 7 min 0.6 s ahead
    const { now, dispose } = createRoot((dispose) => ({ now: createServerNow(offset), dispose }));
    expect(now()).toBe(1_000_420_700);
    vi.advanceTimersByTime(299);
    expect(now()).toBe(1_000_420_700); // not yet at the server's next second
    vi.advanceTimersByTime(10);
    expect(now() % 1000).toBeLessThan(10); // flipped just after the boundary
    const before = now();
    vi.advanceTimersByTime(1000);
    expect(now() - before).toBe(1000);
    setOffset(0); // a new measurement re-aims at once
    expect(Math.abs(now() - Date.now())).toBe(0);
    dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
