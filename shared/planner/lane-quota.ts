/**
 * Mentees of one group kept apart, from the start: the slots of one lane never share a table in
 * a round (a lane has one position per table), so a group placed in one lane never sits
 * together there. Each group is given seats in as few lanes as its size allows (a group larger
 * than a lane must spread: the tables are too few), and slot choice takes a mentee's slot only
 * in a lane with seats left for their group. Mentees without a group take what is left.
 */
import type { Model } from './model';
import type { Structure } from './structure';

/** Seats left per lane for each group (the last column: for mentees without one). */
export interface LaneQuota {
  left: Int32Array;
  width: number;
  /** Each lane's first slot and its slot count (slots are numbered lane by lane). */
  start: Int32Array;
  count: Int32Array;
}

/** The quotas for placing `active` mentees in `st`, or null when no group is kept apart. */
export function laneQuotas(model: Model, st: Structure, active: readonly number[]): LaneQuota | null {
  const apart = model.apart;
  if (!apart) return null;
  const L = st.lanes.length;
  const count = new Int32Array(L);
  const start = new Int32Array(L).fill(-1);
  st.slotLane.forEach((lane, slot) => {
    if (start[lane] === -1) start[lane] = slot;
    count[lane]!++;
  });
  let groups = 0;
  for (const x of active) groups = Math.max(groups, apart[x]! + 1);
  const width = groups + 1;
  const size = new Int32Array(width);
  for (const x of active) size[apart[x]! >= 0 ? apart[x]! : groups]!++;
  const room = Int32Array.from(count);
  const left = new Int32Array(L * width);
  // Largest groups first; each into the fullest lane it fits whole (leaving big gaps for big
  // groups), else spread from the emptiest lane on.
  const order = Array.from({ length: groups }, (_, g) => g).sort((a, b) => size[b]! - size[a]! || a - b);
  for (const g of order) {
    let n = size[g]!;
    let fit = -1;
    for (let l = 0; l < L; l++) if (room[l]! >= n && (fit < 0 || room[l]! < room[fit]!)) fit = l;
    while (n > 0) {
      let l = fit;
      if (l < 0) for (let k = 0; k < L; k++) if (l < 0 || room[k]! > room[l]!) l = k;
      const take = Math.min(n, room[l]!);
      left[l * width + g]! += take;
      room[l]! -= take;
      n -= take;
      fit = -1;
    }
  }
  for (let l = 0; l < L; l++) left[l * width + groups] = room[l]!;
  return { left, width, start, count };
}

/** The quota column of mentee x. */
export function quotaColumn(model: Model, q: LaneQuota, x: number): number {
  const g = model.apart![x]!;
  return g >= 0 && g < q.width - 1 ? g : q.width - 1;
}
