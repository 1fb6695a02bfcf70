import { describe, expect, it } from 'vitest';
import { median, percentile, spread, verdict } from '../../../../bench/lib/stats';

describe('bench statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 99)).toBe(99);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([1, 2, 3], 1)).toBe(1);
  });

  it('medians odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('spreads one sample', () => {
    expect(spread([5, 1, 9, 3])).toEqual({ n: 4, p50: 3, p99: 9, max: 9 });
  });

  it('judges on the median of per-change p99s, not a pooled p99', () => {
    const calm = Array.from({ length: 100 }, (_, i) => i + 1); // p99 = 99
    const noisy = calm.map((x) => x * 10); // one bad trial: p99 = 990
    const v = verdict([calm, calm, noisy], 100);
    expect(v.p99).toBe(99);
    expect(v.worstP99).toBe(990);
    expect(v.bestP99).toBe(99);
    expect(v.p50).toBe(50);
    expect(v.max).toBe(100);
    expect(v.missed).toBe(0);
  });

  it('counts phones that missed a change', () => {
    expect(
      verdict(
        [
          [1, 2, 3],
          [1, 2],
        ],
        3,
      ).missed,
    ).toBe(1);
    expect(verdict([[]], 4).missed).toBe(4);
  });
});
