import type { Mentee, Mentor } from '../../shared/schemas/people';
import type { Registration } from '../../shared/schemas/registration';
import type { EventState } from '../../shared/event/state';
import { personJsonOf } from './person-json';
import { scheduleJsonOf } from './schedule-json';

/** Rows to put (insert or replace) and delete, by id. */
export interface RowWrites {
  puts: { id: string; json: string }[];
  deletes: string[];
}

/** The people rows that changed: new ones carry their role (the row's own column). */
export interface PeopleWrites {
  inserts: { id: string; role: 'mentor' | 'mentee'; json: string }[];
  updates: { id: string; json: string }[];
  deletes: string[];
}

/**
 * What one save writes, as text, found by comparing `prev` and `next` by identity (the pure
 * rules share every unchanged part between states). Undefined fields and null row sets are
 * unchanged. Any store (SQLite today) turns it into statements; the storage cap is checked on
 * it before anything is written (footprint.ts).
 */
export interface EventWrites {
  settings?: string;
  clock?: string;
  /** Whether the schedule, its version or the seed changed; then `schedule` (null: none) and `seed` are set. */
  scheduleChanged: boolean;
  schedule?: string | null;
  seed?: string;
  roundStarts?: string;
  planRules?: string;
  /** The sign-up settings (null: none). */
  registration?: string | null;
  people: PeopleWrites | null;
  feedback: RowWrites | null;
  registrations: RowWrites | null;
}

/** The feedback rows to write and delete from `prev` to `next`. */
function feedbackWrites(prev: EventState | null, next: EventState): RowWrites {
  const puts: RowWrites['puts'] = [];
  const before = prev?.feedback ?? {};
  for (const [id, f] of Object.entries(next.feedback)) if (before[id] !== f) puts.push({ id, json: JSON.stringify(f) });
  return { puts, deletes: Object.keys(before).filter((id) => !(id in next.feedback)) };
}

/** The sign-up rows to write and delete from `prev` to `next`. */
function registrationWrites(prev: EventState | null, next: EventState): RowWrites {
  const before = new Map<string, Registration>((prev?.registrations ?? []).map((r) => [r.id, r]));
  const puts: RowWrites['puts'] = [];
  for (const r of next.registrations) {
    if (before.get(r.id) !== r) puts.push({ id: r.id, json: JSON.stringify(r) });
    before.delete(r.id);
  }
  return { puts, deletes: [...before.keys()] };
}

/** The people rows to write from `prev` to `next`. */
function peopleWrites(prev: EventState | null, next: EventState): PeopleWrites {
  const before = new Map<string, Mentor | Mentee>();
  for (const p of [...(prev?.mentors ?? []), ...(prev?.mentees ?? [])]) before.set(p.id, p);
  const w: PeopleWrites = { inserts: [], updates: [], deletes: [] };
  const write = (p: Mentor | Mentee, role: 'mentor' | 'mentee') => {
    const old = before.get(p.id);
    before.delete(p.id);
    if (old === undefined) w.inserts.push({ id: p.id, role, json: personJsonOf(p) });
    else if (old !== p) w.updates.push({ id: p.id, json: personJsonOf(p) });
  };
  for (const m of next.mentors) write(m, 'mentor');
  for (const m of next.mentees) write(m, 'mentee');
  w.deletes = [...before.keys()];
  return w;
}

/** What to write to store `next` over `prev` (the whole event when `prev` is null). */
export function eventWrites(prev: EventState | null, next: EventState): EventWrites {
  const fresh = prev === null;
  const changed = (a: unknown, b: unknown) => fresh || a !== b;
  const scheduleChanged =
    fresh ||
    prev.schedule !== next.schedule ||
    prev.scheduleVersion !== next.scheduleVersion ||
    prev.seed !== next.seed;
  const w: EventWrites = {
    scheduleChanged,
    people:
      changed(prev?.mentors, next.mentors) || changed(prev?.mentees, next.mentees) ? peopleWrites(prev, next) : null,
    feedback: changed(prev?.feedback, next.feedback) ? feedbackWrites(prev, next) : null,
    registrations: changed(prev?.registrations, next.registrations) ? registrationWrites(prev, next) : null,
  };
  if (changed(prev?.settings, next.settings)) w.settings = JSON.stringify(next.settings);
  if (changed(prev?.clock, next.clock)) w.clock = JSON.stringify(next.clock);
  if (scheduleChanged) {
    w.schedule = next.schedule === null ? null : scheduleJsonOf(next.schedule);
    w.seed = JSON.stringify(next.seed);
  }
  if (changed(prev?.roundStarts, next.roundStarts)) w.roundStarts = JSON.stringify(next.roundStarts);
  if (changed(prev?.planRules, next.planRules)) w.planRules = JSON.stringify(next.planRules);
  if (changed(prev?.registration, next.registration))
    w.registration = next.registration === null ? null : JSON.stringify(next.registration);
  return w;
}

/** Whether only the clock moves (a phase boundary or a clock command): the cap then allows more. */
export function clockOnly(w: EventWrites): boolean {
  return (
    w.settings === undefined &&
    !w.scheduleChanged &&
    w.people === null &&
    w.feedback === null &&
    w.planRules === undefined &&
    w.registration === undefined &&
    w.registrations === null
  );
}
