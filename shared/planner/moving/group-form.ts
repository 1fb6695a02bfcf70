/**
 * Forming the groups: each mentee, in turn, takes the open table whose visitors (the mentors
 * whose tracks pass it) best match their wishes, avoiding tables an avoided mentor's track
 * passes. Wishes do not compete here: one visit serves every member who wished for that mentor,
 * so like-minded mentees gather. An avoid blocks the whole table, so a table where that mentor
 * is blocked already costs nothing more, and mentees who avoid the same mentor end up together
 * rather than cutting several tables off (which matters most when every mentor visits every table).
 */
import type { Model } from '../model';
import { type Cycle, onTrack } from './cycle';
import { type Groups, seat } from './group-state';
import { AVOID_ON_TRACK, SIZE_TIE, wishWeight } from './policy';

/** What forming needs: where the mentors' tracks run (rounds from..R−1) and each table's size limit. */
export interface FormContext {
  model: Model;
  groups: Groups;
  cycle: Cycle;
  offset: Int32Array;
  from: number;
  R: number;
  limit: Int32Array;
}

/** How well mentee x fits table p now (higher is better). */
export function fitScore(ctx: FormContext, x: number, p: number): number {
  const { model, groups, cycle, offset, from, R } = ctx;
  const row = p * groups.T;
  const passes = (m: number) => onTrack(cycle, offset[m]!, p, from, R);
  let s = -SIZE_TIE * groups.members[p]!.length;
  const w = model.wishes[x]!;
  for (let k = 0; k < Math.min(w.length, R - from); k++) {
    const m = w[k]!;
    if (groups.blocked[row + m] === 0 && passes(m)) s += wishWeight(k);
  }
  for (const a of model.avoidList[x]!) {
    if (groups.blocked[row + a] === 0 && passes(a)) s -= AVOID_ON_TRACK + groups.wishW[row + a]!;
  }
  return s;
}

/** Seat each mentee of `order` at its best open table (ties: lower index). */
export function formGroups(ctx: FormContext, order: readonly number[]): void {
  const { groups, limit } = ctx;
  for (const x of order) {
    let best = -1;
    let bestScore = -Infinity;
    for (let p = 0; p < groups.G; p++) {
      if (groups.members[p]!.length >= limit[p]!) continue;
      const s = fitScore(ctx, x, p);
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
    // Limits sum to the mentees to seat, so a table is always open; the guard keeps types honest.
    if (best >= 0) seat(groups, ctx.model, x, best, ctx.R);
  }
}

/**
 * The order mentees choose in: higher priority first, then those with avoids (their choice is
 * the most constrained), then those with wishes, then the rest; the seeded rank breaks ties.
 */
export function choosingOrder(model: Model, who: readonly number[], rank: Int32Array): number[] {
  const key = (x: number) => (model.avoidList[x]!.length > 0 ? 0 : model.wishes[x]!.length > 0 ? 1 : 2);
  const prio = (x: number) => model.priority?.[x] ?? 0;
  return [...who].sort((a, b) => prio(b) - prio(a) || key(a) - key(b) || rank[a]! - rank[b]!);
}
