import { performance } from 'node:perf_hooks';
import { median } from './stats';

/** Median wall-clock ms of `fn` over `runs` runs after `warmup` unmeasured ones (the JIT settles). */
export function medianMs(fn: () => unknown, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
