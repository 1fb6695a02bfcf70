/**
 * Bye fairness, judged on where each mentee is heading: the byes they have had, plus this
 * round, plus the byes the preferences still hold for them. If someone sitting out this round is
 * heading for two or more byes more than someone seated, they trade places (preferably onto a
 * mentor the one coming in has not met, or through a short chain of moves). Looking ahead means
 * a trade happens only when the final counts need it, and, while the mentee has a bye still to
 * come, only if it upsets none of their later seats, so a replan moves few bystanders.
 * Coverage comes first: nobody is benched just to even the counts with someone whose avoids
 * leave no seat they could take (that mentee may end with a bye more).
 */
import { exhausted, type EngineCtx } from './engine-state';
import { chainSearch, seatCost } from './fresh-seat';
import { wishRank } from './model';

/** The bye count x is heading for if the preferences hold from here on. */
export function headingFor(ctx: EngineCtx, x: number): number {
  return ctx.state.byes[x]! + (ctx.seats.seat[x]! < 0 ? 1 : 0) + Math.round(ctx.futureByes[ctx.round * ctx.model.M + x]!);
}

/** seatCost at or above this means the seat turns a later preferred seat into a repeat. */
const LATER_REPEAT = 40;

/**
 * Put x in the seat of someone `bumpKey` allows (lowest key first); `freshOnly` demands a mentor
 * x has not met; `cleanOnly` demands a seat that disturbs none of x's later preferred seats.
 */
function takeSeat(ctx: EngineCtx, x: number, freshOnly: boolean, bumpKey: (y: number) => number, cleanOnly = false): boolean {
  const { seats, model, state } = ctx;
  const { T, avoid } = model;
  let bestY = -1;
  let bestM = -1;
  let bestKey = Infinity;
  for (let m = 0; m < T; m++) {
    if (avoid[x * T + m]) continue;
    if (freshOnly && state.meet[x * T + m]! > 0 && !exhausted(ctx, x)) continue;
    if (seats.hasRoom(m) && (!cleanOnly || seatCost(ctx, x, m) < LATER_REPEAT)) {
      seats.place(x, m);
      return true;
    }
    let fit = NaN;
    for (let i = m * seats.K; i < m * seats.K + seats.load[m]!; i++) {
      const y = seats.occ[i]!;
      const owed = bumpKey(y);
      if (owed === Infinity) continue;
      // The seat that suits x best (no later repeat, a wish, fresh table-mates) wins; then the
      // one whose holder is most owed a bye; taking someone's wished seat comes last.
      if (Number.isNaN(fit)) fit = seatCost(ctx, x, m);
      if (cleanOnly && fit >= LATER_REPEAT) break;
      const key = (fit + (wishRank(model, y, m) >= 0 && state.meet[y * T + m] === 0 ? 30 : 0)) * 1e9 + owed;
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
  const benched = Array.from(order).filter((x) => seats.seat[x]! < 0);
  if (benched.length === 0) return;
  const heading = new Int32Array(model.M);
  for (const x of order) heading[x] = headingFor(ctx, x);
  benched.sort((a, b) => heading[b]! - heading[a]! || rank[a]! - rank[b]!);
  const lowest = (): number => {
    let low = Infinity;
    for (const x of order) low = Math.min(low, heading[x]!);
    return low;
  };
  let low = lowest();
  const active = new Uint8Array(model.M);
  for (const x of order) active[x] = 1;
  for (const x of benched) {
    const hx = heading[x]!;
    if (hx < low + 2) break;
    // Who may give up a seat to x: someone seated heading for two byes fewer, most owed first.
    const bumpKey = (y: number) => (active[y] && seats.seat[y]! >= 0 && heading[y]! <= hx - 2 ? heading[y]! * model.M + rank[y]! : Infinity);
    const before = Int32Array.from(seats.seat);
    // With a bye still ahead, x can trade then: now only for a seat that upsets nothing later.
    const later = ctx.round < model.R - 1 && Math.round(ctx.futureByes[ctx.round * model.M + x]!) > 0;
    const done = later
      ? takeSeat(ctx, x, true, bumpKey, true)
      : takeSeat(ctx, x, true, bumpKey) || (!exhausted(ctx, x) && chainSearch(ctx, x, bumpKey)) || takeSeat(ctx, x, false, bumpKey);
    if (!done) continue;
    // Book the trade: x now seated (heading one lower), whoever lost a seat one higher.
    for (const y of order) {
      if (before[y]! >= 0 === seats.seat[y]! >= 0) continue;
      heading[y]! += seats.seat[y]! >= 0 ? -1 : 1;
    }
    low = lowest();
  }
}
