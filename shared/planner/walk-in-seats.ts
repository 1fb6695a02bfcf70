/**
 * Walk-ins when nothing else changed at the door: the schedule stays as it is for everyone in
 * it, and each walk-in takes, round by round, a seat that is free (a mentor they have not met,
 * a wished one first; or a seat freed by one person moving on from a repeat to a free seat at
 * a mentor new to them), else sits out. Byes are then evened: whoever sits out two rounds more
 * than someone seated where they may sit takes that seat, in the latest round first (a walk-in
 * never in the round the room goes to next: there they wait); the one who gives it up moves to
 * a free seat if there is one. Last, free seats go to whoever would otherwise sit out or repeat.
 */
import type { Schedule } from '../schemas/schedule';
import { losesWish, wishRank, type Model } from './model';
import { BYE_GAP } from './policy';

/** Seats per replanned round (start + i + 1), or null when the old rounds do not cover them all. */
export function seatWalkIns(
  model: Model,
  schedule: Schedule,
  start: number,
  walkIns: Uint8Array,
  before: Uint8Array,
  pastByes: Int32Array,
  order: Int32Array,
): Int32Array[] | null {
  const { M, T, R, cap, avoid, allowedCount, mentorIndex } = model;
  const index = new Map(model.mentees.map((x, i) => [x.id, i] as const));
  const met = Uint8Array.from(before);
  const meet = (x: number, m: number, by: 1 | -1) => {
    const i = x * T + m;
    met[i] = Math.min(255, Math.max(0, met[i]! + by));
  };
  const seats: Int32Array[] = [];
  for (let r = start; r < R; r++) {
    const old = schedule.rounds[r];
    if (!old) return null;
    const seat = new Int32Array(M).fill(-1);
    for (const t of old.tables) {
      const m = mentorIndex.get(t.mentorId)!;
      for (const id of t.menteeIds) {
        const x = index.get(id)!;
        seat[x] = m;
        meet(x, m, 1);
      }
    }
    seats.push(seat);
  }
  const loads = seats.map((seat) => {
    const load = new Int32Array(T);
    for (const m of seat) if (m >= 0) load[m]!++;
    return load;
  });
  const move = (i: number, x: number, to: number) => {
    const seat = seats[i]!;
    if (seat[x]! >= 0) {
      loads[i]![seat[x]!]!--;
      meet(x, seat[x]!, -1);
    }
    seat[x] = to;
    if (to >= 0) {
      loads[i]![to]!++;
      meet(x, to, 1);
    }
  };
  const fresh = (x: number, m: number) => avoid[x * T + m] === 0 && met[x * T + m] === 0;
  /** A free table for x in round i: unmet first, wished first, then the emptiest; a repeat last. */
  const freeTable = (i: number, x: number): number => {
    let best = -1;
    let bestCost = Infinity;
    for (let m = 0; m < T; m++) {
      if (loads[i]![m]! >= cap || avoid[x * T + m]) continue;
      const wish = wishRank(model, x, m);
      const cost = (met[x * T + m]! > 0 ? 1e6 : 0) - (wish >= 0 ? 1e3 - wish : 0) + loads[i]![m]! + m / (T + 1);
      if (cost < bestCost) [best, bestCost] = [m, cost];
    }
    return best;
  };
  /**
   * One seated mentee who may step from a table x may take to a free one new to them: [who, to].
   * Only from a repeat: leaving a mentor met nowhere else could turn their other repeats avoidable.
   */
  const oneMove = (i: number, x: number): [number, number] | null => {
    const seat = seats[i]!;
    if (loads[i]!.every((n) => n >= cap)) return null;
    for (let y = 0; y < M; y++) {
      const m = seat[y]!;
      if (m < 0 || !fresh(x, m) || met[y * T + m]! < 2) continue;
      for (let u = 0; u < T; u++) if (u !== m && loads[i]![u]! < cap && fresh(y, u)) return [y, u];
    }
    return null;
  };
  const arriving = [...order].filter((x) => walkIns[x] === 1 && allowedCount[x]! > 0);
  seats.forEach((seat, i) => {
    for (const x of arriving) {
      const m = freeTable(i, x);
      if (m >= 0 && met[x * T + m] === 0) move(i, x, m);
      else {
        const step = oneMove(i, x);
        if (step) {
          const from = seat[step[0]]!;
          move(i, step[0], step[1]);
          move(i, x, from);
        } else if (m >= 0) move(i, x, m);
      }
    }
  });
  const byes = evenByes(model, seats, loads, walkIns, pastByes, met, move);
  fillFreeSeats(model, seats, loads, byes, met, move);
  return seats;
}

/**
 * After the trades, a free seat at a mentor someone never meets goes to whoever sits out (the
 * most byes first), else to whoever sits somewhere for a repeat.
 */
function fillFreeSeats(
  model: Model,
  seats: Int32Array[],
  loads: Int32Array[],
  byes: Int32Array,
  met: Uint8Array,
  move: (i: number, x: number, to: number) => void,
): void {
  const { M, T, cap, avoid, allowedCount } = model;
  const fresh = (x: number, m: number) => avoid[x * T + m] === 0 && met[x * T + m] === 0;
  const order = Array.from({ length: M }, (_, x) => x)
    .filter((x) => allowedCount[x]! > 0)
    .sort((a, b) => byes[b]! - byes[a]! || a - b);
  seats.forEach((seat, i) => {
    // A move frees a seat someone earlier in the order may want: again until nothing moves.
    for (let moved = true, pass = 0; moved && pass < T; pass++) {
      moved = false;
      for (const x of [...order.filter((x) => seat[x]! < 0), ...order.filter((x) => seat[x]! >= 0)]) {
        if (seat[x]! >= 0 && met[x * T + seat[x]!]! < 2) continue;
        for (let m = 0; m < T; m++) {
          if (loads[i]![m]! < cap && fresh(x, m)) {
            move(i, x, m);
            moved = true;
            break;
          }
        }
      }
    }
  });
}

/** Bye trades (see the file comment); returns everyone's byes over the event. */
function evenByes(
  model: Model,
  seats: Int32Array[],
  loads: Int32Array[],
  walkIns: Uint8Array,
  pastByes: Int32Array,
  met: Uint8Array,
  move: (i: number, x: number, to: number) => void,
): Int32Array {
  const { M, T, cap, avoid, allowedCount } = model;
  const byes = Int32Array.from(pastByes);
  for (const seat of seats) for (let x = 0; x < M; x++) if (seat[x]! < 0 && allowedCount[x]! > 0) byes[x]!++;
  const fair = Array.from({ length: M }, (_, x) => x).filter((x) => allowedCount[x]! > 0);
  for (let guard = 0; guard < 4 * M; guard++) {
    const byMost = fair.sort((a, b) => byes[b]! - byes[a]! || a - b);
    const fewest = byes[byMost[byMost.length - 1] ?? 0] ?? 0;
    let traded = false;
    for (const x of byMost) {
      if (byes[x]! < fewest + BYE_GAP) break; // and so is everyone after
      // This batch's walk-ins never trade into the round the room goes to next (they wait there).
      for (let i = seats.length - 1; i >= (walkIns[x] ? 1 : 0) && !traded; i--) {
        const seat = seats[i]!;
        if (seat[x]! >= 0) continue;
        // Whose seat: someone two byes below at a mentor x may sit with, the fewest byes first;
        // then new to x, a seat that is a repeat for its holder, one holding a wish met only there last.
        let best = -1;
        let bestKey = Infinity;
        for (let y = 0; y < M; y++) {
          const m = seat[y]!;
          if (m < 0 || allowedCount[y] === 0 || byes[y]! + BYE_GAP > byes[x]! || avoid[x * T + m]) continue;
          const key =
            byes[y]! * 16 +
            (losesWish(model, met, y, m) ? 8 : 0) +
            (met[x * T + m]! > 0 ? 4 : 0) +
            (met[y * T + m]! > 1 ? 0 : 2);
          if (key < bestKey) [best, bestKey] = [y, key];
        }
        if (best < 0) continue;
        const m = seat[best]!;
        // The one giving up the seat takes a free one if there is: a mentor new to them first.
        let to = -1;
        for (let u = 0; u < T; u++) {
          if (u === m || loads[i]![u]! >= cap || avoid[best * T + u]) continue;
          if (to < 0 || (met[best * T + to]! > 0 && met[best * T + u] === 0)) to = u;
        }
        move(i, best, to);
        move(i, x, m);
        byes[x]!--;
        if (to < 0) byes[best]!++;
        traded = true;
      }
      if (traded) break;
    }
    if (!traded) return byes;
  }
  return byes;
}
