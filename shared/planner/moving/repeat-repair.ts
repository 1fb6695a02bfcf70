/**
 * A last pass over the whole schedule, with every round known: a table that meets a mentor
 * twice while an allowed mentor never comes is given that mentor instead, in that round, when
 * the mentor rests then, or by a swap with the table they visit when that table never meets the
 * repeated mentor. Each fix adds a meeting and removes a repeat, so the pass ends. The round-by-
 * round rotation cannot see this (it knows only the rounds before), and quality's "avoidable
 * repeat" is exactly this test.
 */
import { allowed } from './group-state';
import type { Rotation } from './rotation-state';

/** Remove avoidable repeats in rounds from..R−1; rot.met must hold every round's visits. */
export function repairRepeats(rot: Rotation): void {
  const { model, groups, out, met } = rot;
  const T = model.T;
  const ever = (p: number, m: number) => met[p * T + m]!;
  const move = (t: number, m: number, from: number, to: number) => {
    if (from >= 0) met[from * T + m]!--;
    if (to >= 0) met[to * T + m]!++;
    out[t * T + m] = to;
  };
  let changed = true;
  for (let pass = 0; changed && pass < 4; pass++) {
    changed = false;
    for (let t = rot.from; t < rot.R; t++) {
      const row = t * T;
      for (let a = 0; a < T; a++) {
        const p = out[row + a]!;
        if (p < 0 || ever(p, a) < 2) continue;
        for (let c = 0; c < T; c++) {
          if (c === a || !allowed(groups, p, c) || ever(p, c) > 0) continue;
          const q = out[row + c]!;
          if (q >= 0 && (!allowed(groups, q, a) || ever(q, a) > 0)) continue;
          move(t, a, p, q);
          move(t, c, q, p);
          if (q < 0) {
            rot.rests[a]!++;
            rot.rests[c]!--;
          }
          changed = true;
          break;
        }
      }
    }
  }
}
