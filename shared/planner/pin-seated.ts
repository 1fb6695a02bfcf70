/**
 * The seated rounds as the pin pass (pin-enforce.ts) changes them: loads, meetings over the
 * whole event (and before it), byes, frozen places, and the cheapest moves that seat a mentee
 * at a mentor in one round.
 */
import { losesWish, type Model } from './model';
import { PIN_BENCH_COST, REPEAT_COST, WISH_WEIGHT } from './policy';

/** A move in one round: who, and the table they go to (−1: sitting out). */
export type Move = [number, number];

/**
 * The seated rounds with the counts the moves need, and, per round once asked for, who sits at
 * each table (and out) and which tables have room: a plan with thousands of pins asks often.
 */
export class Seated {
  readonly loads: Int32Array;
  readonly total: Uint8Array;
  /** Frozen mentees per (round, table): how many pinned seats a table holds. */
  readonly pinnedAt: Int32Array;
  /** Byes per mentee over these rounds. */
  readonly byes: Int32Array;
  /** Per round: members of each table, sitting out last (index T); built when first asked for. */
  private readonly who: (number[][] | null)[];
  /** Per round: tables with a free seat, or null when a move may have changed them. */
  private readonly roomy: (number[] | null)[];

  constructor(
    readonly model: Model,
    readonly rounds: Int32Array[],
    readonly frozen: Uint8Array,
    before: Uint8Array | undefined,
  ) {
    const { M, T } = model;
    this.loads = new Int32Array(rounds.length * T);
    this.total = before ? Uint8Array.from(before) : new Uint8Array(M * T);
    this.pinnedAt = new Int32Array(rounds.length * T);
    this.byes = new Int32Array(M);
    this.who = rounds.map(() => null);
    this.roomy = rounds.map(() => null);
    rounds.forEach((seat, i) => {
      for (let x = 0; x < M; x++) {
        const m = seat[x]!;
        if (m < 0) {
          this.byes[x]!++;
          continue;
        }
        this.loads[i * T + m]!++;
        if (this.total[x * T + m]! < 255) this.total[x * T + m]!++;
      }
    });
  }

  /** Members of table m in round i (m = T: sitting out). */
  private members(i: number, m: number): number[] {
    const { M, T } = this.model;
    let who = this.who[i];
    if (!who) {
      who = Array.from({ length: T + 1 }, () => []);
      const seat = this.rounds[i]!;
      for (let x = 0; x < M; x++) who[seat[x]! >= 0 ? seat[x]! : T]!.push(x);
      this.who[i] = who;
    }
    return who[m]!;
  }

  /** Tables with a free seat in round i. */
  private withRoom(i: number): number[] {
    const { T, cap } = this.model;
    let out = this.roomy[i];
    if (!out) {
      out = [];
      for (let m = 0; m < T; m++) if (this.loads[i * T + m]! < cap) out.push(m);
      this.roomy[i] = out;
    }
    return out;
  }

  move(i: number, x: number, to: number): void {
    const { T } = this.model;
    const seat = this.rounds[i]!;
    const from = seat[x]!;
    const who = this.who[i];
    if (who) {
      const list = who[from >= 0 ? from : T]!;
      list.splice(list.indexOf(x), 1);
      who[to >= 0 ? to : T]!.push(x);
    }
    this.roomy[i] = null;
    if (from >= 0) {
      this.loads[i * T + from]!--;
      this.total[x * T + from]!--;
    } else this.byes[x]!--;
    if (to >= 0) {
      this.loads[i * T + to]!++;
      if (this.total[x * T + to]! < 255) this.total[x * T + to]!++;
    } else this.byes[x]!++;
    seat[x] = to;
  }

  freeze(i: number, x: number): void {
    const { M, T } = this.model;
    this.frozen[i * M + x] = 1;
    this.pinnedAt[i * T + this.rounds[i]![x]!]!++;
  }

  /** Whether x may still be pinned to m in round i: x is free there and m has a seat not pinned. */
  open(i: number, x: number, m: number): boolean {
    const { M, T, cap } = this.model;
    return this.frozen[i * M + x] === 0 && this.pinnedAt[i * T + m]! < cap;
  }

  /**
   * What a move of y from `from` to `to` costs: distinct meetings lost (or gained), a bye (or
   * one spared), a wish lost there.
   */
  cost(y: number, from: number, to: number): number {
    const { T, avoid } = this.model;
    if (to >= 0 && avoid[y * T + to]) return Infinity;
    const gained = to >= 0 && this.total[y * T + to] === 0 ? 1 : 0;
    const lost = from >= 0 && this.total[y * T + from] === 1 ? 1 : 0;
    const wish = from >= 0 && losesWish(this.model, this.total, y, from) ? WISH_WEIGHT : 0;
    const bye = (to < 0 ? PIN_BENCH_COST : 0) - (from < 0 ? PIN_BENCH_COST : 0);
    return (lost - gained) * REPEAT_COST + bye + wish;
  }

  /** Someone sitting out in round i (not frozen) who may meet table a and never does: the most byes first; or −1. */
  sittingOutFor(i: number, a: number): number {
    const { M, T, avoid, allowedCount } = this.model;
    let best = -1;
    for (const z of this.members(i, T)) {
      if (this.frozen[i * M + z] || allowedCount[z] === 0) continue;
      if (avoid[z * T + a] || this.total[z * T + a]! > 0) continue;
      if (best < 0 || this.byes[z]! > this.byes[best]!) best = z;
    }
    return best;
  }

  /**
   * The cheapest moves that bring x to m in round i (x not frozen there, m with a seat not
   * pinned), and their cost; null if none (cannot happen for such a round).
   */
  plan(i: number, x: number, m: number): { moves: Move[]; cost: number } | null {
    const { M, T, cap } = this.model;
    const seat = this.rounds[i]!;
    const a = seat[x]!;
    if (a === m) return { moves: [], cost: 0 };
    // x leaving their seat (or a bye: the best place, no seat lost) for m.
    const own = this.cost(x, a, m);
    // The seat x leaves goes to someone sitting out who never meets that mentor, if anyone.
    const z = a >= 0 ? this.sittingOutFor(i, a) : -1;
    const refill = (moves: Move[], c: number) =>
      z >= 0 ? { moves: [...moves, [z, a] as Move], cost: c + this.cost(z, -1, a) } : { moves, cost: c };
    if (this.loads[i * T + m]! < cap) return refill([[x, m]], own);
    let best: { moves: Move[]; cost: number } | null = null;
    const roomy = this.withRoom(i);
    for (const y of this.members(i, m)) {
      if (this.frozen[i * M + y]) continue;
      // y goes to x's old place (a swap: loads stay), a free seat elsewhere, or sits out.
      const consider = (to: number) => {
        const c = own + this.cost(y, m, to) + (to === a ? 0 : 0.5);
        const option =
          to === a
            ? {
                moves: [
                  [x, -1],
                  [y, to],
                  [x, m],
                ] as Move[],
                cost: c,
              }
            : refill(
                [
                  [x, -1],
                  [y, to],
                  [x, m],
                ],
                c,
              );
        if (option.cost < (best?.cost ?? Infinity)) best = option;
      };
      consider(a);
      if (a >= 0) consider(-1);
      for (const u of roomy) if (u !== a && u !== m) consider(u);
    }
    return best;
  }

  apply(i: number, moves: Move[]): void {
    for (const [y, to] of moves) this.move(i, y, to);
  }
}
