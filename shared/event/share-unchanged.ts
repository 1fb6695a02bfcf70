import type { EventState } from './state';

/** Same JSON, same value (the states come from JSON columns, so this is exact). */
const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** `next`'s list with every element equal to one of `prev` (by id) replaced by that one; `prev` itself if all are. */
function shareList<T extends { id: string }>(prev: readonly T[], next: readonly T[]): T[] {
  const before = new Map(prev.map((p) => [p.id, p]));
  let all = prev.length === next.length;
  const shared = next.map((p, i) => {
    const old = before.get(p.id);
    const keep = old !== undefined && sameJson(old, p);
    if (!keep || prev[i] !== old) all = false;
    return keep ? old : p;
  });
  return all ? (prev as T[]) : shared;
}

/** `next`'s feedback with each person's entry that did not change kept from `prev`. */
function shareRecord<V>(prev: Readonly<Record<string, V>>, next: Readonly<Record<string, V>>): Record<string, V> {
  const keys = Object.keys(next);
  let all = keys.length === Object.keys(prev).length;
  const out: Record<string, V> = {};
  for (const k of keys) {
    const keep = k in prev && sameJson(prev[k], next[k]);
    if (!keep) all = false;
    out[k] = keep ? prev[k]! : next[k]!;
  }
  return all ? (prev as Record<string, V>) : out;
}

/**
 * `next` (an event read back from the database after another process changed it) with every
 * part equal to `prev`'s replaced by `prev`'s own object. The pure rules share unchanged parts
 * between states, and the publisher and store find what changed by identity; a state read
 * afresh shares nothing, so without this every phone would be sent everything on every change
 * another process made. Pure; the answer is deep-equal to `next`.
 */
export function shareUnchanged(prev: EventState, next: EventState): EventState {
  const out = { ...next } as Record<keyof EventState, unknown>;
  for (const key of Object.keys(next) as (keyof EventState)[]) {
    const a = prev[key];
    const b = next[key];
    if (key === 'mentors' || key === 'mentees' || key === 'registrations')
      out[key] = shareList(a as { id: string }[], b as { id: string }[]);
    else if (key === 'feedback') out[key] = shareRecord(prev.feedback, next.feedback);
    else out[key] = sameJson(a, b) ? a : b;
  }
  const shared = out as unknown as EventState;
  return (Object.keys(next) as (keyof EventState)[]).every((k) => shared[k] === prev[k]) &&
    Object.keys(prev).length === Object.keys(next).length
    ? prev
    : shared;
}
