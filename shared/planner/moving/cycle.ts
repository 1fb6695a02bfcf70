/**
 * The rotation's cycle. N = max(tables, mentors) positions in a ring; every round each mentor
 * moves one position on. With more mentors than tables, the G tables sit at evenly spread
 * positions (a Christoffel word) and the others are rests; with more tables than mentors, the
 * mentors start at evenly spread positions and the tables between them sit out. Tables keep
 * their label order along the ring, so a mentor at T3 goes to T4 (the one-table-on rhythm), and
 * any window of rounds holds rests (or byes) within one of each other: that is what keeps the
 * spread ≤ 1 with no bookkeeping at all.
 */

/** k positions spread evenly over a ring of n: floor(i·n/k). Any two windows of one length differ by ≤ 1. */
export function spreadPositions(k: number, n: number): Int32Array {
  const out = new Int32Array(k);
  for (let i = 0; i < k; i++) out[i] = Math.floor((i * n) / k);
  return out;
}

/** The ring: which table sits at each position (−1: a rest), and where mentors may start. */
export interface Cycle {
  N: number;
  G: number;
  /** Table index at each position, −1 for a rest. */
  posTable: Int32Array;
  /** Position of each table. */
  tablePos: Int32Array;
  /** The positions mentors stand at in the first round of the cycle (T of them, ascending). */
  slots: Int32Array;
  /** restsBefore[i]: rest positions among 0..i−1 (i ≤ N). */
  restsBefore: Int32Array;
}

/** The ring for G tables and T mentors. */
export function buildCycle(G: number, T: number): Cycle {
  const N = Math.max(G, T, 1);
  const tablePos = G >= T ? Int32Array.from({ length: G }, (_, i) => i) : spreadPositions(G, N);
  const slots = G > T ? spreadPositions(T, N) : Int32Array.from({ length: T }, (_, i) => i);
  const posTable = new Int32Array(N).fill(-1);
  tablePos.forEach((c, p) => {
    posTable[c] = p;
  });
  const restsBefore = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) restsBefore[i + 1] = restsBefore[i]! + (posTable[i]! < 0 ? 1 : 0);
  return { N, G, posTable, tablePos, slots, restsBefore };
}

/** The table a mentor with this offset sits at in round t (−1: a rest). */
export const tableAt = (c: Cycle, offset: number, t: number): number => c.posTable[(offset + t) % c.N]!;

/** Rests on a track (offset) over rounds from..to−1, by the prefix counts: O(1). */
export function restsOnTrack(c: Cycle, offset: number, from: number, to: number): number {
  const len = Math.max(0, to - from);
  const perRing = c.restsBefore[c.N]!;
  const s = (offset + from) % c.N;
  const rem = len % c.N;
  const pre = c.restsBefore;
  const part = s + rem <= c.N ? pre[s + rem]! - pre[s]! : pre[c.N]! - pre[s]! + pre[s + rem - c.N]!;
  return Math.floor(len / c.N) * perRing + part;
}

/** Whether a mentor's track passes table p during rounds from..to−1. */
export function onTrack(c: Cycle, offset: number, p: number, from: number, to: number): boolean {
  const d = (((c.tablePos[p]! - offset - from) % c.N) + c.N) % c.N;
  return d < to - from;
}

/** How many mentors' tracks (offsets) pass each table in rounds from..to−1, counting laps. */
export function visitsPerTable(c: Cycle, offsets: Int32Array, from: number, to: number): Int32Array {
  const visits = new Int32Array(c.G);
  for (const off of offsets) {
    for (let t = from; t < to; t++) {
      const p = tableAt(c, off, t);
      if (p >= 0) visits[p]!++;
    }
  }
  return visits;
}
