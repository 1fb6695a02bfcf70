/**
 * The rotation's working state: the mentors' tracks on the ring, who met whom so far (per
 * table, as one visit serves every member), rests, byes, and the seating being written.
 */
import type { Model } from '../model';
import type { Cycle } from './cycle';
import { allowed, type Groups } from './group-state';
import { TRACK_BLOCKED, TRACK_REPEAT } from './policy';

/** Rounds from..R−1 are planned; earlier ones are history, given as `met` and `rests`. */
export interface Rotation {
  model: Model;
  groups: Groups;
  cycle: Cycle;
  /** Mentor m is at ring position (offset[m] + t) mod N in round t, unless turned aside. */
  offset: Int32Array;
  /** met[p·T + m]: visits of mentor m to table p so far (history included). */
  met: Int32Array;
  /** Per table: mentors it may meet and has not met yet. */
  freshLeft: Int32Array;
  rests: Int32Array;
  byes: Int32Array;
  /** Mentors whose rests are kept within one (here for the whole event). */
  counted: Uint8Array;
  /** out[t·T + m]: table of mentor m in round t, −1 for a rest. */
  out: Int32Array;
  from: number;
  R: number;
}

/** History a replan carries in; a plan starts from nothing. */
export interface RotationHistory {
  met?: Int32Array;
  rests?: Int32Array;
  byes?: Int32Array;
  counted?: Uint8Array;
}

/** A fresh rotation state. */
export function createRotation(
  model: Model,
  groups: Groups,
  cycle: Cycle,
  offset: Int32Array,
  from: number,
  R: number,
  history: RotationHistory = {},
): Rotation {
  const { T } = model;
  const G = groups.G;
  const met = history.met ?? new Int32Array(G * T);
  const freshLeft = new Int32Array(G);
  for (let p = 0; p < G; p++)
    for (let m = 0; m < T; m++) if (allowed(groups, p, m) && met[p * T + m] === 0) freshLeft[p]!++;
  return {
    model,
    groups,
    cycle,
    offset,
    met,
    freshLeft,
    rests: history.rests ?? new Int32Array(T),
    byes: history.byes ?? new Int32Array(G),
    counted: history.counted ?? new Uint8Array(T).fill(1),
    out: new Int32Array(R * T).fill(-1),
    from,
    R,
  };
}

/** A repeat that matters: m met p already while p still has allowed mentors to meet. */
export const isRepeat = (rot: Rotation, p: number, m: number): boolean =>
  rot.met[p * rot.model.T + m]! > 0 && rot.freshLeft[p]! > 0;

/** Whether mentor m may sit at table p this round without breaking a rule: allowed, no avoidable repeat. */
export const fits = (rot: Rotation, p: number, m: number): boolean => allowed(rot.groups, p, m) && !isRepeat(rot, p, m);

/** What a track's visit of m to p costs (lower is better): blocked, repeat, less the wishes served. */
export function visitCost(rot: Rotation, p: number, m: number): number {
  if (p < 0) return 0;
  const i = p * rot.model.T + m;
  if (rot.groups.blocked[i]! > 0) return TRACK_BLOCKED;
  return (rot.met[i]! > 0 ? TRACK_REPEAT : 0) - rot.groups.wishW[i]!;
}

/** Record round t as written in `out`: meetings, rests and byes. */
export function commitRound(rot: Rotation, t: number): void {
  const { T } = rot.model;
  const seen = new Uint8Array(rot.groups.G);
  for (let m = 0; m < T; m++) {
    const p = rot.out[t * T + m]!;
    if (p < 0) {
      rot.rests[m]!++;
      continue;
    }
    seen[p] = 1;
    const i = p * T + m;
    if (rot.met[i] === 0 && rot.groups.blocked[i] === 0) rot.freshLeft[p]!--;
    rot.met[i]!++;
  }
  for (let p = 0; p < rot.groups.G; p++) if (!seen[p]) rot.byes[p]!++;
}
