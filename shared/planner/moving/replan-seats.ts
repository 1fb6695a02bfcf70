/**
 * The seats after a replan: everyone seated keeps their table (their `table` field is not read
 * again), a mentee who left is gone, a newcomer with a fixed table sits there when it has a seat.
 * A table whose mentees all left is no longer visited. Other newcomers join a table with a free
 * seat later (replan.ts), and new tables are opened only for those who find none.
 */
import type { Model } from '../model';
import { createGroups, type Groups, seat } from './group-state';
import { compareLabels, fixedLabel, freshLabels } from './labels';
import type { MovingSchedule } from './types';

/** The tables of the replan and who still has to choose one. */
export interface ReplanSeats {
  labels: string[];
  groups: Groups;
  /** Newcomers to seat, in input order. */
  newcomers: number[];
  /** Tables opened by this replan (indices), which take only those who find no free seat. */
  opened: Set<number>;
}

/** Seat who is seated, and open the tables newcomers need. */
export function replanSeats(model: Model, previous: MovingSchedule, R: number): ReplanSeats {
  const { cap } = model;
  const index = new Map(model.mentees.map((x, i) => [x.id, i] as const));
  const was = new Map<number, string>();
  const used = new Set<string>();
  for (const t of previous.tables) {
    used.add(t.table);
    for (const id of t.menteeIds) {
      const x = index.get(id);
      if (x !== undefined) was.set(x, t.table);
    }
  }
  for (const r of previous.rounds) for (const v of r.tables) if (typeof v.table === 'string') used.add(v.table);
  const size = new Map<string, number>();
  for (const l of was.values()) size.set(l, (size.get(l) ?? 0) + 1);
  const place = new Map(was);
  const free: number[] = [];
  for (let x = 0; x < model.M; x++) {
    if (was.has(x)) continue;
    const l = fixedLabel((model.mentees[x] as { table?: string | null }).table);
    const n = l === null ? 0 : (size.get(l) ?? 0);
    // A fixed table not in use (new, or emptied) is opened; a full one is not joined.
    if (l !== null && n < cap) {
      size.set(l, n + 1);
      place.set(x, l);
    } else free.push(x);
  }
  let seats = 0;
  for (const n of size.values()) seats += Math.max(0, cap - n);
  const extra = Math.ceil(Math.max(0, free.length - seats) / cap);
  const fresh = freshLabels(new Set([...used, ...size.keys()]), extra);
  const labels = [...size.keys(), ...fresh].sort(compareLabels);
  const at = new Map(labels.map((l, p) => [l, p] as const));
  const groups = createGroups(model, labels.length);
  for (let x = 0; x < model.M; x++) {
    const l = place.get(x);
    if (l !== undefined) seat(groups, model, x, at.get(l)!, R);
  }
  const opened = new Set(fresh.map((l) => at.get(l)!));
  return { labels, groups, newcomers: free, opened };
}
