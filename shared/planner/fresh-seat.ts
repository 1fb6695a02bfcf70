/**
 * Finding a seat for one mentee whose preferred seat is not possible: first a free seat at a
 * mentor they have not met, then one displacement (someone moves from that table to a free seat
 * elsewhere, which is how a swap with the mentee's own vacated seat is found), then a bounded
 * breadth-first search for a longer chain. Nobody is ever moved onto a repeat they could avoid.
 */
import { isFresh } from './engine-ahead';
import { maySit, movable, type EngineCtx } from './engine-state';
import { wishRank } from './model';
import { mod } from './number-theory';
import {
  DISPLACEMENT_COST,
  DISTANCE_COST,
  EARLIER_EVENT_WEIGHT,
  KNOWN_PEER_COST,
  REPEAT_COST,
  WISH_WEIGHT,
  wishWeight,
} from './policy';

/** Edge checks a chain search may spend before giving up (keeps a round's worst case bounded). */
const CHAIN_BUDGET = 20_000;
/** Enough one-displacement options to pick a good one without scanning the whole room. */
const ENOUGH_OPTIONS = 16;

/** Where x would like to be: their preferred table, else one table on from last round. */
function wanted(ctx: EngineCtx, x: number): number {
  const p = ctx.prefs[ctx.round * ctx.model.M + x]!;
  if (p >= 0) return p;
  const last = ctx.state.last[x]!;
  return last >= 0 ? (last + 1) % ctx.model.T : -1;
}

/** Whether x's preferred seats meet m in a later round (meeting m now would make that a repeat). */
export function meetsLater(ctx: EngineCtx, x: number, m: number): boolean {
  const { M, R } = ctx.model;
  for (let r = ctx.round + 1; r < R; r++) if (ctx.prefs[r * M + x] === m) return true;
  return false;
}

/** Cost of seating x at m this round (lower is better): later repeats, wishes, known table-mates, distance. */
export function seatCost(ctx: EngineCtx, x: number, m: number): number {
  const { model, state, seats } = ctx;
  const { T } = model;
  let c = meetsLater(ctx, x, m) ? REPEAT_COST : 0;
  // Met at an earlier event but not yet in this one: a meeting this event counts.
  const i = x * T + m;
  if (model.history?.[i] && state.meet[i] === 1) c -= EARLIER_EVENT_WEIGHT;
  const wi = wishRank(model, x, m);
  if (wi >= 0 && state.meet[x * T + m] === 0) c -= wishWeight(wi);
  if (state.peers) c += KNOWN_PEER_COST * state.peers.known(x, seats.occ, m * seats.K, m * seats.K + seats.load[m]!);
  const want = wanted(ctx, x);
  if (want >= 0) {
    const d = mod(m - want, T);
    c += Math.min(d, T - d) * DISTANCE_COST;
  }
  return c;
}

/** Extra cost of taking y away from table m: a wish met there this round would be lost. */
export function leaveCost(ctx: EngineCtx, y: number, m: number): number {
  return wishRank(ctx.model, y, m) >= 0 && ctx.state.meet[y * ctx.model.T + m] === 0 ? WISH_WEIGHT : 0;
}

/** Seat x (not exhausted) at a mentor they have not met, moving others if needed; false if impossible. */
export function findFreshSeat(ctx: EngineCtx, x: number): boolean {
  const { seats, model } = ctx;
  const { T } = model;
  if (seats.room === 0) return false;
  const fresh = (m: number) => isFresh(ctx, x, m);
  let best = -1;
  let bestCost = Infinity;
  for (let m = 0; m < T; m++) {
    if (!fresh(m) || !seats.hasRoom(m)) continue;
    const c = seatCost(ctx, x, m);
    if (c < bestCost) [best, bestCost] = [m, c];
  }
  if (best >= 0) {
    seats.place(x, best);
    return true;
  }
  const roomy: number[] = [];
  for (let m = 0; m < T; m++) if (seats.hasRoom(m)) roomy.push(m);
  let choice: [number, number, number] | null = null;
  let options = 0;
  for (let m = 0; m < T && options < ENOUGH_OPTIONS; m++) {
    if (!fresh(m)) continue;
    const here = seatCost(ctx, x, m);
    for (let i = m * seats.K; i < m * seats.K + seats.load[m]!; i++) {
      const y = seats.occ[i]!;
      if (!movable(ctx, y)) continue;
      for (const m2 of roomy) {
        if (!maySit(ctx, y, m2)) continue;
        const c = here + seatCost(ctx, y, m2) + leaveCost(ctx, y, m) + DISPLACEMENT_COST;
        options++;
        if (c < bestCost) [choice, bestCost] = [[m, y, m2], c];
      }
    }
  }
  if (choice) {
    const [m, y, m2] = choice;
    seats.move(y, m2);
    seats.place(x, m);
    return true;
  }
  return chainSearch(ctx, x);
}

/**
 * Breadth-first search over tables for a chain of moves that ends at a free seat, or, given
 * `bumpKey`, at the seat of someone it ranks (finite key, lowest first) who then sits out.
 * Every mover lands on a mentor they may meet without an avoidable repeat.
 */
export function chainSearch(ctx: EngineCtx, x: number, bumpKey?: (y: number) => number): boolean {
  const { seats, model } = ctx;
  const { T } = model;
  const parent = new Int32Array(T).fill(-2);
  const via = new Int32Array(T);
  const queue = new Int32Array(T);
  let head = 0;
  let tail = 0;
  for (let m = 0; m < T; m++) {
    if (isFresh(ctx, x, m)) {
      parent[m] = -1;
      queue[tail++] = m;
    }
  }
  // A table ends the chain if it has room or someone who may be bumped to a bye.
  const bumpable = (m: number): number => {
    if (!bumpKey) return -1;
    let pick = -1;
    let pickKey = Infinity;
    for (let i = m * seats.K; i < m * seats.K + seats.load[m]!; i++) {
      const y = seats.occ[i]!;
      if (!movable(ctx, y)) continue;
      const k = bumpKey(y);
      if (k < pickKey) [pick, pickKey] = [y, k];
    }
    return pick;
  };
  const finish = (end: number): boolean => {
    if (!seats.hasRoom(end)) seats.unplace(bumpable(end));
    // Walk back: each mover steps into the seat the one after them freed.
    let cur = end;
    while (parent[cur] !== -1) {
      const from = parent[cur]!;
      seats.move(via[cur]!, cur);
      cur = from;
    }
    seats.place(x, cur);
    return true;
  };
  for (let i = 0; i < tail; i++) if (bumpable(queue[i]!) >= 0) return finish(queue[i]!);
  let edges = 0;
  while (head < tail && edges < CHAIN_BUDGET) {
    const m = queue[head++]!;
    for (let i = m * seats.K; i < m * seats.K + seats.load[m]!; i++) {
      const y = seats.occ[i]!;
      if (!movable(ctx, y)) continue;
      for (let m2 = 0; m2 < T; m2++) {
        edges++;
        if (parent[m2] !== -2 || !maySit(ctx, y, m2)) continue;
        parent[m2] = m;
        via[m2] = y;
        if (seats.hasRoom(m2) || bumpable(m2) >= 0) return finish(m2);
        queue[tail++] = m2;
      }
    }
  }
  return false;
}

/** Seat x (who has met every allowed mentor) at any allowed table with room; false if none. */
export function seatAnywhere(ctx: EngineCtx, x: number): boolean {
  const { seats, model } = ctx;
  let best = -1;
  let bestCost = Infinity;
  for (let m = 0; m < model.T; m++) {
    if (model.avoid[x * model.T + m] || !seats.hasRoom(m)) continue;
    const c = seatCost(ctx, x, m);
    if (c < bestCost) [best, bestCost] = [m, c];
  }
  if (best < 0) return false;
  seats.place(x, best);
  return true;
}
