/**
 * A whole-plan pass over the greedy rounds: the greedy sees only earlier rounds, so a pair it
 * seats twice may be cheaper to split in either round. For each peer who meets someone again,
 * try every swap with a peer at another table of that round and take the one that lowers the
 * number of repeated meetings most (or, now and then, one that keeps it equal, to drift off
 * plateaus). Avoids stay kept, hosts stay put, layout rounds are left alone (their movement is
 * the point). Work is capped by WORK_BUDGET pair looks, so the pass costs a few milliseconds.
 */
import type { Rng } from '../prng';
import type { Draft, PairCounts } from './draft';
import { AVOID, type PeerModel } from './model';

/** Pair looks over the whole pass: a few milliseconds. */
const WORK_BUDGET = 1_500_000;
/** Passes over all rounds at most (each stops early when nothing improves). */
const MAX_PASSES = 40;
/** Chance to take a swap that leaves repeats equal. */
const SIDEWAYS = 0.3;

/** Lower repeated meetings in drafts[from..] by swaps within a round; `counts` holds all rounds. */
export function improveRepeats(
  drafts: Draft[],
  from: number,
  model: PeerModel,
  counts: PairCounts,
  rng: Rng,
  hosts: readonly number[] | null,
): void {
  const { n, flags } = model;
  const fixed = new Uint8Array(n);
  for (const h of hosts ?? []) fixed[h] = 1;
  const avoids = (a: number, b: number) => (flags[a * n + b]! & AVOID) !== 0;
  // Repeats cannot fall below the meetings beyond C(n, 2) (every pair met once): stop there.
  let meetings = 0;
  for (const d of drafts) for (const t of d.tables) meetings += (t.length * (t.length - 1)) / 2;
  const floor = Math.max(0, meetings - (n * (n - 1)) / 2);
  let repeats = counts.repeats();
  let work = n * n;
  // Repeats p adds by sitting with table t (less `skip`), given the counts as they stand.
  const added = (p: number, t: number[], skip: number) => {
    let c = 0;
    for (const y of t) if (y !== p && y !== skip) c += counts.get(p, y) >= 1 ? 1 : 0;
    work += t.length;
    return c;
  };
  const removed = (p: number, t: number[]) => {
    let c = 0;
    for (const y of t) if (y !== p) c += counts.get(p, y) >= 2 ? 1 : 0;
    work += t.length;
    return c;
  };
  const fits = (p: number, t: number[], skip: number) => {
    work += t.length;
    return t.every((y) => y === p || y === skip || !avoids(p, y));
  };
  const move = (t: number[], out: number, into: number) => {
    for (const y of t) if (y !== out) counts.add(out, y, -1);
    t[t.indexOf(out)] = into;
    for (const y of t) if (y !== into) counts.add(into, y, 1);
  };
  for (let pass = 0; pass < MAX_PASSES && work < WORK_BUDGET && repeats > floor; pass++) {
    let changed = false;
    for (let r = from; r < drafts.length && work < WORK_BUDGET; r++) {
      const tables = drafts[r]!.tables;
      for (let a = 0; a < tables.length; a++) {
        const A = tables[a]!;
        for (let i = 0; i < A.length; i++) {
          const p = A[i]!;
          if (fixed[p]) continue;
          const out = removed(p, A);
          if (out === 0) continue;
          let best = 1;
          let target: [number, number] | null = null;
          for (let b = 0; b < tables.length; b++) {
            if (b === a) continue;
            const B = tables[b]!;
            for (const q of B) {
              if (fixed[q] || !fits(p, B, q) || !fits(q, A, p)) continue;
              const d = added(p, B, q) + added(q, A, p) - out - removed(q, B);
              if (d < best || (d === best && d === 0 && rng.next() < SIDEWAYS)) {
                best = d;
                target = [b, q];
              }
            }
          }
          if (!target || best > 0) continue;
          const [b, q] = target;
          // Swap p and q: p leaves A for B, q leaves B for A.
          move(A, p, q);
          move(tables[b]!, q, p);
          repeats += best;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
}
