/**
 * How many tables a round has and how many sit at each. Tables of the full size come first;
 * when the peers do not divide evenly the last tables hold one fewer (tables of k and k − 1
 * beat anyone sitting out). Byes happen only where a table would fall below two: one peer in a
 * one-to-one round with an odd count, or a lone peer.
 */

/** The seat counts of one round's tables, largest first, and how many peers sit out. */
export interface TableShape {
  sizes: number[];
  byes: number;
}

/** The table sizes of one round for n peers at tables of k (k ≥ 2). */
export function peerTableShape(n: number, k: number): TableShape {
  if (n < 2) return { sizes: [], byes: n };
  if (k === 2) return { sizes: new Array<number>(n >> 1).fill(2), byes: n & 1 };
  // ⌈n/k⌉ tables, sizes within one of each other: with k ≥ 3 the smallest is always ≥ 2.
  const g = Math.ceil(n / k);
  const small = Math.floor(n / g);
  const big = n - small * g; // tables holding small + 1
  return { sizes: Array.from({ length: g }, (_, t) => (t < big ? small + 1 : small)), byes: 0 };
}
