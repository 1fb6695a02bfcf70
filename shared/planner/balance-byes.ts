/**
 * Final bye fairness, with the seated rounds known as a whole. The engine steers byes with
 * estimates of what is ahead; when those were off (many changes at once in a replan, tight
 * avoids) the final counts can end two apart. Here a mentee with two or more byes above the
 * fewest takes a free seat, or trades places with someone seated who has two byes fewer, in a
 * round where the first sits out: preferably at a mentor they never meet otherwise, else — only
 * when no new mentor is possible — meeting one again, since sitting out twice more than others
 * is the worse outcome. A trade moves two people and keeps loads and empty seats as they were.
 */
import { losesWish, mayTake, type Model } from './model';
import { BYE_GAP, REPEAT_COST, WISH_WEIGHT } from './policy';

/**
 * Even out bye counts in `rounds` (seat per mentee); `pastByes`/`before` describe earlier, fixed
 * rounds. Walk-ins marked in `waiting` take only free seats in `rounds[0]` (walk-ins.ts). Places
 * marked in `frozen` (frozen[r·M + x]: a locked round, a pinned seat) are never changed.
 */
export function balanceByes(
  model: Model,
  rounds: Int32Array[],
  pastByes?: Int32Array,
  before?: Uint8Array,
  waiting?: Uint8Array,
  frozen?: Uint8Array,
): void {
  const { M, T, cap, avoid, allowedCount } = model;
  const total = before ? Uint8Array.from(before) : new Uint8Array(M * T);
  const count = pastByes ? Int32Array.from(pastByes) : new Int32Array(M);
  const load = new Int32Array(rounds.length * T);
  rounds.forEach((seat, r) => {
    for (let x = 0; x < M; x++) {
      const m = seat[x]!;
      if (m >= 0) {
        load[r * T + m]!++;
        if (total[x * T + m]! < 255) total[x * T + m]!++;
      } else if (allowedCount[x]! > 0) count[x]!++;
    }
  });
  const fresh = (x: number, m: number) => mayTake(model, total, x, m);
  const allowed = (x: number, m: number) => avoid[x * T + m] === 0;
  /** Seat benched x at m in round r, benching y (or none) there. */
  const trade = (r: number, x: number, m: number, y: number) => {
    const seat = rounds[r]!;
    if (y >= 0) {
      seat[y] = -1;
      total[y * T + m]!--;
      count[y]!++;
    } else load[r * T + m]!++;
    seat[x] = m;
    total[x * T + m]!++;
    count[x]!--;
  };
  /** One trade for x; `ok(x, m)` says which mentors x may take. */
  const tryTrade = (x: number, limit: number, ok: (x: number, m: number) => boolean): boolean => {
    for (let r = rounds.length - 1; r >= 0; r--) {
      const seat = rounds[r]!;
      if (seat[x]! >= 0 || frozen?.[r * M + x]) continue;
      for (let m = 0; m < T; m++) {
        if (load[r * T + m]! < cap && ok(x, m)) {
          trade(r, x, m, -1);
          return true;
        }
      }
      if (r === 0 && waiting?.[x]) continue;
      let best = -1;
      let bestKey = Infinity;
      for (let y = 0; y < M; y++) {
        const m = seat[y]!;
        if (m < 0 || allowedCount[y] === 0 || count[y]! > limit || !ok(x, m) || frozen?.[r * M + y]) continue;
        // Prefer taking a seat that is a repeat for its holder, and never a wish met only there.
        // Only the order of the keys matters: repeat 0 < lost meeting < lost meeting and wish.
        const key = (total[y * T + m]! > 1 ? 0 : REPEAT_COST) + (losesWish(model, total, y, m) ? WISH_WEIGHT : 0);
        if (key < bestKey) [best, bestKey] = [y, key];
      }
      if (best >= 0) {
        trade(r, x, seat[best]!, best);
        return true;
      }
    }
    return false;
  };
  const active = Array.from({ length: M }, (_, x) => x).filter((x) => allowedCount[x]! > 0);
  for (let iter = 0; iter < 4 * M; iter++) {
    // Most byes first; anyone BYE_GAP or more above the fewest may trade with someone that far below.
    active.sort((a, b) => count[b]! - count[a]! || a - b);
    let lo = Infinity;
    for (const x of active) lo = Math.min(lo, count[x]!);
    let done = false;
    for (const ok of [fresh, allowed]) {
      for (const x of active) {
        if (count[x]! < lo + BYE_GAP || done) break;
        done = tryTrade(x, count[x]! - BYE_GAP, ok);
      }
      if (done) break;
    }
    if (!done) return;
  }
}
