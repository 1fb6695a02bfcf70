/**
 * The order of mentors around the ring. A table is visited by a run of consecutive mentors (its
 * window), so mentors often wished for together are put close: then one table's window can hold
 * several wishes of the mentees seated there. A greedy chain: start at the most wished-for
 * mentor, then repeatedly add the mentor most wished for together with the last R − 1 placed.
 * With no wishes, or with every table seeing every mentor (rounds ≥ ring), input order.
 */
import type { Model } from '../model';
import { wishWeight } from './policy';

/** Mentor indices in ring order. */
export function mentorChain(model: Model, rounds: number, ring: number): Int32Array {
  const T = model.T;
  const chain = Int32Array.from({ length: T }, (_, i) => i);
  if (rounds >= ring || T < 3 || model.wishes.every((w) => w.length < 2)) return chain;
  const aff = new Float64Array(T * T);
  const demand = new Float64Array(T);
  for (const wishes of model.wishes) {
    const w = wishes.subarray(0, rounds);
    for (let i = 0; i < w.length; i++) {
      demand[w[i]!]! += wishWeight(i);
      for (let j = i + 1; j < w.length; j++) {
        const v = wishWeight(i) * wishWeight(j);
        aff[w[i]! * T + w[j]!]! += v;
        aff[w[j]! * T + w[i]!]! += v;
      }
    }
  }
  let start = 0;
  for (let m = 1; m < T; m++) if (demand[m]! > demand[start]!) start = m;
  // score[c]: affinity of c with the last (rounds − 1) mentors placed, kept as a running sum.
  const score = new Float64Array(T);
  const placed = new Uint8Array(T);
  const window = Math.max(1, rounds - 1);
  const add = (m: number, sign: number) => {
    for (let c = 0; c < T; c++) score[c]! += sign * aff[m * T + c]!;
  };
  chain[0] = start;
  placed[start] = 1;
  add(start, 1);
  for (let k = 1; k < T; k++) {
    let best = -1;
    for (let c = 0; c < T; c++) if (!placed[c] && (best < 0 || score[c]! > score[best]!)) best = c;
    chain[k] = best;
    placed[best] = 1;
    add(best, 1);
    if (k - window >= 0) add(chain[k - window]!, -1);
  }
  return chain;
}
