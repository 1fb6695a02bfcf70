/**
 * Fewer repeated table-mates in the draft (group tables only). The lanes already keep everyone
 * apart when T is prime; with other table counts, and after wish exchanges, some pairs meet
 * again. Two kinds of change never cost a meeting or a wish: exchanging two mentees' tables in
 * two rounds at once when each sat at the other's table in the other round (both keep exactly
 * the same mentors), and exchanging tables in one round when both land on a mentor they meet
 * nowhere else. A change is kept only if the number of repeated meetings between mentees drops.
 */
import { cellStart, swapInDraft, type Draft } from './draft';
import { losesWish, mayTake } from './model';

/** Work limit in tried changes, so a pathological room cannot stall planning. */
const TRIALS = 20_000;

/** Whether x's place is fixed (locked round, pinned seat) in round r or r2. */
function fixedAt(d: Draft, r: number, r2: number, x: number): boolean {
  const M = d.model.M;
  return d.fixed !== null && (d.fixed[r * M + x] === 1 || d.fixed[r2 * M + x] === 1);
}

/** Try moving x out of its group in round r; true if the repeated meetings went down. */
function separate(d: Draft, r: number, x: number, budget: { left: number }): boolean {
  const { M, T, R } = d.model;
  const peers = d.peers!;
  const a = d.grid[r * M + x]!;
  const attempt = (swaps: [number, number, number][]): boolean => {
    budget.left--;
    const before = peers.repeats;
    for (const [rr, p, q] of swaps) swapInDraft(d, rr, p, q);
    if (peers.repeats < before) return true;
    for (const [rr, p, q] of swaps) swapInDraft(d, rr, p, q);
    return false;
  };
  // Two rounds at once: x and y trade places in r and in r2, keeping their mentors.
  for (let r2 = 0; r2 < R && budget.left > 0; r2++) {
    const b = d.grid[r2 * M + x]!;
    if (r2 === r || b < 0 || b === a || fixedAt(d, r, r2, x)) continue;
    const s = cellStart(d, r, b);
    for (let i = s; i < s + d.load[r * T + b]!; i++) {
      const y = d.occ[i]!;
      if (
        d.grid[r2 * M + y] === a &&
        !fixedAt(d, r, r2, y) &&
        attempt([
          [r, x, y],
          [r2, x, y],
        ])
      )
        return true;
    }
  }
  // One round: both land on mentors they meet nowhere else.
  if (d.locked[r * M + x] || losesWish(d.model, d.cnt, x, a)) return false;
  for (let b = 0; b < T && budget.left > 0; b++) {
    if (b === a || !mayTake(d.model, d.cnt, x, b)) continue;
    const s = cellStart(d, r, b);
    for (let i = s; i < s + d.load[r * T + b]!; i++) {
      const y = d.occ[i]!;
      if (d.locked[r * M + y] || !mayTake(d.model, d.cnt, y, a) || losesWish(d.model, d.cnt, y, b)) continue;
      if (attempt([[r, x, y]])) return true;
    }
  }
  return false;
}

/** Reduce repeated table-mates by trading places; a few sweeps over every group in every round. */
export function improvePeers(d: Draft): void {
  const peers = d.peers;
  if (!peers || peers.repeats === 0) return;
  const { M, T, R } = d.model;
  const budget = { left: TRIALS };
  for (let sweep = 0; sweep < 3 && peers.repeats > 0 && budget.left > 0; sweep++) {
    const start = peers.repeats;
    for (let r = 0; r < R && budget.left > 0; r++) {
      for (let x = 0; x < M && budget.left > 0; x++) {
        const a = d.grid[r * M + x]!;
        if (a < 0) continue;
        const s = cellStart(d, r, a);
        const load = d.load[r * T + a]!;
        // Only mentees who meet someone at this table again are worth moving.
        if (peers.known(x, d.occ, s, s + load) === 0) continue;
        let again = false;
        for (let i = s; i < s + load && !again; i++) if (d.occ[i] !== x && peers.get(x, d.occ[i]!) > 1) again = true;
        if (again) separate(d, r, x, budget);
      }
    }
    if (peers.repeats >= start) break;
  }
}
