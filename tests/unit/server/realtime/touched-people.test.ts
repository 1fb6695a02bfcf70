import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mentee, Mentor } from '../../../../shared/schemas/people';
import type { RoundSeating } from '../../../../shared/schemas/schedule';
import type { Outcome } from '../../../../shared/event/domain-error';
import { runClockCommand } from '../../../../shared/event/rules/clock';
import { planSchedule } from '../../../../shared/event/rules/schedule';
import { createEventState, type EventState } from '../../../../shared/event/state';
import { meView } from '../../../../shared/event/views/me-view';
import { peopleTouched } from '../../../../server/realtime/touched-people';

const T0 = Date.UTC(2030, 0, 15, 18, 0);
/** When the pages are compared: in round 1 of a running event. */
const NOW = T0 + 1000;

/** The value of an accepted rule (these set-ups are all valid). */
function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}

/** A planned event: 6 mentors, 20 mentees at tables of 4, 5 rounds (some mentees sit out). */
function baseEvent(running: boolean): EventState {
  let s = createEventState(
    'ev',
    { name: 'Night', roundSeconds: 600, changeoverSeconds: 60, rounds: 5, tableCapacity: 3, breaks: [] },
    T0,
    7,
  );
  const mentors: Mentor[] = Array.from({ length: 6 }, (_, i) => ({
    id: `t${i}`,
    name: `Mentor ${i}`,
    table: `T${i + 1}`,
    topics: ['careers'],
    attendance: 'expected',
  }));
  const mentees: Mentee[] = Array.from({ length: 20 }, (_, i) => ({
    id: `e${i}`,
    name: `Mentee ${i}`,
    questions: [`Q of ${i}`],
    wishes: [],
    avoid: [],
    attendance: 'expected',
  }));
  s = value(planSchedule({ ...s, mentors, mentees }, T0));
  return running ? value(runClockCommand(s, { action: 'start' }, T0)) : s;
}

type Edit = (s: EventState, i: number) => EventState;
const at = <P>(list: P[], i: number, f: (p: P) => P) => list.map((p, k) => (k === i % list.length ? f(p) : p));
/** Edits an organizer or a mentee can make during an event, each touching one person (or the settings). */
const EDITS: Record<string, Edit> = {
  renameMentee: (s, i) => ({ ...s, mentees: at(s.mentees, i, (m) => ({ ...m, name: `${m.name}!` })) }),
  renameMentor: (s, i) => ({ ...s, mentors: at(s.mentors, i, (m) => ({ ...m, name: `${m.name}!` })) }),
  questions: (s, i) => ({ ...s, mentees: at(s.mentees, i, (m) => ({ ...m, questions: [...m.questions, 'And?'] })) }),
  topics: (s, i) => ({ ...s, mentors: at(s.mentors, i, (m) => ({ ...m, topics: ['design'] })) }),
  meetingUrl: (s, i) => ({
    ...s,
    mentors: at(s.mentors, i, (m) => ({ ...m, meetingUrl: `https://meet.example.org/${m.id}` })),
  }),
  table: (s, i) => ({ ...s, mentors: at(s.mentors, i, (m) => ({ ...m, table: `${m.table}b` })) }),
  checkInMentee: (s, i) => ({ ...s, mentees: at(s.mentees, i, (m) => ({ ...m, attendance: 'present' as const })) }),
  mentorAbsent: (s, i) => ({ ...s, mentors: at(s.mentors, i, (m) => ({ ...m, attendance: 'absent' as const })) }),
  removeMentee: (s, i) => ({ ...s, mentees: s.mentees.filter((_, k) => k !== i % s.mentees.length) }),
  removeMentor: (s, i) => ({ ...s, mentors: s.mentors.filter((_, k) => k !== i % s.mentors.length) }),
  addMentee: (s, i) => ({
    ...s,
    mentees: [
      ...s.mentees,
      { id: `new${i}`, name: `New ${i}`, questions: [], wishes: [], avoid: [], attendance: 'present' },
    ],
  }),
  addMentor: (s, i) => ({
    ...s,
    mentors: [
      ...s.mentors,
      { id: `newt${i}`, name: `New mentor ${i}`, table: `N${i}`, topics: [], attendance: 'present' },
    ],
  }),
  renameEvent: (s) => ({ ...s, settings: { ...s.settings, name: 'Renamed night' } }),
  roundLength: (s) => ({ ...s, settings: { ...s.settings, roundSeconds: 420 } }),
  unsetRounds: (s) => ({ ...s, settings: { ...s.settings, rounds: null } }),
  // Schedule changes: what applying a preview or replanning does to the seating.
  swapAtTables: (s, i) =>
    withRound(s, i, (r) => {
      const [a, b] = [r.tables[i % r.tables.length]!, r.tables[(i + 1) % r.tables.length]!];
      if (a === b || a.menteeIds.length === 0 || b.menteeIds.length === 0) return r;
      const tables = r.tables.map((t) =>
        t === a
          ? { ...t, menteeIds: [b.menteeIds[0]!, ...a.menteeIds.slice(1)] }
          : t === b
            ? { ...t, menteeIds: [a.menteeIds[0]!, ...b.menteeIds.slice(1)] }
            : t,
      );
      return { ...r, tables };
    }),
  sitOut: (s, i) =>
    withRound(s, i, (r) => {
      const t = r.tables[i % r.tables.length]!;
      if (t.menteeIds.length === 0) return r;
      return {
        ...r,
        tables: r.tables.map((x) => (x === t ? { ...x, menteeIds: x.menteeIds.slice(1) } : x)),
        byes: [...r.byes, t.menteeIds[0]!],
      };
    }),
  reorderTable: (s, i) =>
    withRound(s, i, (r) => ({
      ...r,
      tables: r.tables.map((t, k) => (k === i % r.tables.length ? { ...t, menteeIds: [...t.menteeIds].reverse() } : t)),
    })),
  replan: (s, i) => {
    const r = planSchedule(s, T0, 100 + i);
    return r.ok ? r.value : s; // refused (nothing left to replan): no change
  },
  dropLastRound: (s) =>
    s.schedule
      ? {
          ...s,
          schedule: { ...s.schedule, rounds: s.schedule.rounds.slice(0, -1) },
          scheduleVersion: s.scheduleVersion + 1,
        }
      : s,
};

/** The state with round `i` (of the schedule, modulo its length) changed by `f`, as a new schedule. */
function withRound(s: EventState, i: number, f: (r: RoundSeating) => RoundSeating): EventState {
  if (!s.schedule) return s;
  const k = i % s.schedule.rounds.length;
  const rounds = s.schedule.rounds.map((r, j) => (j === k ? f(r) : r));
  return { ...s, schedule: { ...s.schedule, rounds }, scheduleVersion: s.scheduleVersion + 1 };
}

/** Every person whose page differs, compared as the publisher compares them (clock and schedule version aside). */
function pagesThatChanged(prev: EventState, next: EventState): Set<string> {
  const before: EventState = { ...prev, clock: next.clock };
  const page = (s: EventState, id: string) => {
    const v = meView(s, id, NOW);
    return v === null ? 'null' : JSON.stringify({ ...v, clock: undefined, scheduleVersion: undefined });
  };
  const ids = new Set([...prev.mentors, ...prev.mentees, ...next.mentors, ...next.mentees].map((p) => p.id));
  return new Set([...ids].filter((id) => page(before, id) !== page(next, id)));
}

describe('peopleTouched', () => {
  it('includes everyone whose page changed (property: 1–4 edits of people, settings, seating; idle or running)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(40)), { minLength: 1, maxLength: 4 }),
        (running, edits) => {
          const prev = baseEvent(running);
          const next = edits.reduce((s, [name, i]) => EDITS[name]!(s, i), prev);
          const touched = peopleTouched(prev, next, NOW);
          const changed = pagesThatChanged(prev, next);
          if (touched !== null)
            for (const id of changed) expect(touched, `${id} after ${JSON.stringify(edits)}`).toContain(id);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('narrows a one-person edit to that person and their table-mates; a settings change means everyone', () => {
    const prev = baseEvent(true);
    const renamed = EDITS.renameMentee!(prev, 0);
    const touched = peopleTouched(prev, renamed, NOW)!;
    const changed = pagesThatChanged(prev, renamed);
    expect(changed.has('e0')).toBe(true);
    expect([...changed].every((id) => touched.has(id))).toBe(true);
    expect(touched.size).toBeLessThan(prev.mentors.length + prev.mentees.length);
    // A mentee's own questions: the mentors they meet see them; other mentees do not.
    expect(peopleTouched(prev, EDITS.questions!(prev, 3), NOW)!.has('e3')).toBe(true);
    // Nothing about people changed: nobody.
    expect(peopleTouched(prev, { ...prev, clock: { ...prev.clock } }, NOW)).toEqual(new Set());
    expect(peopleTouched(prev, EDITS.renameEvent!(prev, 0), NOW)).toBeNull();
    // The same seating in a new schedule object (a relabel): nobody; fewer rounds: everyone.
    expect(
      peopleTouched(
        prev,
        {
          ...prev,
          schedule: structuredClone(prev.schedule),
          scheduleVersion: prev.scheduleVersion + 1,
        },
        NOW,
      ),
    ).toEqual(new Set());
    expect(peopleTouched(prev, EDITS.dropLastRound!(prev, 0), NOW)).toBeNull();
    // One mentee sitting out in one round: them, their former table, nobody else.
    const sat = EDITS.sitOut!(prev, 2);
    const r = prev.schedule!.rounds[2]!;
    const table = r.tables[2 % r.tables.length]!;
    expect(peopleTouched(prev, sat, NOW)).toEqual(new Set([table.mentorId, ...table.menteeIds]));
  });

  it("narrows a mentee's question edit to them and the mentors at their table now and next", () => {
    const prev = baseEvent(true);
    const next = EDITS.questions!(prev, 3);
    const near = prev.schedule!.rounds.filter((r) => r.round <= 2);
    const mentors = near.flatMap((r) => r.tables.filter((t) => t.menteeIds.includes('e3')).map((t) => t.mentorId));
    expect(peopleTouched(prev, next, NOW)).toEqual(new Set(['e3', ...mentors]));
    expect(pagesThatChanged(prev, next)).toEqual(new Set(['e3', ...mentors]));
    // Before the start mentors already see round 1's (and 2's) questions: the same people.
    const idle = baseEvent(false);
    const idleNext = EDITS.questions!(idle, 3);
    expect(peopleTouched(idle, idleNext, NOW)).toEqual(pagesThatChanged(idle, idleNext));
    // After the end nobody's page shows a mentee's questions but their own.
    const ended = value(runClockCommand(prev, { action: 'end' }, NOW));
    expect(peopleTouched(ended, EDITS.questions!(ended, 3), NOW)).toEqual(new Set(['e3']));
    // Another field changed with the questions: table-mates again.
    const renamed = EDITS.renameMentee!(next, 3);
    expect(peopleTouched(prev, renamed, NOW)!.size).toBeGreaterThan(1 + mentors.length);
  });
});
