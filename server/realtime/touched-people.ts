import type { RoundSeating, Schedule } from '../../shared/schemas/schedule';
import type { EventState } from '../../shared/event/state';
import { clockOf, eventInfo } from '../../shared/event/views/event-info';
import { roundOfClock } from '../../shared/timeline';

/**
 * The people whose own page may differ between two states of an event, or null when anyone's
 * may. A page (me-view.ts) shows the event's settings, the person, and for each round the
 * table they sit at: its mentor's name, table and topics and the other people at it (a
 * mentor also sees their mentees' questions). So when the settings are the same, only these
 * can see anything new: the people who changed, whoever shares a table with one of them in
 * some round, and whoever sits somewhere else (or with someone else) in the new schedule.
 * The publisher builds and compares pages only for those: a check-in or a late arrival seated
 * during a live event of 2,400 people compares dozens of pages instead of all of them (about
 * 200 ms of event loop each time before this). A mentee's own question edit is narrower
 * still: table-mates see names only, so only the mentors at their table now and next (the
 * rounds whose questions a mentor's page shows) can see it.
 */
export function peopleTouched(prev: EventState, next: EventState, now: number): Set<string> | null {
  // Every page shows the event's settings, with the rounds resolved (they can follow the number of mentors).
  if (JSON.stringify(eventInfo(prev)) !== JSON.stringify(eventInfo(next))) return null;
  const touched = seatingChanges(prev.schedule, next.schedule);
  if (touched === null) return null;
  const changed = changedPeople(prev, next);
  for (const id of changed) touched.add(id);
  if (changed.size > 0) {
    const at = questionsOnly(prev, next, changed) ? roundOfClock(clockOf(next, now)) : undefined;
    for (const schedule of [prev.schedule, next.schedule]) {
      if (!schedule) continue;
      if (at === undefined) addTablemates(schedule, changed, touched);
      else if (at !== null) addMentorsNear(schedule, changed, [at, at + 1], touched);
    }
  }
  return touched;
}

/** Whether every changed person is a mentee who is in both states and changed nothing but their questions. */
function questionsOnly(prev: EventState, next: EventState, changed: Set<string>): boolean {
  if (prev.mentors !== next.mentors) return false;
  const before = new Map(prev.mentees.map((m) => [m.id, m]));
  const after = new Map(next.mentees.map((m) => [m.id, m]));
  const rest = (m: object) => JSON.stringify({ ...m, questions: undefined });
  for (const id of changed) {
    const [a, b] = [before.get(id), after.get(id)];
    if (!a || !b || rest(a) !== rest(b)) return false;
  }
  return true;
}

/** Add to `touched` the mentor of each table where one of `ids` sits in one of `rounds` of `schedule`. */
function addMentorsNear(schedule: Schedule, ids: Set<string>, rounds: number[], touched: Set<string>): void {
  for (const round of schedule.rounds) {
    if (!rounds.includes(round.round)) continue;
    for (const t of round.tables) if (t.menteeIds.some((id) => ids.has(id))) touched.add(t.mentorId);
  }
}

/** Ids of the people added, removed or changed (by identity: states share unchanged people). */
function changedPeople(prev: EventState, next: EventState): Set<string> {
  const changed = new Set<string>();
  const diff = <P extends { id: string }>(before: P[], after: P[]) => {
    if (before === after) return;
    const old = new Map(before.map((p) => [p.id, p]));
    for (const p of after) {
      if (old.get(p.id) !== p) changed.add(p.id);
      old.delete(p.id);
    }
    for (const gone of old.keys()) changed.add(gone);
  };
  diff(prev.mentors, next.mentors);
  diff(prev.mentees, next.mentees);
  return changed;
}

/**
 * Everyone at a table whose company differs between the two schedules, round by round, and
 * everyone whose sitting out differs; null when the rounds themselves differ (or a schedule
 * appears or goes), which changes everyone's page.
 */
function seatingChanges(a: Schedule | null, b: Schedule | null): Set<string> | null {
  const out = new Set<string>();
  if (a === b) return out;
  if (!a || !b || a.rounds.length !== b.rounds.length) return null;
  for (let i = 0; i < a.rounds.length; i++) {
    const ra = a.rounds[i]!;
    const rb = b.rounds[i]!;
    if (ra.round !== rb.round) return null;
    if (ra === rb) continue;
    const company = (r: RoundSeating) => new Map(r.tables.map((t) => [t.mentorId, t.menteeIds.join('\n')]));
    const [ca, cb] = [company(ra), company(rb)];
    for (const t of [...ra.tables, ...rb.tables]) {
      if (ca.get(t.mentorId) === cb.get(t.mentorId)) continue;
      out.add(t.mentorId);
      for (const id of t.menteeIds) out.add(id);
    }
    const [ba, bb] = [new Set(ra.byes), new Set(rb.byes)];
    for (const id of ba) if (!bb.has(id)) out.add(id);
    for (const id of bb) if (!ba.has(id)) out.add(id);
  }
  return out;
}

/** Add to `touched` everyone who shares a table with one of `ids` in some round of `schedule`. */
function addTablemates(schedule: Schedule, ids: Set<string>, touched: Set<string>): void {
  for (const round of schedule.rounds) {
    for (const t of round.tables) {
      if (ids.has(t.mentorId) || t.menteeIds.some((id) => ids.has(id))) {
        touched.add(t.mentorId);
        for (const id of t.menteeIds) touched.add(id);
      }
    }
  }
}
