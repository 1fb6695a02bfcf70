/**
 * One round for tables of k when no layout fits (or its rounds are used up): seat people one by
 * one, in a seeded order, at the table where they have met the fewest of those already seated
 * (avoided peers are all but forbidden, unmet wished peers attract), then improve the round by
 * swaps and moves between tables while any of them lowers the cost. Work is bounded: a pass
 * looks only at people who sit with someone they met or avoid, there are at most MAX_PASSES
 * passes, and all passes of a plan share PLAN_WORK, so 400 peers at tables of 4 take about a
 * millisecond a round and dense events (repeats unavoidable) stay well under a second.
 */
import { permutation, type Rng } from '../prng';
import type { Draft, PairCounts } from './draft';
import { AVOID, type PeerModel, WISH } from './model';

/** A repeat costs this much per earlier meeting: ten times what an unmet wish earns. */
const REPEAT_COST = 10;
/** An unmet wished pair at one table earns this. */
const WISH_GAIN = 1;
/** Sharing a table with an avoided peer: the repair step must then move someone. */
const AVOID_COST = 1_000_000;
const MAX_PASSES = 6;
/** Pair looks of the improving passes over all rounds (tens of ms), and at least this much a round. */
const PLAN_WORK = 10_000_000;
const MIN_ROUND_WORK = 50_000;

/** Seat one round of `sizes` tables (summing to n); `hosts[t]`, if given, sits at table t and stays there. */
export function greedyRound(
  model: PeerModel,
  sizes: readonly number[],
  counts: PairCounts,
  rng: Rng,
  hosts: readonly number[] | null,
): Draft {
  const { n, flags } = model;
  const m = counts.m;
  const cost = (a: number, b: number): number => {
    const i = a * n + b;
    const f = flags[i]!;
    if (f & AVOID) return AVOID_COST;
    const met = m[i]!;
    return met > 0 ? REPEAT_COST * met : f & WISH ? -WISH_GAIN : 0;
  };
  const tables: number[][] = sizes.map(() => []);
  const tableOf = new Int32Array(n).fill(-1);
  const host = new Uint8Array(n);
  if (hosts) {
    hosts.forEach((h, t) => {
      tables[t]!.push(h);
      tableOf[h] = t;
      host[h] = 1;
    });
  }
  const at = (p: number, t: number[], skip: number) => {
    let c = 0;
    for (const y of t) if (y !== p && y !== skip) c += cost(p, y);
    return c;
  };
  const order = permutation(n, rng);
  const g = sizes.length;
  // Only a table holding a wished peer can cost below 0, so those are looked at first; then the
  // scan stops at the first table costing 0 or less (nothing else can beat it). A room with no
  // repeats in sight so costs one short scan a person, not n × g.
  const wished: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of model.wishes) {
    wished[a]!.push(b);
    wished[b]!.push(a);
  }
  for (const p of order) {
    if (tableOf[p] !== -1) continue;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const w of wished[p]!) {
      const t = tableOf[w]!;
      if (t < 0 || tables[t]!.length >= sizes[t]!) continue;
      const c = at(p, tables[t]!, -1);
      if (c < bestCost) {
        bestCost = c;
        best = t;
      }
    }
    // Start the scan at a seeded table so ties do not all fill the first tables.
    const start = rng.int(g);
    for (let i = 0; i < g && bestCost > 0; i++) {
      const t = (start + i) % g;
      if (tables[t]!.length >= sizes[t]!) continue;
      const c = at(p, tables[t]!, -1);
      if (c < bestCost) {
        bestCost = c;
        best = t;
      }
    }
    tables[best]!.push(p);
    tableOf[p] = best;
  }
  // Where repeats cannot be avoided every peer has a cost, so the passes are capped by work.
  let work = 0;
  const budget = Math.max(MIN_ROUND_WORK, PLAN_WORK / model.rounds);
  for (let pass = 0; pass < MAX_PASSES && work < budget; pass++) {
    let improved = false;
    for (const p of order) {
      if (work >= budget) break;
      const a = tableOf[p]!;
      if (host[p]) continue;
      const A = tables[a]!;
      const here = at(p, A, -1);
      if (here <= 0) continue;
      let best = 0;
      let apply: (() => void) | null = null;
      work += n * model.tableSize;
      for (let b = 0; b < g; b++) {
        if (b === a) continue;
        const B = tables[b]!;
        if (B.length < A.length) {
          const d = at(p, B, -1) - here;
          if (d < best) {
            best = d;
            apply = () => {
              A.splice(A.indexOf(p), 1);
              B.push(p);
              tableOf[p] = b;
            };
          }
        }
        for (const q of B) {
          if (host[q]) continue;
          const pq = cost(p, q);
          const d = at(p, B, -1) - pq + at(q, A, -1) - pq - here - at(q, B, -1);
          if (d < best) {
            best = d;
            apply = () => {
              A[A.indexOf(p)] = q;
              B[B.indexOf(q)] = p;
              tableOf[p] = b;
              tableOf[q] = a;
            };
          }
        }
      }
      if (apply) {
        apply();
        improved = true;
      }
    }
    if (!improved) break;
  }
  return { tables, stays: hosts ? [...hosts] : tables.map(() => -1), byes: [] };
}
