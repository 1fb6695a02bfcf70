/**
 * How many mentees each table takes: balanced (sizes within one) as far as the seats the
 * organizer fixed allow. A water level L: a table with L or more fixed mentees keeps exactly
 * those; every other table takes L − 1 or L. The tables that take L are the ones visited most,
 * so with more tables than mentors the larger groups get the extra visit and coverage reaches
 * its bound.
 */

/** Size limit per table for M mentees, given the fixed count per table and its visits (ties: lower index). */
export function tableLimits(fixed: Int32Array, M: number, visits: Int32Array): Int32Array {
  const G = fixed.length;
  const limit = Int32Array.from(fixed);
  if (G === 0 || M === 0) return limit;
  let L = 0;
  const total = (level: number) => fixed.reduce((s, f) => s + Math.max(f, level), 0);
  while (total(L) < M) L++;
  if (L === 0) return limit;
  const open: number[] = [];
  let used = 0;
  for (let p = 0; p < G; p++) {
    if (fixed[p]! >= L) used += fixed[p]!;
    else {
      open.push(p);
      limit[p] = L - 1;
      used += L - 1;
    }
  }
  open.sort((a, b) => visits[b]! - visits[a]! || a - b);
  for (let i = 0; i < M - used; i++) limit[open[i]!]!++;
  return limit;
}
