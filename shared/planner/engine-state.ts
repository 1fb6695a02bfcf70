/**
 * What the round-by-round engine knows: the history so far (meetings, byes, table-mates) and the
 * preferences it tries to keep (the draft, or the old schedule when replanning).
 */
import type { Model } from './model';
import { expectedPairs, PeerCounter } from './peer-counter';
import type { RoundSeats } from './round-seats';

/** A preference for a bye (the rotation's bye position) … */
export const BYE = -1;
/** … or no preference at all (a newcomer, a mentor who left): the engine finds a seat. */
export const NONE = -2;

/** History accumulated over the rounds seated so far. */
export interface EngineState {
  /** meet[x·T + m]: rounds mentee x sat with mentor m (saturates at 255). */
  meet: Uint8Array;
  /** Different mentors each mentee has met. */
  metDistinct: Int32Array;
  /** Byes per mentee, as counted for fairness. */
  byes: Int32Array;
  peers: PeerCounter | null;
  /** Empty seats per mentor in the rounds seated so far. */
  idle: Int32Array;
  /** Last round's table per mentee (−1 when not seated) and their last one-round move. */
  last: Int32Array;
  step: Int32Array;
  /**
   * Meetings still ahead in places that cannot change (a locked round, a pinned seat), not had
   * yet: ahead[x·T + m] = 1, and how many per mentee; null without any. They count as met, so
   * nobody meets that mentor before and then again there.
   */
  ahead: Uint8Array | null;
  aheadCount: Int32Array | null;
}

/** Everything the engine needs while seating one round. */
export interface EngineCtx {
  model: Model;
  state: EngineState;
  /** Seeded tie-break rank per mentee, and mentees in rank order. */
  rank: Int32Array;
  byRank: Int32Array;
  /** prefs[r·M + x]: preferred table, BYE or NONE. */
  prefs: Int32Array;
  seats: RoundSeats;
  round: number;
  /** futureIdle[r·T + m]: empty seats the preferences leave mentor m in rounds after r. */
  futureIdle: Int32Array;
  /**
   * futureByes[r·M + x]: byes mentee x can expect in rounds after r: their bye preferences, plus
   * for rounds where they have no seat to keep, the share of such mentees the free seats cannot take.
   */
  futureByes: Float64Array;
  /**
   * Replanning with walk-ins: in round `round` (the one the room goes to next) they take only
   * free seats and otherwise sit out, rather than anyone's seat (walk-ins.ts).
   */
  walkIns?: { round: number; who: Uint8Array };
  /** Rounds kept exactly as given (locked): their seat per mentee, or null for rounds to seat. */
  fixedSeats?: (Int32Array | null)[];
  /** pinned[r·M + x] is 1 when x's seat in round r is pinned to prefs[r·M + x]: seated first, never moved. */
  pinned?: Uint8Array;
}

/** Whether the engine may move y (or bench them) this round: everyone but a pinned seat. */
export function movable(ctx: EngineCtx, y: number): boolean {
  return ctx.pinned === undefined || ctx.pinned[ctx.round * ctx.model.M + y] === 0;
}

/** Whether x is a walk-in who waits for a free seat this round (takes nobody's seat). */
export function waitsThisRound(ctx: EngineCtx, x: number): boolean {
  const w = ctx.walkIns;
  return w !== undefined && w.round === ctx.round && w.who[x] === 1;
}

/** Empty history for a model, but for pairs met at earlier events: those count as met. */
export function createState(model: Model): EngineState {
  const { M, T } = model;
  const meet = model.history ? Uint8Array.from(model.history) : new Uint8Array(M * T);
  const metDistinct = new Int32Array(M);
  if (model.history) for (let x = 0; x < M; x++) for (let m = 0; m < T; m++) metDistinct[x]! += meet[x * T + m]!;
  return {
    meet,
    metDistinct,
    byes: new Int32Array(M),
    peers: model.cap > 1 ? new PeerCounter(M, expectedPairs(model), model.apart) : null,
    idle: new Int32Array(T),
    last: new Int32Array(M).fill(-1),
    step: new Int32Array(M).fill(1),
    ahead: null,
    aheadCount: null,
  };
}

/** Whether x has met every mentor they may sit with, so any further meeting is a repeat anyway. */
export function exhausted(ctx: EngineCtx, x: number): boolean {
  const { state } = ctx;
  return state.metDistinct[x]! + (state.aheadCount?.[x] ?? 0) >= ctx.model.allowedCount[x]!;
}

/** Whether x may sit at m now without an avoidable repeat. */
export function maySit(ctx: EngineCtx, x: number, m: number): boolean {
  const i = x * ctx.model.T + m;
  return ctx.model.avoid[i] === 0 && ((ctx.state.meet[i] === 0 && !ctx.state.ahead?.[i]) || exhausted(ctx, x));
}

/** Byes x can expect in the rounds after this one, rounded: what the preferences still leave them. */
export function byesAhead(ctx: EngineCtx, x: number): number {
  return Math.round(ctx.futureByes[ctx.round * ctx.model.M + x]!);
}

/**
 * The bye count x is heading for if the preferences hold from here on: the byes so far, this
 * round if `sitsOut`, and byesAhead. Both the seating order and bye fairness aim at this.
 */
export function headingFor(ctx: EngineCtx, x: number, sitsOut: boolean): number {
  return ctx.state.byes[x]! + (sitsOut ? 1 : 0) + byesAhead(ctx, x);
}

/** Record that mentee x sat at table m (of T): meetings, distinct mentors met, rotation step. */
export function recordMeeting(state: EngineState, T: number, x: number, m: number): void {
  const i = x * T + m;
  if (state.ahead?.[i]) {
    state.ahead[i] = 0;
    state.aheadCount![x]!--;
  }
  if (state.meet[i] === 0) state.metDistinct[x]!++;
  if (state.meet[i]! < 255) state.meet[i]!++;
  const last = state.last[x]!;
  if (last >= 0) state.step[x] = (m - last + T) % T;
}

/** Record a seated round in the history. */
export function commitRound(model: Model, state: EngineState, seats: RoundSeats): void {
  const { M, T, allowedCount } = model;
  for (let x = 0; x < M; x++) {
    const m = seats.seat[x]!;
    if (m >= 0) {
      recordMeeting(state, T, x, m);
    } else if (allowedCount[x]! > 0) {
      // Mentees who avoid every mentor sit out by the hard rule; those byes are not fairness.
      state.byes[x]!++;
    }
    state.last[x] = m;
  }
  for (let m = 0; m < T; m++) {
    state.peers?.addGroup(seats.occ, m * seats.K, m * seats.K + seats.load[m]!);
    state.idle[m]! += Math.max(0, model.cap - seats.load[m]!);
  }
}

/**
 * Byes each mentee can expect after each round (see EngineCtx.futureByes). Per round: mentees
 * preferring a table beyond its capacity may lose their seat; they and those without a preferred
 * seat (a rotation bye, or no seat to keep) share the free seats, and each expects the fraction
 * of them the free seats cannot take.
 */
export function futureByes(model: Model, prefs: Int32Array): Float64Array {
  const { M, R, T, cap, allowedCount } = model;
  const out = new Float64Array(R * M);
  const wanted = new Int32Array(T);
  for (let r = R - 2; r >= 0; r--) {
    const at = (r + 1) * M;
    wanted.fill(0);
    let waiting = 0;
    for (let x = 0; x < M; x++) {
      if (allowedCount[x] === 0) continue;
      if (prefs[at + x]! >= 0) wanted[prefs[at + x]!]!++;
      else waiting++;
    }
    let free = 0;
    for (let m = 0; m < T; m++) {
      free += Math.max(0, cap - wanted[m]!);
      waiting += Math.max(0, wanted[m]! - cap);
    }
    const share = waiting > free ? (waiting - free) / waiting : 0;
    for (let x = 0; x < M; x++) {
      const p = prefs[at + x]!;
      const lose = p < 0 ? 1 : wanted[p]! > cap ? (wanted[p]! - cap) / wanted[p]! : 0;
      out[r * M + x] = out[at + x]! + lose * share;
    }
  }
  return out;
}

/** Empty seats the preferences leave each mentor after each round (see EngineCtx.futureIdle). */
export function futureIdle(model: Model, prefs: Int32Array): Int32Array {
  const { M, T, R, cap } = model;
  const out = new Int32Array(R * T);
  const load = new Int32Array(T);
  for (let r = R - 1; r > 0; r--) {
    load.fill(0);
    for (let x = 0; x < M; x++) {
      const m = prefs[r * M + x]!;
      if (m >= 0) load[m]!++;
    }
    for (let m = 0; m < T; m++) out[(r - 1) * T + m] = out[r * T + m]! + Math.max(0, cap - load[m]!);
  }
  return out;
}
