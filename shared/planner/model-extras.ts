/**
 * The parts of the model the organizer's hand adds (issue 18): mentors by group, the groups kept
 * apart at tables, pairs met at earlier events, and priorities with the order they serve wishes.
 */
import { groupKey } from './groups';
import type { Model } from './model';
import type { MetBefore, PlanMentee, PlanMentor } from './types';

/** Mentor indices per group key. */
export function mentorsByGroup(mentors: PlanMentor[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  mentors.forEach((m, i) => {
    const g = groupKey(m.group);
    if (g !== null) (out.get(g) ?? out.set(g, []).get(g)!).push(i);
  });
  return out;
}

/** Group index per mentee for the table-mate passes, or null when no group has two mentees. */
export function apartGroups(mentees: PlanMentee[]): Int32Array | null {
  const index = new Map<string, number>();
  const size: number[] = [];
  const out = new Int32Array(mentees.length).fill(-1);
  mentees.forEach((x, i) => {
    const g = groupKey(x.group);
    if (g === null) return;
    const k = index.get(g) ?? index.set(g, index.size).get(g)!;
    size[k] = (size[k] ?? 0) + 1;
    out[i] = k;
  });
  return size.some((n) => n > 1) ? out : null;
}

/** Pairs met at earlier events as a matrix; pairs the mentee may not meet anyway are left out. */
export function historyOf(
  metBefore: readonly MetBefore[] | undefined,
  mentees: PlanMentee[],
  mentorIndex: Map<string, number>,
  avoid: Uint8Array,
  T: number,
): Uint8Array | null {
  if (!metBefore || metBefore.length === 0) return null;
  const menteeIndex = new Map(mentees.map((x, i) => [x.id, i] as const));
  const out = new Uint8Array(mentees.length * T);
  let any = false;
  for (const pair of metBefore) {
    const x = menteeIndex.get(pair?.menteeId);
    const m = mentorIndex.get(pair?.mentorId);
    if (x === undefined || m === undefined || avoid[x * T + m]) continue;
    out[x * T + m] = 1;
    any = true;
  }
  return any ? out : null;
}

/** A mentee's priority as the planner reads it: a whole number (anything else is 0, far ones clamped). */
export function menteePriority(x: { priority?: number }): number {
  const p = x.priority;
  return typeof p === 'number' && Number.isFinite(p) ? Math.max(-1e6, Math.min(1e6, Math.trunc(p))) : 0;
}

/** Priorities per mentee, or null when they are all equal. */
export function priorities(mentees: PlanMentee[]): Int32Array | null {
  const out = Int32Array.from(mentees, menteePriority);
  return out.some((p) => p !== out[0]) ? out : null;
}

/**
 * The order in which competing wishes are served: higher priority first, then `order` (the
 * seeded one). Without priorities it is `order` itself.
 */
export function wishOrder(model: Model, order: Int32Array): Int32Array {
  const p = model.priority;
  if (!p) return order;
  // Array sort is stable, so equal priorities keep the seeded order.
  return Int32Array.from(Array.from(order).sort((a, b) => p[b]! - p[a]!));
}

/** Meetings at earlier events as a `met` matrix for the whole-schedule passes, or undefined without any. */
export function historyMeetings(model: Model): Uint8Array | undefined {
  return model.history ? Uint8Array.from(model.history) : undefined;
}
