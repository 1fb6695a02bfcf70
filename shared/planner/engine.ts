/**
 * The round-by-round engine. Each round it keeps every preferred seat that is still legal (an
 * allowed mentor, not met before unless all allowed ones are, room at the table), finds fresh
 * seats for the rest, then looks after bye fairness, evens out empty seats and fills any seat
 * that came free. Hard rules are checked here, so whatever the preferences say, the output
 * holds them.
 */
import { balanceLoads } from './balance';
import { isFresh } from './engine-ahead';
import {
  BYE,
  commitRound,
  exhausted,
  headingFor,
  maySit,
  movable,
  waitsThisRound,
  type EngineCtx,
} from './engine-state';
import { enforceByeFairness } from './fairness';
import { findFreshSeat, seatAnywhere, seatCost } from './fresh-seat';

/**
 * Mentees who may sit at some table: heading for the most byes first, then those with a
 * preferred seat, then by rank.
 */
function priorityOrder(ctx: EngineCtx): Int32Array {
  const { model, byRank, prefs, round } = ctx;
  const { M, allowedCount } = model;
  // This round's bye is the preferred one: the room is empty while the order is made.
  const heading = (x: number) => headingFor(ctx, x, prefs[round * M + x] === BYE);
  let lo = Infinity;
  let hi = -Infinity;
  for (let x = 0; x < M; x++) {
    if (allowedCount[x]! === 0) continue;
    lo = Math.min(lo, heading(x));
    hi = Math.max(hi, heading(x));
  }
  const out = new Int32Array(M);
  let n = 0;
  for (let h = hi; h >= lo; h--) {
    for (const wantsSeat of [true, false]) {
      for (const x of byRank) {
        if (allowedCount[x]! > 0 && heading(x) === h && prefs[round * M + x]! >= 0 === wantsSeat) out[n++] = x;
      }
    }
  }
  return out.subarray(0, n);
}

/**
 * Seat round `ctx.round` into ctx.seats. Fresh meetings come first (coverage is the first goal):
 * mentees who still have mentors to meet take their preferred seats, then free fresh seats (a
 * rotation bye included, if a seat is free); only then do mentees who have met every allowed
 * mentor fill what is left. Walk-ins waiting this round (a replan's next round) come after
 * everyone else. Then bye fairness and empty-seat balance.
 */
export function seatRound(ctx: EngineCtx): void {
  const { seats, prefs, round, model } = ctx;
  const M = model.M;
  seats.reset();
  // Pinned seats first: they hold whatever else wants the table.
  if (ctx.pinned) for (let x = 0; x < M; x++) if (ctx.pinned[round * M + x]) seats.place(x, prefs[round * M + x]!);
  const order = priorityOrder(ctx);
  for (const x of order) {
    const p = prefs[round * M + x]!;
    if (seats.seat[x]! < 0 && p >= 0 && !exhausted(ctx, x) && seats.hasRoom(p) && maySit(ctx, x, p)) seats.place(x, p);
  }
  // Walk-ins waiting this round come last: they take the seats nobody else needs.
  const first = ctx.walkIns?.round === round ? order.filter((x) => !waitsThisRound(ctx, x)) : order;
  const last = first === order ? [] : order.filter((x) => waitsThisRound(ctx, x));
  for (const group of [first, last]) {
    for (const x of group) {
      if (seats.room === 0) break;
      if (seats.seat[x]! < 0 && !exhausted(ctx, x)) findFreshSeat(ctx, x);
    }
    for (const x of group) {
      const p = prefs[round * M + x]!;
      if (seats.room === 0) break;
      if (seats.seat[x]! >= 0 || !exhausted(ctx, x) || p === BYE) continue;
      // With earlier events, a mentor met only then may be new to this event: weigh every seat.
      if (p >= 0 && seats.hasRoom(p) && maySit(ctx, x, p) && !model.history) seats.place(x, p);
      else seatAnywhere(ctx, x);
    }
  }
  enforceByeFairness(ctx, order);
  balanceLoads(ctx);
  useFreeSeats(ctx, order);
}

/**
 * After the trades and moves above some seats may have come free: nobody should sit out, or
 * repeat a mentor, while a free seat waits with a mentor they may meet and have not met.
 */
function useFreeSeats(ctx: EngineCtx, order: Int32Array): void {
  const { seats, model } = ctx;
  for (const x of order) {
    if (seats.room === 0) return;
    const m = seats.seat[x]!;
    if (exhausted(ctx, x) || (m >= 0 && isFresh(ctx, x, m)) || !movable(ctx, x)) continue;
    takeFreeSeat(ctx, x, (u) => isFresh(ctx, x, u));
  }
  // Then a mentor met only at an earlier event: a repeat for the mentee, but new to this event,
  // and better than sitting out (or meeting someone again from this event) beside an empty seat.
  const history = model.history;
  if (!history) return;
  const T = model.T;
  const newHere = (x: number, u: number) =>
    history[x * T + u] === 1 && ctx.state.meet[x * T + u] === 1 && !ctx.state.ahead?.[x * T + u];
  for (const x of order) {
    if (seats.room === 0) return;
    const m = seats.seat[x]!;
    if (m >= 0 && (isFresh(ctx, x, m) || newHere(x, m))) continue;
    if (exhausted(ctx, x) || !movable(ctx, x)) continue;
    takeFreeSeat(ctx, x, (u) => model.avoid[x * T + u] === 0 && newHere(x, u));
  }
}

/** Move (or seat) x to the best free seat at a table `ok` allows; false if there is none. */
function takeFreeSeat(ctx: EngineCtx, x: number, ok: (u: number) => boolean): boolean {
  const { seats, model } = ctx;
  const m = seats.seat[x]!;
  let best = -1;
  let bestCost = Infinity;
  for (let u = 0; u < model.T; u++) {
    if (u === m || !seats.hasRoom(u) || !ok(u)) continue;
    const c = seatCost(ctx, x, u);
    if (c < bestCost) [best, bestCost] = [u, c];
  }
  if (best >= 0 && m >= 0) seats.move(x, best);
  else if (best >= 0) seats.place(x, best);
  return best >= 0;
}

/** A locked round: everyone where the organizer put them, counted in the history like any round. */
function seatFixed(ctx: EngineCtx, fixed: Int32Array): void {
  ctx.seats.reset();
  for (let x = 0; x < ctx.model.M; x++) if (fixed[x]! >= 0) ctx.seats.place(x, fixed[x]!);
}

/** Seat rounds [from, to) in turn; `before` may adjust preferences from the rounds seated so far. */
export function runEngine(ctx: EngineCtx, from: number, to: number, before?: (round: number) => void): Int32Array[] {
  const out: Int32Array[] = [];
  for (let r = from; r < to; r++) {
    ctx.round = r;
    before?.(r);
    const fixed = ctx.fixedSeats?.[r];
    if (fixed) seatFixed(ctx, fixed);
    else seatRound(ctx);
    out.push(Int32Array.from(ctx.seats.seat));
    commitRound(ctx.model, ctx.state, ctx.seats);
  }
  return out;
}
