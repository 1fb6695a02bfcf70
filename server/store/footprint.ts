import type { EventWrites } from './event-writes';
import { bytesOf, type Footprint } from './storage-quota';

/** The sizes of an event's own columns after a save. */
type ColumnSizes = Pick<Footprint, 'settings' | 'clock' | 'schedule' | 'seed' | 'roundStarts' | 'planRules'>;

/** Sum of the per-row sizes of a map. */
const sum = (m: Map<string, number>) => {
  let n = 0;
  for (const b of m.values()) n += b;
  return n;
};

/** The total of a footprint measured part by part (what a store reads back from its rows). */
export function totalOf(fp: Omit<Footprint, 'total'>): number {
  return (
    fp.settings +
    fp.clock +
    fp.schedule +
    fp.seed +
    fp.roundStarts +
    fp.planRules +
    fp.log +
    sum(fp.people) +
    sum(fp.feedback) +
    sum(fp.registrations)
  );
}

/**
 * The event's stored size once `w` (and a clock history entry of `logBytes`) is written over
 * `fp`: computed before writing, so a save over the cap is refused having written nothing.
 */
export function sizeAfter(fp: Footprint, w: EventWrites, logBytes: number): { sizes: ColumnSizes; total: number } {
  const sizes: ColumnSizes = {
    settings: w.settings === undefined ? fp.settings : bytesOf(w.settings),
    clock: w.clock === undefined ? fp.clock : bytesOf(w.clock),
    schedule: w.scheduleChanged ? bytesOf(w.schedule ?? null) : fp.schedule,
    seed: w.seed === undefined ? fp.seed : bytesOf(w.seed),
    roundStarts: w.roundStarts === undefined ? fp.roundStarts : bytesOf(w.roundStarts),
    planRules: w.planRules === undefined ? fp.planRules : bytesOf(w.planRules),
  };
  let total = fp.total - fp.settings - fp.clock - fp.schedule - fp.seed - fp.roundStarts - fp.planRules + logBytes;
  total += sizes.settings + sizes.clock + sizes.schedule + sizes.seed + sizes.roundStarts + sizes.planRules;
  for (const p of w.people?.inserts ?? []) total += bytesOf(p.json);
  for (const p of w.people?.updates ?? []) total += bytesOf(p.json) - (fp.people.get(p.id) ?? 0);
  for (const id of w.people?.deletes ?? []) total -= fp.people.get(id) ?? 0;
  for (const f of w.feedback?.puts ?? []) total += bytesOf(f.json) - (fp.feedback.get(f.id) ?? 0);
  for (const id of w.feedback?.deletes ?? []) total -= fp.feedback.get(id) ?? 0;
  for (const r of w.registrations?.puts ?? []) total += bytesOf(r.json) - (fp.registrations.get(r.id) ?? 0);
  for (const id of w.registrations?.deletes ?? []) total -= fp.registrations.get(id) ?? 0;
  return { sizes, total };
}

/** Bring `fp` up to date with what a save wrote (its `sizeAfter` figures). */
export function noteWritten(
  fp: Footprint,
  w: EventWrites,
  after: { sizes: ColumnSizes; total: number },
  logBytes: number,
): void {
  Object.assign(fp, after.sizes, { total: after.total, log: fp.log + logBytes });
  for (const p of w.people?.inserts ?? []) fp.people.set(p.id, bytesOf(p.json));
  for (const p of w.people?.updates ?? []) fp.people.set(p.id, bytesOf(p.json));
  for (const id of w.people?.deletes ?? []) fp.people.delete(id);
  for (const f of w.feedback?.puts ?? []) fp.feedback.set(f.id, bytesOf(f.json));
  for (const id of w.feedback?.deletes ?? []) fp.feedback.delete(id);
  for (const r of w.registrations?.puts ?? []) fp.registrations.set(r.id, bytesOf(r.json));
  for (const id of w.registrations?.deletes ?? []) fp.registrations.delete(id);
}
