/**
 * The rotation, round by round. Every mentor goes one position on along the ring (one table on,
 * or a rest); where that breaks a rule (the table blocks the mentor, or it is a repeat while the
 * table still has mentors to meet) the mentor's track is exchanged with another mentor's for the
 * rest of the event: both land somewhere they fit, the rhythm is broken once for each, and the
 * ring stays a permutation, so tables keep one mentor each and the spread of rests and byes is
 * kept. Among the exchanges the one that costs the rest of the event least is taken (blocked
 * tables and repeats ahead, wishes served). Where none fits a blocked mentor sits this round out
 * and the free tables are filled from whoever is idle (round-fill.ts).
 */
import { restsOnTrack, tableAt } from './cycle';
import { allowed } from './group-state';
import { fillFreeTables } from './round-fill';
import { commitRound, fits, isRepeat, type Rotation, visitCost } from './rotation-state';

/** The range final rest counts of counted mentors must stay in after an exchange. */
function restRange(rot: Rotation, t: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let m = 0; m < rot.model.T; m++) {
    if (!rot.counted[m]) continue;
    const f = rot.rests[m]! + restsOnTrack(rot.cycle, rot.offset[m]!, t, rot.R);
    lo = Math.min(lo, f);
    hi = Math.max(hi, f);
  }
  return hi - lo <= 1 ? [hi - 1, lo + 1] : [lo, hi];
}

/** The best mentor to exchange tracks with mentor a from round t, or −1 when none fits. */
function bestExchange(rot: Rotation, t: number, a: number, benched: Uint8Array): number {
  const { model, cycle, offset, R } = rot;
  const T = model.T;
  const row = t * T;
  const pa = rot.out[row + a]!;
  const restful = cycle.restsBefore[cycle.N]! > 0;
  const [lo, hi] = restful ? restRange(rot, t) : [0, 0];
  const restOk = (m: number, off: number) => {
    if (!restful || !rot.counted[m]) return true;
    const f = rot.rests[m]! + restsOnTrack(cycle, off, t, R);
    return f >= lo && f <= hi;
  };
  let best = -1;
  let bestCost = Infinity;
  for (let b = 0; b < T; b++) {
    if (b === a || benched[b]) continue;
    const pb = rot.out[row + b]!;
    if (!fits(rot, pa, b) || (pb >= 0 && !fits(rot, pb, a))) continue;
    if (!restOk(a, offset[b]!) || !restOk(b, offset[a]!)) continue;
    let cost = 0;
    for (let u = t; u < R; u++) {
      const qa = tableAt(cycle, offset[a]!, u);
      const qb = tableAt(cycle, offset[b]!, u);
      cost += visitCost(rot, qb, a) + visitCost(rot, qa, b) - visitCost(rot, qa, a) - visitCost(rot, qb, b);
    }
    if (cost < bestCost) {
      best = b;
      bestCost = cost;
    }
  }
  return best;
}

/** Plan round t: tracks, exchanges for broken rules, then fill tables left free. */
function planRound(rot: Rotation, t: number): void {
  const { model, groups, cycle, offset } = rot;
  const T = model.T;
  const row = t * T;
  const benched = new Uint8Array(T);
  for (let m = 0; m < T; m++) rot.out[row + m] = tableAt(cycle, offset[m]!, t);
  // Hard rule first (a blocked table), then avoidable repeats.
  for (const hard of [true, false]) {
    for (let a = 0; a < T; a++) {
      const p = rot.out[row + a]!;
      if (p < 0 || (hard ? allowed(groups, p, a) : !isRepeat(rot, p, a))) continue;
      const b = bestExchange(rot, t, a, benched);
      if (b >= 0) {
        const o = offset[a]!;
        offset[a] = offset[b]!;
        offset[b] = o;
        rot.out[row + a] = rot.out[row + b]!;
        rot.out[row + b] = p;
      } else if (hard) {
        rot.out[row + a] = -1;
        benched[a] = 1;
      }
    }
  }
  fillFreeTables(rot, t, benched);
  commitRound(rot, t);
}

/** Plan rounds from..R−1 into rot.out. */
export function runRotation(rot: Rotation): void {
  for (let t = rot.from; t < rot.R; t++) planRound(rot, t);
}
