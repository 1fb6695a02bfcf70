/**
 * Even out empty seats. The goal is over the whole event (a mentor's empty seats, counting past
 * rounds, this round and the preferred later ones, within one of every other mentor's); within
 * a round, tables two apart are evened out too when that does not work against the event total.
 * Moves only ever seat someone with a mentor they may meet without an avoidable repeat. The
 * rotation is balanced by construction; this matters after avoids, departures or a new mentor.
 */
import { maySit, movable, type EngineCtx } from './engine-state';
import { seatCost } from './fresh-seat';
import { FULLEST_FIRST_WEIGHT } from './policy';

/** Move one mentee from a table `from` allows to table `to`; false if nobody can go. */
function moveOne(ctx: EngineCtx, to: number, from: (m: number) => boolean): boolean {
  const { seats, model } = ctx;
  let best = -1;
  let bestKey = Infinity;
  for (let m = 0; m < model.T; m++) {
    if (m === to || !from(m)) continue;
    for (let i = m * seats.K; i < m * seats.K + seats.load[m]!; i++) {
      const y = seats.occ[i]!;
      if (!maySit(ctx, y, to) || !movable(ctx, y)) continue;
      // From the fullest table first, then the cheapest move.
      const key = -seats.load[m]! * FULLEST_FIRST_WEIGHT + seatCost(ctx, y, to);
      if (key < bestKey) [best, bestKey] = [y, key];
    }
  }
  if (best < 0) return false;
  seats.move(best, to);
  return true;
}

/** Move mentees towards emptier tables until no allowed move evens things out further. */
export function balanceLoads(ctx: EngineCtx): void {
  const { seats, model, state, round, futureIdle } = ctx;
  const { T, cap } = model;
  if (T < 2) return;
  const projected = (m: number) => state.idle[m]! + cap - seats.load[m]! + futureIdle[round * T + m]!;
  const pick = (blocked: Uint8Array, better: (a: number, b: number) => boolean): number => {
    let best = -1;
    for (let m = 0; m < T; m++) if (!blocked[m] && seats.hasRoom(m) && (best < 0 || better(m, best))) best = m;
    return best;
  };
  // Cheap bounds first: in an even room (the usual case) there is nothing to try.
  let fullest = 0;
  let leastIdle = Infinity;
  for (let m = 0; m < T; m++) {
    fullest = Math.max(fullest, seats.load[m]!);
    if (seats.load[m]! > 0) leastIdle = Math.min(leastIdle, projected(m));
  }
  // This round: the emptiest table takes from one two fuller whose event total is lower.
  const roundBlocked = new Uint8Array(T);
  for (let iter = 0; iter < 4 * T; iter++) {
    const l = pick(
      roundBlocked,
      (a, b) => seats.load[a]! < seats.load[b]! || (seats.load[a] === seats.load[b] && projected(a) > projected(b)),
    );
    if (l < 0 || seats.load[l]! + 2 > fullest) break;
    const ok = moveOne(ctx, l, (h) => seats.load[h]! >= seats.load[l]! + 2 && projected(l) >= projected(h) + 1);
    if (!ok) roundBlocked[l] = 1;
  }
  // The event: the mentor heading for the most empty seats takes from one two below, from a
  // fuller table this round (so rounds stay even too and a new mentor is not front-loaded).
  const eventBlocked = new Uint8Array(T);
  for (let iter = 0; iter < 4 * T; iter++) {
    const l = pick(eventBlocked, (a, b) => projected(a) > projected(b));
    if (l < 0 || projected(l) - 2 < leastIdle) break;
    const ok = moveOne(ctx, l, (h) => projected(h) <= projected(l) - 2 && seats.load[h]! > seats.load[l]!);
    if (!ok) eventBlocked[l] = 1;
  }
}
