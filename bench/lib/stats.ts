/**
 * Pure statistics for the benches: nearest-rank percentiles and the per-change verdict.
 * No timing happens here, so these are unit-tested (tests/unit/bench/lib).
 */

/** The p-th percentile (0 < p ≤ 100) of `values` by nearest rank; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The median (mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Spread {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

/** p50, p99 and max of one sample. */
export function spread(values: readonly number[]): Spread {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : NaN,
  };
}

/** The verdict over several changes (each change: one latency per phone that received it). */
export interface Verdict {
  changes: number;
  /** Medians over changes of each change's p50, p99 and max. */
  p50: number;
  p99: number;
  max: number;
  /** The best and worst change's p99 (how noisy the trials were). */
  bestP99: number;
  worstP99: number;
  /** Phones that never received a change, summed over changes. */
  missed: number;
}

/**
 * Judge on the median over changes of each change's p99: a pooled p99 over all changes is
 * just the single worst trial on a noisy machine. `expected` is the number of phones.
 */
export function verdict(changes: readonly (readonly number[])[], expected: number): Verdict {
  const per = changes.map((c) => spread(c));
  const p99s = per.map((s) => s.p99);
  return {
    changes: changes.length,
    p50: median(per.map((s) => s.p50)),
    p99: median(p99s),
    max: median(per.map((s) => s.max)),
    bestP99: p99s.length ? Math.min(...p99s) : NaN,
    worstP99: p99s.length ? Math.max(...p99s) : NaN,
    missed: changes.reduce((sum, c) => sum + Math.max(0, expected - c.length), 0),
  };
}

/** Bytes as MiB with one decimal. */
export const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** Milliseconds with one decimal (or "—" when unknown). */
export const ms = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : '—');
