/**
 * The event the hand-edit tests edit: four mentors, five mentees, tables of two, three rounds,
 * and a schedule written out by hand so every case can say exactly who sits where.
 *
 *   mentors  p1 Grace Hopper (T1)   p2 Alan Kay (T2, Acme)   p3 Ada Lovelace (T3)   p4 Linus Torvalds (T4)
 *   mentees  p5 Zoë (avoids Alan Kay)   p6 Ana (wishes Grace Hopper)   p7 Bea (Acme)   p8 Cleo (Blue)   p9 Dan (Blue)
 *
 *   round 1  Grace [Ana]    Alan [Cleo]   Ada [Zoë]        Linus [Bea]    bye Dan
 *   round 2  Grace [Zoë]    Alan [Ana]    Ada [Bea, Dan]   Linus [Cleo]
 *   round 3  Grace [Cleo]   Alan [Dan]    Ada [Ana]        Linus [Zoë]    bye Bea
 */
import { apply } from '../../../../../shared/event/apply';
import type { CommandOf } from '../../../../../shared/event/commands';
import type { EventState } from '../../../../../shared/event/state';
import type { PlanEdit } from '../../../../../shared/schemas/plan-edits';
import type { PlanRules } from '../../../../../shared/schemas/plan-rules';
import type { Schedule } from '../../../../../shared/schemas/schedule';
import { cmd, deepFreeze, emptyEvent, makeEnv, must, T0, withPeople } from '../support';

export const [GRACE, ALAN, ADA, LINUS] = ['p1', 'p2', 'p3', 'p4'] as const;
export const [ZOE, ANA, BEA, CLEO, DAN] = ['p5', 'p6', 'p7', 'p8', 'p9'] as const;

/** The schedule version of the fixture (a few plans and edits in). */
export const VERSION = 3;

const table = (mentorId: string, ...menteeIds: string[]) => ({ mentorId, menteeIds });

/** The hand-written schedule (see the file comment). */
export const SCHEDULE: Schedule = {
  mentors: [
    { id: GRACE, name: 'Grace Hopper', table: 'T1' },
    { id: ALAN, name: 'Alan Kay', table: 'T2' },
    { id: ADA, name: 'Ada Lovelace', table: 'T3' },
    { id: LINUS, name: 'Linus Torvalds', table: 'T4' },
  ],
  mentees: [
    { id: ZOE, name: 'Zoë' },
    { id: ANA, name: 'Ana' },
    { id: BEA, name: 'Bea' },
    { id: CLEO, name: 'Cleo' },
    { id: DAN, name: 'Dan' },
  ],
  rounds: [
    { round: 1, tables: [table(GRACE, ANA), table(ALAN, CLEO), table(ADA, ZOE), table(LINUS, BEA)], byes: [DAN] },
    { round: 2, tables: [table(GRACE, ZOE), table(ALAN, ANA), table(ADA, BEA, DAN), table(LINUS, CLEO)], byes: [] },
    { round: 3, tables: [table(GRACE, CLEO), table(ALAN, DAN), table(ADA, ANA), table(LINUS, ZOE)], byes: [BEA] },
  ],
};

/** The people, before any plan. */
export function people(): EventState {
  return withPeople(emptyEvent({ rounds: 3, tableCapacity: 2 }), {
    mentors: [
      { name: 'Grace Hopper' },
      { name: 'Alan Kay', group: 'Acme' },
      { name: 'Ada Lovelace' },
      { name: 'Linus Torvalds' },
    ],
    mentees: [
      { name: 'Zoë', avoid: ['Alan Kay'] },
      { name: 'Ana', wishes: ['Grace Hopper'] },
      { name: 'Bea', group: 'Acme' },
      { name: 'Cleo', group: 'Blue' },
      { name: 'Dan', group: 'Blue' },
    ],
  });
}

/** The event with the hand-written schedule and, optionally, some rules (frozen). */
export function event(rules: Partial<PlanRules> = {}, base: EventState = people()): EventState {
  return deepFreeze({
    ...base,
    schedule: SCHEDULE,
    scheduleVersion: VERSION,
    planRules: { ...base.planRules, ...rules },
  });
}

/** The event started at T0 (its clock in round 1's meeting: round 2 is the first open one). */
export function started(rules: Partial<PlanRules> = {}): EventState {
  const s = event(rules);
  const r = must(s, cmd({ type: 'clock.command', command: { action: 'start' } }), T0);
  // The start keeps the hand-written schedule (it already holds for everyone).
  return deepFreeze({ ...r, schedule: SCHEDULE, scheduleVersion: VERSION });
}

/** One person marked absent (by hand: the schedule still seats them, as before a replan). */
export function absent(id: string, s: EventState = event()): EventState {
  const mark = <T extends { id: string }>(p: T) => (p.id === id ? { ...p, attendance: 'absent' as const } : p);
  return deepFreeze({ ...s, mentors: s.mentors.map(mark), mentees: s.mentees.map(mark) });
}

/** The schedule.edit command. */
export const editCmd = (edits: PlanEdit[], opts: { basedOn?: number; dryRun?: boolean } = {}) =>
  cmd({
    type: 'schedule.edit',
    body: { ...opts, basedOn: opts.basedOn ?? VERSION, edits },
  }) as CommandOf<'schedule.edit'>;

/** Apply edits to `state` (the event by default) at T0 + 1 s. */
export function edit(state: EventState, edits: PlanEdit[], opts: { basedOn?: number; dryRun?: boolean } = {}) {
  return apply<'schedule.edit'>(state, editCmd(edits, opts), T0 + 1_000, makeEnv());
}

/** Who sits where in a round: mentor id → mentee ids, and the byes. */
export function seats(s: Schedule, round: number): Record<string, string[]> {
  const r = s.rounds.find((x) => x.round === round)!;
  return { ...Object.fromEntries(r.tables.map((t) => [t.mentorId, t.menteeIds])), bye: r.byes };
}
