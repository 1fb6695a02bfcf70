import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRST_CONNECT_SAMPLES,
  offsetSamplingPlan,
  RECONNECT_SAMPLES,
  RECONNECT_SPREAD_MS,
} from '../../../../client/live/offset-sampling';

describe('offsetSamplingPlan', () => {
  it('measures at once with eight samples on the first connection', () => {
    expect(FIRST_CONNECT_SAMPLES).toBe(8);
    expect(offsetSamplingPlan(false, 0.99)).toEqual({ samples: 8, delayMs: 0 });
  });

  it('after a reconnect: three samples, started somewhere in the next three seconds', () => {
    expect([RECONNECT_SAMPLES, RECONNECT_SPREAD_MS]).toEqual([3, 3000]);
    expect(offsetSamplingPlan(true, 0)).toEqual({ samples: 3, delayMs: 0 });
    expect(offsetSamplingPlan(true, 0.5)).toEqual({ samples: 3, delayMs: 1500 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r) => {
        const { delayMs } = offsetSamplingPlan(true, r);
        expect(Number.isInteger(delayMs) && delayMs >= 0 && delayMs < RECONNECT_SPREAD_MS).toBe(true);
      }),
    );
  });
});
