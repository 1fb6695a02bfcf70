/**
 * Exchanges on the draft, before any round is seated for real. An exchange swaps two mentees'
 * tables in one round, so loads, byes and empty seats stay exactly as the rotation made them;
 * it is only made when both land on a mentor they meet nowhere else in the draft, so coverage
 * never drops. A move to an empty seat is used only when it evens out empty seats.
 * First every seat at an avoided mentor is exchanged away; then wishes are granted in passes,
 * everyone's top wish before anyone's second, so popular mentors are shared fairly.
 */
import { cellStart, moveInDraft, swapInDraft, type Draft } from './draft';
import { losesWish, mayTake } from './model';
import { DRAFT_COMPENSATION_COST, DRAFT_MOVE_COST } from './policy';

/** Tables tried for a draft seat marked unwanted (a mentor met before, a pinned mentor again). */
const UNWANTED_TRIES = 24;

/**
 * A way to bring mentee x to table m in round r: swap with y, or move (y = −1). A move may come
 * with a compensating move of z from m to x's old table in round r2, so empty seats stay even.
 */
interface Option {
  r: number;
  y: number;
  m: number;
  cost: number;
  z?: number;
  r2?: number;
}

/** Table-mates x would meet again at table m in round r (ignoring `except`, who leaves). */
function peerCost(d: Draft, r: number, x: number, m: number, except: number): number {
  if (!d.peers) return 0;
  const s = cellStart(d, r, m);
  return d.peers.known(x, d.occ, s, s + d.load[r * d.model.T + m]!, except);
}

/**
 * The best way to seat x at table m in round r, where x now sits at table a; null if none.
 * Stops at the first option that costs nothing.
 */
function optionAt(d: Draft, r: number, x: number, a: number, m: number, anyMove: boolean): Option | null {
  const { M, T, cap } = d.model;
  if (a === m || !mayTake(d.model, d.cnt, x, m)) return null;
  let best: Option | null = null;
  const s = cellStart(d, r, m);
  for (let i = s; i < s + d.load[r * T + m]!; i++) {
    const y = d.occ[i]!;
    if (d.locked[r * M + y] || !mayTake(d.model, d.cnt, y, a) || losesWish(d.model, d.cnt, y, m)) continue;
    const cost = peerCost(d, r, x, m, y) + peerCost(d, r, y, a, x);
    if (!best || cost < best.cost) best = { r, y, m, cost };
    if (cost === 0) return best;
  }
  // A move to an empty seat shifts one empty seat from m to a: for a wish only when a has fewer
  // empty seats (so the spread stays within one); to leave an avoided mentor, always.
  const load = d.load[r * T + m]!;
  if (load < cap && load < d.K && (!best || best.cost > 0)) {
    const cost = peerCost(d, r, x, m, -1) + DRAFT_MOVE_COST;
    if (anyMove || d.idle[a]! < d.idle[m]!) {
      if (!best || cost < best.cost) best = { r, y: -1, m, cost };
    } else if (!best) {
      const back = compensation(d, r, x, a, m);
      if (back) best = { r, y: -1, m, cost: cost + DRAFT_COMPENSATION_COST, ...back };
    }
  }
  return best;
}

/**
 * Someone z who can move to table a in another round r2, undoing x's shift of an empty seat from
 * a to m: z leaves m itself, or, when m had more empty seats than the fewest, any mentor v with
 * the fewest. Bounded, as it is only a nicety for sparse rooms.
 */
function compensation(d: Draft, r: number, x: number, a: number, m: number): { z: number; r2: number } | null {
  const { M, T, R, cap } = d.model;
  let fewest = Infinity;
  for (let v = 0; v < T; v++) fewest = Math.min(fewest, d.idle[v]!);
  const sources =
    d.idle[m]! > fewest
      ? [m, ...Array.from({ length: T }, (_, v) => v).filter((v) => v !== a && v !== m && d.idle[v] === fewest)]
      : [m];
  let budget = 4096;
  for (const v of sources) {
    for (let r2 = 0; r2 < R; r2++) {
      const load = d.load[r2 * T + a]!;
      if (r2 === r || load >= cap || load >= d.K) continue;
      const s = cellStart(d, r2, v);
      for (let i = s; i < s + d.load[r2 * T + v]!; i++) {
        if (--budget < 0) return null;
        const z = d.occ[i]!;
        if (z !== x && !d.locked[r2 * M + z] && mayTake(d.model, d.cnt, z, a) && !losesWish(d.model, d.cnt, z, v))
          return { z, r2 };
      }
    }
  }
  return null;
}

function apply(d: Draft, x: number, o: Option): void {
  const a = d.grid[o.r * d.model.M + x]!;
  if (o.y >= 0) swapInDraft(d, o.r, x, o.y);
  else moveInDraft(d, o.r, x, o.m);
  if (o.z !== undefined && o.r2 !== undefined) moveInDraft(d, o.r2, o.z, a);
  d.locked[o.r * d.model.M + x] = 1;
}

/**
 * Exchange every drafted seat at an avoided mentor (or one marked unwanted, draft-fixed.ts) for
 * an allowed, unmet one where possible. Fixed places stay.
 */
export function exchangeAvoids(d: Draft): void {
  const { M, T, R, avoid, wishes } = d.model;
  const { unwanted, fixed } = d;
  for (let r = 0; r < R; r++) {
    for (let x = 0; x < M; x++) {
      const a = d.grid[r * M + x]!;
      if (a < 0 || (avoid[x * T + a] === 0 && !unwanted?.[r * M + x]) || fixed?.[r * M + x]) continue;
      // Prefer landing on a wish; otherwise the nearest table onwards keeps the room's rhythm.
      // (Read in place rather than as one list: with long histories there are many such seats.)
      const wished = wishes[x]!;
      const count = wished.length + T - 1;
      // A seat that is only unwanted (not avoided) tries fewer tables: the engine finds a fresh
      // one anyway.
      const tries = avoid[x * T + a] === 0 ? Math.min(UNWANTED_TRIES, count) : count;
      let best: Option | null = null;
      for (let i = 0; i < tries; i++) {
        const m = i < wished.length ? wished[i]! : (a + i - wished.length + 1) % T;
        const o = optionAt(d, r, x, a, m, true);
        if (o && (!best || o.cost < best.cost)) best = o;
        if (best?.cost === 0) break;
      }
      if (best) apply(d, x, best);
    }
  }
}

/** Grant wishes by exchanges, in passes: everyone's first wish, then second, and so on. */
export function exchangeWishes(d: Draft, order: Int32Array, rank: Int32Array): void {
  const { M, T, R, avoid, wishes } = d.model;
  const wishers = Array.from(order).filter((x) => wishes[x]!.length > 0);
  const passes = Math.min(R, Math.max(0, ...wishers.map((x) => wishes[x]!.length)));
  for (let k = 0; k < passes; k++) {
    for (const x of wishers) {
      const list = wishes[x]!;
      if (k >= list.length) continue;
      const w = list[k]!;
      if (d.cnt[x * T + w]! > 0) continue;
      let best: Option | null = null;
      // Start each mentee's search in a different round so exchanges spread over the event.
      const start = (rank[x]! + k) % R;
      for (let i = 0; i < R; i++) {
        const r = (start + i) % R;
        const a = d.grid[r * M + x]!;
        if (a < 0 || d.locked[r * M + x] || avoid[x * T + a] || losesWish(d.model, d.cnt, x, a)) continue;
        const o = optionAt(d, r, x, a, w, false);
        if (o && (!best || o.cost < best.cost)) best = o;
        if (best?.cost === 0) break;
      }
      if (best) apply(d, x, best);
    }
  }
}
