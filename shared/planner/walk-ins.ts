/**
 * The seats people hold when a replan must change more than walk-ins (someone left, a mentor
 * came): who held which seat, who walks in (no place in the first replanned round, the one the
 * room goes to next: there they wait for a free seat rather than take anyone's, engine.ts), and
 * a last pass so that nobody who held a seat sits out while one is free for them. A replan
 * with walk-ins only keeps everyone else's places exactly (walk-in-seats.ts).
 */
import type { RoundSeating } from '../schemas/schedule';
import { losesWish, type Model } from './model';
import { BYE_GAP } from './policy';

/** Who held which place before: `held[r·M + x]` is 1 when present mentee x sat at a table in old round r + 1. */
export interface HeldSeats {
  held: Uint8Array;
  /** Mentees with no place at all (table or bye) in the first replanned round of the old schedule. */
  walkIns: Uint8Array;
  /** The first replanned round (0-based). */
  start: number;
}

/** Read who held a seat in the old rounds ≥ start + 1, and who is new, for the mentees present now. */
export function heldSeats(model: Model, oldRounds: Map<number, RoundSeating>, start: number): HeldSeats {
  const { M, R } = model;
  const index = new Map(model.mentees.map((x, i) => [x.id, i] as const));
  const held = new Uint8Array(R * M);
  for (let r = start; r < R; r++) {
    const old = oldRounds.get(r + 1);
    if (!old) continue;
    for (const t of old.tables) {
      for (const id of t.menteeIds) {
        const x = index.get(id);
        if (x !== undefined) held[r * M + x] = 1;
      }
    }
  }
  const walkIns = new Uint8Array(M).fill(1);
  const first = oldRounds.get(start + 1);
  if (first) {
    for (const id of [...first.tables.flatMap((t) => t.menteeIds), ...first.byes]) {
      const x = index.get(id);
      if (x !== undefined) walkIns[x] = 0;
    }
  } else walkIns.fill(0); // rounds added at the end: nobody is walking in to a round that exists
  return { held, walkIns, start };
}

/** Moves to try in one round: each mentee and the table they go to (−1: they sit out). */
type Moves = [number, number][];

/**
 * The replanned rounds being changed, with what the checks need kept up to date: loads per
 * round, meetings per (mentee, mentor) and byes per mentee over the whole event.
 */
class Rounds {
  readonly total: Uint8Array;
  readonly byes: Int32Array;
  readonly loads: Int32Array[];

  constructor(
    readonly model: Model,
    readonly seats: Int32Array[],
    before: Uint8Array,
    pastByes: Int32Array,
  ) {
    const { M, T, allowedCount } = model;
    this.total = Uint8Array.from(before);
    this.byes = Int32Array.from(pastByes);
    this.loads = seats.map((seat) => {
      const load = new Int32Array(T);
      for (let x = 0; x < M; x++) {
        if (seat[x]! >= 0) {
          load[seat[x]!]!++;
          bump(this.total, x * T + seat[x]!, 1);
        } else if (allowedCount[x]! > 0) this.byes[x]!++;
      }
      return load;
    });
  }

  /** Whether x may sit at m: not avoided and, when `fresh`, a mentor x meets nowhere else. */
  may(x: number, m: number, fresh: boolean): boolean {
    const i = x * this.model.T + m;
    return this.model.avoid[i] === 0 && !(fresh && this.total[i]! > 0);
  }

  hasRoom(i: number, m: number): boolean {
    return this.loads[i]![m]! < this.model.cap;
  }

  full(i: number): boolean {
    return this.loads[i]!.every((n) => n >= this.model.cap);
  }

  /** Apply moves in round i; returns the moves that undo them. */
  apply(i: number, moves: Moves): Moves {
    const { T, allowedCount } = this.model;
    const seat = this.seats[i]!;
    const load = this.loads[i]!;
    const undo: Moves = moves.map(([x]) => [x, seat[x]!] as [number, number]).reverse();
    for (const [x, to] of moves) {
      const from = seat[x]!;
      if (from === to) continue;
      if (from >= 0) {
        load[from]!--;
        bump(this.total, x * T + from, -1);
      } else if (allowedCount[x]! > 0) this.byes[x]!--;
      if (to >= 0) {
        load[to]!++;
        bump(this.total, x * T + to, 1);
      } else if (allowedCount[x]! > 0) this.byes[x]!++;
      seat[x] = to;
    }
    return undo;
  }

  /**
   * How many times someone sits out while someone with two byes fewer holds a seat they could
   * take at a mentor they never meet: what bye fairness rules out (BYE_GAP).
   */
  unfairness(): number {
    const { M, T, allowedCount } = this.model;
    let count = 0;
    const least = new Int32Array(T);
    for (const seat of this.seats) {
      least.fill(2 ** 30);
      for (let y = 0; y < M; y++) {
        const m = seat[y]!;
        if (m >= 0 && allowedCount[y]! > 0) least[m] = Math.min(least[m]!, this.byes[y]!);
      }
      for (let z = 0; z < M; z++) {
        if (seat[z]! >= 0 || allowedCount[z] === 0) continue;
        for (let m = 0; m < T; m++) if (this.may(z, m, true) && least[m]! + BYE_GAP <= this.byes[z]!) count++;
      }
    }
    return count;
  }
}

/**
 * Ways to seat x, who held a seat in replanned round i and sits out there, best first: a free
 * seat, or one seated mentee moving to a free seat; at mentors not met first, then repeats (a
 * seat beats sitting out).
 */
function* waysToSeat(rounds: Rounds, i: number, x: number, frozen?: Uint8Array): Generator<Moves> {
  const { M, T } = rounds.model;
  const seat = rounds.seats[i]!;
  for (const fresh of [true, false]) {
    for (let m = 0; m < T; m++) if (rounds.hasRoom(i, m) && rounds.may(x, m, fresh)) yield [[x, m]];
    for (let y = 0; y < M; y++) {
      const m = seat[y]!;
      if (m < 0 || frozen?.[i * M + y]) continue;
      if (!rounds.may(x, m, fresh) || losesWish(rounds.model, rounds.total, y, m)) continue;
      for (let to = 0; to < T; to++) {
        if (to !== m && rounds.hasRoom(i, to) && rounds.may(y, to, fresh))
          yield [
            [y, to],
            [x, m],
          ];
      }
    }
  }
}

/** Ways tried per mentee before giving up: enough for a good one, bounded for a large room. */
const WAYS_TRIED = 64;

/**
 * Seat everyone who held a seat in a replanned round but sits out there now, while a seat is
 * free that they may take (directly or by one move), unless that makes byes unfair: nobody
 * else sits out for it. `seats[i]` is round start + i + 1; places marked in `frozen`
 * (frozen[i·M + x]: a locked round, a pinned seat) never change.
 */
export function keepHeldSeats(
  model: Model,
  seats: Int32Array[],
  hold: HeldSeats,
  before: Uint8Array,
  pastByes: Int32Array,
  frozen?: Uint8Array,
): void {
  const { M } = model;
  const rounds = new Rounds(model, seats, before, pastByes);
  // Counted only once someone could be seated: most replans have no one to.
  let unfair: number | null = null;
  seats.forEach((seat, i) => {
    const r = hold.start + i;
    // Whether the round is full changes only when someone is seated: asked once per seating,
    // not once per mentee (1,000 mentees × 200 tables × every round was most of a replan).
    let full = rounds.full(i);
    for (let x = 0; x < M && !full; x++) {
      if (seat[x]! >= 0 || hold.held[r * M + x] === 0 || model.allowedCount[x] === 0 || frozen?.[i * M + x]) continue;
      let tried = 0;
      for (const moves of waysToSeat(rounds, i, x, frozen)) {
        unfair ??= rounds.unfairness();
        const undo = rounds.apply(i, moves);
        const now = rounds.unfairness();
        if (now <= unfair) {
          unfair = now;
          full = rounds.full(i);
          break;
        }
        rounds.apply(i, undo);
        if (++tried >= WAYS_TRIED) break;
      }
    }
  });
}

function bump(counts: Uint8Array, i: number, by: 1 | -1): void {
  const next = counts[i]! + by;
  if (next >= 0 && next <= 255) counts[i] = next;
}
