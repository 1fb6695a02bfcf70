/**
 * Evening out rests (more mentors than tables) and byes (more tables than mentors) after the
 * rotation, where turning mentors aside for avoids left someone two or more ahead. The ring keeps
 * both within one by itself; only exchanges and fills can spread them. A move is made only when
 * it loses no meeting: in one round, the mentor who rested most takes the table of the one who
 * rested least, or a mentor leaves the table with the fewest byes for one with the most. The
 * rhythm gives way to fairness here, as fairness is a rule and the rhythm a preference.
 */
import { allowed } from './group-state';
import type { Rotation } from './rotation-state';

/** Meetings gained by mentor m leaving table `from` for table `to` (−1: a rest) in one round. */
function gain(rot: Rotation, m: number, from: number, to: number): number {
  const T = rot.model.T;
  const gained = to >= 0 && rot.met[to * T + m] === 0 ? 1 : 0;
  const lost = from >= 0 && rot.met[from * T + m] === 1 ? 1 : 0;
  return gained - lost;
}

function place(rot: Rotation, t: number, m: number, to: number): void {
  const T = rot.model.T;
  const from = rot.out[t * T + m]!;
  if (from >= 0) rot.met[from * T + m]!--;
  else rot.rests[m]!--;
  if (to >= 0) rot.met[to * T + m]!++;
  else rot.rests[m]!++;
  rot.out[t * T + m] = to;
}

/** One fairer round for the counted mentor who rested most and the one who rested least; false when none. */
function evenRests(rot: Rotation): boolean {
  const { model, groups } = rot;
  const T = model.T;
  const counted = [...Array(T).keys()].filter((m) => rot.counted[m]);
  const byRests = counted.sort((a, b) => rot.rests[b]! - rot.rests[a]! || a - b);
  for (const a of byRests) {
    for (let k = byRests.length - 1; k >= 0; k--) {
      const b = byRests[k]!;
      if (rot.rests[a]! - rot.rests[b]! < 2) break;
      for (let t = rot.from; t < rot.R; t++) {
        const p = rot.out[t * T + b]!;
        if (rot.out[t * T + a]! >= 0 || p < 0 || !allowed(groups, p, a)) continue;
        if (gain(rot, a, -1, p) + gain(rot, b, p, -1) < 0) continue;
        place(rot, t, b, -1);
        place(rot, t, a, p);
        return true;
      }
    }
    if (rot.rests[a]! - rot.rests[byRests[byRests.length - 1]!]! < 2) return false;
  }
  return false;
}

/** One fairer round for the table with most byes and one with fewest; false when none. */
function evenByes(rot: Rotation): boolean {
  const { model, groups } = rot;
  const T = model.T;
  const live = [...Array(groups.G).keys()].filter((p) => groups.members[p]!.length > 0);
  live.sort((a, b) => rot.byes[b]! - rot.byes[a]! || a - b);
  for (const g of live) {
    for (let k = live.length - 1; k >= 0; k--) {
      const h = live[k]!;
      if (rot.byes[g]! - rot.byes[h]! < 2) break;
      for (let t = rot.from; t < rot.R; t++) {
        let atG = false;
        let m = -1;
        for (let c = 0; c < T; c++) {
          const p = rot.out[t * T + c]!;
          if (p === g) atG = true;
          if (p === h) m = c;
        }
        if (atG || m < 0 || !allowed(groups, g, m) || gain(rot, m, h, g) < 0) continue;
        place(rot, t, m, g);
        rot.byes[g]!--;
        rot.byes[h]!++;
        return true;
      }
    }
  }
  return false;
}

/** Even rests and byes as far as no meeting is lost (bounded work: each move narrows a gap). */
export function balanceFairness(rot: Rotation): void {
  const limit = (rot.R - rot.from) * Math.max(rot.model.T, rot.groups.G);
  for (let i = 0; i < limit && evenRests(rot); i++);
  for (let i = 0; i < limit && evenByes(rot); i++);
}
