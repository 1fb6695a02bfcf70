/**
 * Where each mentor's track runs after a replan. A mentor who sat at a table in the last round
 * kept goes one table on (the rhythm carries over the replan); with more tables than mentors the
 * evenly spread starting positions are turned to fit as many of them as possible. Everyone else
 * (a new mentor, one who rested, one whose next table is taken) takes the free position whose
 * track costs least: blocked tables and repeats ahead, wishes served, and rests away from the
 * average of the mentors here all along.
 */
import type { Model } from '../model';
import { type Cycle, restsOnTrack, spreadPositions, tableAt } from './cycle';
import type { Groups } from './group-state';
import { REST_GAP, RHYTHM_BREAK, TRACK_BLOCKED, TRACK_REPEAT } from './policy';

/** What the choice needs: history (`met`, `rests`, `counted`) and where mentors sat last (`last`: table or −1). */
export interface TrackInput {
  model: Model;
  groups: Groups;
  cycle: Cycle;
  met: Int32Array;
  rests: Int32Array;
  counted: Uint8Array;
  last: Int32Array;
  from: number;
  R: number;
}

/** Offsets (position in round 0 terms) for every mentor. */
export function continueTracks(inp: TrackInput): Int32Array {
  const { model, groups, cycle, from, R } = inp;
  const { T } = model;
  const { N, G } = cycle;
  const want = new Int32Array(T).fill(-1);
  for (let m = 0; m < T; m++) if (inp.last[m]! >= 0 && G > 0) want[m] = cycle.tablePos[(inp.last[m]! + 1) % G]!;
  let positions = Int32Array.from(cycle.slots);
  if (G > T) {
    // Turn the spread positions to hold as many wanted positions as possible.
    const base = spreadPositions(T, N);
    const wanted = new Uint8Array(N);
    for (const w of want) if (w >= 0) wanted[w] = 1;
    let bestShift = 0;
    let bestHits = -1;
    for (let k = 0; k < N; k++) {
      let hits = 0;
      for (const s of base) hits += wanted[(s + k) % N]!;
      if (hits > bestHits) {
        bestHits = hits;
        bestShift = k;
      }
    }
    positions = base.map((s) => (s + bestShift) % N);
  }
  const taken = new Uint8Array(N);
  const isSlot = new Uint8Array(N);
  for (const s of positions) isSlot[s] = 1;
  const offset = new Int32Array(T).fill(-1);
  const toOffset = (p: number) => (((p - from) % N) + N) % N;
  for (let m = 0; m < T; m++) {
    const w = want[m]!;
    if (w >= 0 && isSlot[w] && !taken[w]) {
      taken[w] = 1;
      offset[m] = toOffset(w);
    }
  }
  const restful = cycle.restsBefore[N]! > 0;
  let target = 0;
  if (restful) {
    let sum = 0;
    let n = 0;
    for (let m = 0; m < T; m++) {
      if (!inp.counted[m]) continue;
      sum += inp.rests[m]!;
      n++;
    }
    target = (n > 0 ? sum / n : 0) + ((R - from) * (N - G)) / N;
  }
  const trackCost = (m: number, off: number): number => {
    let c = 0;
    for (let t = from; t < R; t++) {
      const p = tableAt(cycle, off, t);
      if (p < 0) continue;
      const i = p * T + m;
      c += groups.blocked[i]! > 0 ? TRACK_BLOCKED : (inp.met[i]! > 0 ? TRACK_REPEAT : 0) - groups.wishW[i]!;
    }
    if (restful) c += REST_GAP * Math.abs(inp.rests[m]! + restsOnTrack(cycle, off, from, R) - target);
    return c + (want[m]! >= 0 ? RHYTHM_BREAK : 0);
  };
  for (let m = 0; m < T; m++) {
    if (offset[m]! >= 0) continue;
    let best = -1;
    let bestCost = Infinity;
    for (const s of positions) {
      if (taken[s]) continue;
      const c = trackCost(m, toOffset(s));
      if (c < bestCost) {
        bestCost = c;
        best = s;
      }
    }
    taken[best] = 1;
    offset[m] = toOffset(best);
  }
  return offset;
}
