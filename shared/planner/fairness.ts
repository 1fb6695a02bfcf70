/**
 * Bye fairness, judged on where each mentee is heading: the byes they have had, plus this
 * round, plus the byes they can expect from the preferences still ahead. Someone sitting out
 * this round who is heading for two or more byes more than anyone else gets a seat: a free one,
 * or the seat of someone seated heading for two fewer (preferably at a mentor the one coming in
 * has not met, or through a short chain of moves), or, failing that, a repeat meeting. Looking
 * ahead means a trade happens only when the final counts need it, and, while the mentee has a
 * bye still to come and is only two ahead, only if it upsets none of their later seats, so a
 * replan moves few bystanders. Coverage comes first: nobody is benched merely to even the counts
 * with someone whose avoids leave no seat they could take (that mentee may end a bye ahead).
 */
import { isFresh } from './engine-ahead';
import { byesAhead, exhausted, headingFor, movable, waitsThisRound, type EngineCtx } from './engine-state';
import { chainSearch, leaveCost, meetsLater, seatCost } from './fresh-seat';
import { BYE_GAP, BYE_OWED_WEIGHT } from './policy';

/**
 * Put x in the seat of someone `bumpKey` allows (lowest key first); `freshOnly` demands a mentor
 * x has not met; `cleanOnly` demands a seat that disturbs none of x's later preferred seats.
 */
function takeSeat(
  ctx: EngineCtx,
  x: number,
  freshOnly: boolean,
  bumpKey: (y: number) => number,
  cleanOnly = false,
): boolean {
  const { seats, model } = ctx;
  const { T, avoid } = model;
  let bestY = -1;
  let bestM = -1;
  let bestKey = Infinity;
  for (let m = 0; m < T; m++) {
    if (avoid[x * T + m]) continue;
    if (freshOnly && !isFresh(ctx, x, m) && !exhausted(ctx, x)) continue;
    if (cleanOnly && meetsLater(ctx, x, m)) continue;
    if (seats.hasRoom(m)) {
      seats.place(x, m);
      return true;
    }
    let fit = NaN;
    for (let i = m * seats.K; i < m * seats.K + seats.load[m]!; i++) {
      const y = seats.occ[i]!;
      const owed = bumpKey(y);
      if (owed === Infinity || !movable(ctx, y)) continue;
      // The holder most owed a bye goes first (fairest), then the seat that suits x best (no
      // later repeat, a wish, fresh table-mates); taking someone's wished seat ranks lower.
      if (Number.isNaN(fit)) fit = seatCost(ctx, x, m);
      const key = owed * BYE_OWED_WEIGHT + fit + leaveCost(ctx, y, m);
      if (key < bestKey) [bestY, bestM, bestKey] = [y, m, key];
    }
  }
  if (bestY < 0) return false;
  seats.unplace(bestY);
  seats.place(x, bestM);
  return true;
}

/**
 * Trade places until nobody sitting out is heading for two byes more than anyone else. A free
 * seat is used even for a repeat meeting when that is the only way: sitting out twice more than
 * others is the worse outcome for the mentee.
 */
export function enforceByeFairness(ctx: EngineCtx, order: Int32Array): void {
  const { seats, model, rank } = ctx;
  const heading = new Int32Array(model.M);
  for (const x of order) heading[x] = headingFor(ctx, x, seats.seat[x]! < 0);
  const active = new Uint8Array(model.M);
  for (const x of order) active[x] = 1;
  const givenUp = new Uint8Array(model.M);
  for (let guard = 0; guard < 2 * order.length; guard++) {
    // The mentee sitting out who is heading for the most byes, and the fewest anyone is heading for.
    let x = -1;
    let low = Infinity;
    for (const y of order) {
      low = Math.min(low, heading[y]!);
      if (seats.seat[y]! >= 0 || givenUp[y]) continue;
      if (x < 0 || heading[y]! > heading[x]! || (heading[y] === heading[x] && rank[y]! < rank[x]!)) x = y;
    }
    if (x < 0 || heading[x]! < low + BYE_GAP) return;
    const hx = heading[x]!;
    // Who may give up a seat to x: someone seated heading for BYE_GAP byes fewer, most owed first
    // (nobody, for a walk-in in the round the room goes to next: they take free seats only).
    const waits = waitsThisRound(ctx, x);
    const bumpKey = (y: number) =>
      !waits && active[y] && seats.seat[y]! >= 0 && heading[y]! <= hx - BYE_GAP
        ? heading[y]! * model.M + rank[y]!
        : Infinity;
    const before = Int32Array.from(seats.seat);
    // With a bye still ahead, x can trade then: now only for a seat that upsets nothing later,
    // unless x is already more than BYE_GAP ahead.
    const later = hx <= low + BYE_GAP && ctx.round < model.R - 1 && byesAhead(ctx, x) > 0;
    const done = later
      ? takeSeat(ctx, x, true, bumpKey, true)
      : takeSeat(ctx, x, true, bumpKey) ||
        (!exhausted(ctx, x) && chainSearch(ctx, x, bumpKey)) ||
        takeSeat(ctx, x, false, bumpKey);
    if (!done) {
      givenUp[x] = 1;
      continue;
    }
    // Book the trade: x now seated (heading one lower), whoever lost a seat one higher.
    for (const y of order) if (before[y]! >= 0 !== seats.seat[y]! >= 0) heading[y]! += seats.seat[y]! >= 0 ? -1 : 1;
  }
}
