/**
 * Seeded pseudo-randomness. The planner never uses Math.random: the seed only shuffles the
 * order in which equally good choices are tried, so the same input and seed give the same plan.
 */

/** A deterministic random source. */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
}

/** Turn a seed into 32 bits: numbers by their digits, strings hashed with FNV-1a. */
export function seedToInt(seed: number | string): number {
  const text = typeof seed === 'number' ? (Number.isFinite(seed) ? String(seed) : '0') : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A mulberry32 generator: tiny, fast and good enough for shuffling ties. */
export function createRng(seed: number | string): Rng {
  let a = seedToInt(seed);
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** A seeded random permutation of 0..n−1 (Fisher–Yates). */
export function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/** The inverse of a permutation: rank[x] is x's position in `order`. */
export function ranks(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
}
