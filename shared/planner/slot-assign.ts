/**
 * Which mentee takes which slot of the rotation. Slots differ only in the tables they pass, so
 * mentees with wishes or avoids choose first (in seeded order): a slot that passes their best
 * wishes and none of the mentors they avoid. Everyone else fills the remaining slots in seeded
 * order. Whatever a slot cannot give is fixed later by exchanges and the round-by-round engine.
 */
import { laneQuotas, quotaColumn } from './lane-quota';
import type { Model } from './model';
import { SLOT_CHOICE_WISHES, slotWishScore } from './policy';
import { firstVisit, slotsAt, type Structure } from './structure';

/** How many free slots to try for a mentee with avoids before taking any free slot. */
const AVOID_SCAN = 64;

/** Union-find "next free slot at or after i", so taking slots stays near O(1). */
function nextFreeFinder(n: number): { find(i: number): number; take(i: number): void } {
  const parent = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) parent[i] = i;
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const up = parent[i]!;
      parent[i] = r;
      i = up;
    }
    return r;
  };
  const take = (i: number): void => {
    parent[i] = i + 1;
  };
  return { find, take };
}

/** Assign each active mentee (allowedCount > 0) a slot; returns slot per mentee, −1 for the rest. */
export function assignSlots(model: Model, st: Structure, order: Int32Array): Int32Array {
  const { M, R, wishes, avoidList, allowedCount, T } = model;
  const slotCount = st.slotLane.length;
  const slotOf = new Int32Array(M).fill(-1);
  const free = new Uint8Array(slotCount).fill(1);
  const finder = nextFreeFinder(slotCount);
  // Per-mentee scratch, reset by stamping instead of clearing: score of each slot, and slots
  // that pass an avoided mentor.
  const scoreStamp = new Int32Array(slotCount);
  const score = new Int32Array(slotCount);
  const banned = new Int32Array(slotCount);
  let stamp = 0;
  const buf = new Int32Array(st.lanes.length * Math.max(1, Math.min(R, slotCount)));
  const visits = (slot: number, m: number): boolean => {
    const r = firstVisit(st, slot, m);
    return r >= 0 && r < R;
  };
  const hitsAvoid = (avoided: Int32Array, slot: number): boolean => {
    for (let i = 0; i < avoided.length; i++) if (visits(slot, avoided[i]!)) return true;
    return false;
  };
  const constrained = (x: number) => wishes[x]!.length > 0 || allowedCount[x]! < T;
  const active = Array.from(order).filter((x) => allowedCount[x]! > 0);
  const queue = [...active.filter(constrained), ...active.filter((x) => !constrained(x))];
  // With mentees of a group kept apart, a mentee takes a slot only in a lane with seats left
  // for their group (lane-quota.ts); the free slots of those lanes stand in for all free slots.
  const quota = laneQuotas(model, st, active);
  let col = 0;
  const allowed = (slot: number) => !quota || quota.left[st.slotLane[slot]! * quota.width + col]! > 0;
  function* freeSlots(): Generator<number> {
    if (!quota) {
      for (let s = finder.find(0); s < slotCount; s = finder.find(s + 1)) yield s;
      return;
    }
    for (let l = 0; l < quota.count.length; l++) {
      if (quota.left[l * quota.width + col] === 0) continue;
      const end = quota.start[l]! + quota.count[l]!;
      for (let s = finder.find(quota.start[l]!); s < end; s = finder.find(s + 1)) yield s;
    }
  }
  for (const x of queue) {
    if (quota) col = quotaColumn(model, quota, x);
    const w = wishes[x]!;
    const avoided = avoidList[x]!;
    stamp++;
    for (const m of avoided) {
      const n = slotsAt(st, m, R, buf);
      for (let j = 0; j < n; j++) banned[buf[j]!] = stamp;
    }
    // Higher-ranked wishes dominate (see slotWishScore): a slot with the top wish beats two lesser ones.
    for (let k = 0; k < Math.min(w.length, R); k++) {
      const weight = slotWishScore(k);
      const n = slotsAt(st, w[k]!, R, buf);
      for (let j = 0; j < n; j++) {
        const slot = buf[j]!;
        if (scoreStamp[slot] !== stamp) {
          scoreStamp[slot] = stamp;
          score[slot] = 0;
        }
        score[slot]! += weight;
      }
    }
    let chosen = -1;
    for (let i = 0; i < Math.min(w.length, SLOT_CHOICE_WISHES) && chosen < 0; i++) {
      let bestScore = -1;
      const n = slotsAt(st, w[i]!, R, buf);
      for (let j = 0; j < n; j++) {
        const slot = buf[j]!;
        if (!free[slot] || banned[slot] === stamp || !allowed(slot)) continue;
        const sc = score[slot]!;
        if (sc > bestScore || (sc === bestScore && slot < chosen)) [chosen, bestScore] = [slot, sc];
      }
    }
    if (chosen < 0 && avoided.length > 0) {
      let tries = 0;
      for (const s of freeSlots()) {
        if (tries++ >= AVOID_SCAN) break;
        if (!hitsAvoid(avoided, s)) {
          chosen = s;
          break;
        }
      }
    }
    if (chosen < 0) chosen = quota ? freeSlots().next().value! : finder.find(0);
    slotOf[x] = chosen;
    free[chosen] = 0;
    finder.take(chosen);
    if (quota) quota.left[st.slotLane[chosen]! * quota.width + col]!--;
  }
  return slotOf;
}
