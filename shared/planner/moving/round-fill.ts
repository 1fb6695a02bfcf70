/**
 * Filling tables left without a mentor in one round (a mentor turned aside, or, with more
 * tables than mentors, a table whose bye a benched mentor can take instead): each free table
 * takes an idle mentor it may meet, a fresh one first, the one who rested most first; failing
 * that, a mentor at another table moves over when an idle one can take their place. These moves
 * are for this round only: every mentor's track is unchanged. Coverage comes before the rhythm.
 */
import { allowed } from './group-state';
import type { Rotation } from './rotation-state';

/** Fill free tables of round t from idle mentors (rests and `benched`). */
export function fillFreeTables(rot: Rotation, t: number, benched: Uint8Array): void {
  const { model, groups } = rot;
  const T = model.T;
  const G = groups.G;
  const row = t * T;
  const holder = new Int32Array(G).fill(-1);
  const idle: number[] = [];
  for (let m = 0; m < T; m++) {
    const p = rot.out[row + m]!;
    if (p >= 0) holder[p] = m;
    else idle.push(m);
  }
  if (idle.length === 0) return;
  // Tables a benched mentor left come first (their byes were not planned), then by byes so far.
  const left = new Uint8Array(G);
  for (let m = 0; m < T; m++) if (benched[m]) left[rot.cycle.posTable[(rot.offset[m]! + t) % rot.cycle.N]!] = 1;
  const free: number[] = [];
  for (let p = 0; p < G; p++) if (holder[p]! < 0 && groups.members[p]!.length > 0) free.push(p);
  free.sort((a, b) => left[b]! - left[a]! || rot.byes[b]! - rot.byes[a]! || a - b);
  const fresh = (p: number, m: number) => allowed(groups, p, m) && rot.met[p * T + m] === 0;
  const pick = (p: number, ok: (p: number, m: number) => boolean): number => {
    let best = -1;
    for (const m of idle) {
      if (rot.out[row + m]! >= 0 || !ok(p, m)) continue;
      if (best < 0 || rot.rests[m]! > rot.rests[best]!) best = m;
    }
    return best;
  };
  for (const p of free) {
    let c = pick(p, fresh);
    if (c >= 0) {
      rot.out[row + c] = p;
      holder[p] = c;
      continue;
    }
    // One move: a mentor at q comes to p (fresh there) and an idle mentor takes q.
    let done = false;
    for (let q = 0; q < G && !done; q++) {
      const b = holder[q]!;
      if (b < 0 || !fresh(p, b)) continue;
      const d = pick(q, (qq, m) => allowed(groups, qq, m) && (rot.met[qq * T + m] === 0 || rot.met[qq * T + b]! > 0));
      if (d < 0) continue;
      rot.out[row + b] = p;
      holder[p] = b;
      rot.out[row + d] = q;
      holder[q] = d;
      done = true;
    }
    if (done) continue;
    // A visit again beats sitting out.
    c = pick(p, (pp, m) => allowed(groups, pp, m));
    if (c >= 0) {
      rot.out[row + c] = p;
      holder[p] = c;
    }
  }
}
