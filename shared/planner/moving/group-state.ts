/**
 * The seated groups and what they mean for mentors: per table and mentor, how many members
 * block the mentor (an avoid, or the own-group rule; any one blocks the whole table, as the
 * mentor would sit with them) and what the members' wishes for that mentor are worth.
 */
import type { Model } from '../model';
import { wishWeight } from './policy';

/** Groups indexed 0..G−1 in rotation order; matrices are table-major (p·T + m). */
export interface Groups {
  G: number;
  T: number;
  members: number[][];
  /** Table of each mentee (−1: not seated). */
  tableOf: Int32Array;
  blocked: Int32Array;
  wishW: Float64Array;
}

/** Empty groups for the model's mentees. */
export function createGroups(model: Model, G: number): Groups {
  return {
    G,
    T: model.T,
    members: Array.from({ length: G }, () => []),
    tableOf: new Int32Array(model.M).fill(-1),
    blocked: new Int32Array(G * model.T),
    wishW: new Float64Array(G * model.T),
  };
}

/** Seat mentee x at table p; only the first `rounds` wishes count (nobody meets more mentors). */
export function seat(g: Groups, model: Model, x: number, p: number, rounds: number): void {
  g.members[p]!.push(x);
  g.tableOf[x] = p;
  const row = p * g.T;
  for (const m of model.avoidList[x]!) g.blocked[row + m]!++;
  const w = model.wishes[x]!;
  for (let k = 0; k < Math.min(w.length, rounds); k++) g.wishW[row + w[k]!]! += wishWeight(k);
}

/** Whether mentor m may visit table p (nobody there blocks them). */
export const allowed = (g: Groups, p: number, m: number): boolean => g.blocked[p * g.T + m] === 0;

/** Members sorted in input order (the order the schedule lists them in). */
export function sortMembers(g: Groups): void {
  for (const list of g.members) list.sort((a, b) => a - b);
}
