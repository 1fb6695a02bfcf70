/**
 * `apply` command by command: one table of accepted cases and one of refusals per command
 * type (per action for clock.command). Every input state is deep-frozen, so a rule that
 * writes to its input throws here; every refusal must carry no state and leave its input's
 * JSON as it was.
 */
import { describe, expect, it } from 'vitest';
import { apply, type Applied, type CommandResults } from '../../../../shared/event/apply';
import { eventCommandSchema, type EventCommand } from '../../../../shared/event/commands';
import type { DomainErrorCode } from '../../../../shared/event/domain-error';
import { pendingChanges } from '../../../../shared/attendance/pending';
import { propose } from '../../../../shared/event/rules/preview';
import { phasesOf, type EventState } from '../../../../shared/event/state';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile } from '../../../../shared/backup';
import type { Issue } from '../../../../shared/schemas/errors';
import type { PlanEdit } from '../../../../shared/schemas/plan-edits';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { RESET_FREE_MS, UNDO_WINDOW_MS } from '../../../../shared/timeline';
import {
  AFTER_END,
  CHANGEOVER_MS,
  IN_CHANGEOVER,
  IN_LAST_ROUND,
  ROUND_MS,
  SEED,
  T0,
  allMarked,
  cmd,
  deepFreeze,
  emptyEvent,
  endedUnstarted,
  fakeDigest,
  finished,
  idle,
  makeEnv,
  must,
  paused,
  planned,
  running,
  runningAt,
  withPeople,
} from './support';

/** When a case does not say: inside phase 0 of `running()`, after `paused()` and `finished()` were made. */
const NOW = T0 + 200_000;

type Accepted = Applied & { ok: true };
interface Success {
  name: string;
  state: () => EventState | null;
  command: EventCommand;
  now?: number;
  check: (r: Accepted, before: EventState | null) => void;
}
interface Refusal {
  name: string;
  state: () => EventState | null;
  command: EventCommand;
  now?: number;
  code: DomainErrorCode;
  message: string | RegExp;
  issues?: Issue[];
}

// ---------------------------------------------------------------------------------------------
// Fixtures beyond support.ts

const start = cmd({ type: 'clock.command', command: { action: 'start' } });
const clock = (command: Extract<EventCommand, { type: 'clock.command' }>['command'] | Record<string, unknown>) =>
  cmd({ type: 'clock.command', command } as Parameters<typeof cmd>[0]);
const SCHEDULE_ROUND_1 = () => planned().schedule!.rounds[0]!;
/** Running, then skipped into the changeover at NOW (clock version 2). */
const skipped = () => must(running(), clock({ action: 'skip', expectedPhase: 0 }), NOW);
/** Running, then ended at NOW (clock version 2). */
const ended = () => must(running(), clock({ action: 'end' }), NOW);

/** Who sat together at the first table of round `round`. */
const pairOf = (s: EventState, round: number) => {
  const t = s.schedule!.rounds[round - 1]!.tables.find((x) => x.menteeIds.length > 0)!;
  return { mentor: t.mentorId, mentee: t.menteeIds[0]! };
};
/** Feedback from that table's mentee (or mentor) on the other, on `running()`'s schedule. */
const give = (
  round: number,
  from: 'mentee' | 'mentor',
  body: { rating?: number | null; followUp?: boolean; note?: string },
  withId?: string,
) => {
  const { mentor, mentee } = pairOf(running(), round);
  const [personId, other] = from === 'mentee' ? [mentee, mentor] : [mentor, mentee];
  // 'the other mentor': the one at the other table that round.
  const elsewhere = mentor === 'p1' ? 'p2' : 'p1';
  const to = withId === 'the other mentor' ? elsewhere : (withId ?? other);
  return cmd({ type: 'feedback.give', personId, round, withId: to, ...body });
};

/** One mentor (Ann, p1) and one mentee (Cy, p2). */
const solo = () => withPeople(emptyEvent(), { mentors: [{ name: 'Ann' }], mentees: [{ name: 'Cy' }] });
/** 200 fixed rounds of tables of 50 and 300 mentees: beyond what the planner takes (3,000,200 > 3,000,000). */
const tooLarge = () =>
  withPeople(emptyEvent({ rounds: 200, tableCapacity: 50 }), {
    mentors: [{ name: 'Ann' }],
    mentees: Array.from({ length: 300 }, (_, i) => ({ name: `Mentee ${i}` })),
  });
const TOO_LARGE =
  /^cannot plan: the event is too large: 200 rounds × \(1 mentors \+ 300 mentees × 50 seats a table\) is 3,000,200/;
const NO_MENTOR_TO_PLAN = 'cannot plan: no mentors: add at least one mentor before planning';
/** Started, then every mentor marked absent during round 1: nothing can be replanned. */
const runningWithoutMentors = () => allMarked(running(), 'mentors', 'absent', T0 + 1_000);
/** A hand-built, inconsistent state: the clock in phase 5 of a 3-phase timeline (only reachable by a bug elsewhere). */
const beyondTimeline = () =>
  deepFreeze({
    ...running(),
    clock: { status: 'running' as const, version: 9, phaseIndex: 5, phaseEndsAt: T0 + 10 * ROUND_MS, startedAt: T0 },
  });
/** A hand-built state from before names were unique: two mentors named Ann (p1 and p9). */
const twoAnns = () => {
  const s = idle();
  return deepFreeze({ ...s, mentors: [...s.mentors, { ...s.mentors[0]!, id: 'p9', name: 'ann', table: 'T9' }] });
};
/** A hand-built state whose schedule has no rounds (the timeline then has no phase). */
const zeroRounds = () => deepFreeze({ ...idle(), schedule: { mentors: [], mentees: [], rounds: [] } });

/** A backup of `s` as `event.import` receives it (already verified: apply does not check the checksum). */
function backupOf(s: EventState, event: Record<string, unknown> = {}): BackupFile {
  return deepFreeze(
    backupFileSchema.parse({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: T0,
      event: { ...s, clockHistory: [], feedback: undefined, roundStarts: undefined, ...event },
      integrity: { algorithm: 'SHA-256', digest: '0'.repeat(64) },
    }),
  );
}
/** The exported event's people under the ids the import's env hands out (p1 → n1, …: same order). */
const renumbered = <T>(v: T): T => JSON.parse(JSON.stringify(v).replace(/"p(\d+)"/g, '"n$1"'));

/** The token a preview shows (what the console sends back with schedule.apply). */
const basedOn = (s: EventState, opts: { seed?: number | string; checkedInOnly?: boolean } = {}) => {
  const p = propose(s, opts, fakeDigest);
  if (!p.ok) throw new Error(p.error.message);
  return p.value.preview.basedOn;
};

/**
 * The schedule seats every mentor once a round, in table order, and every mentee once (table or
 * bye), within capacity.
 */
function expectRotation(schedule: Schedule, mentorIds: string[], menteeIds: string[], rounds: number, capacity = 1) {
  expect(schedule.mentors.map((m) => m.id)).toEqual(mentorIds);
  expect(schedule.mentees.map((m) => m.id)).toEqual(menteeIds);
  expect(schedule.rounds.map((r) => r.round)).toEqual(Array.from({ length: rounds }, (_, i) => i + 1));
  for (const r of schedule.rounds) {
    expect(r.tables.map((t) => t.mentorId)).toEqual(mentorIds);
    expect([...r.tables.flatMap((t) => t.menteeIds), ...r.byes].sort()).toEqual([...menteeIds].sort());
    for (const t of r.tables) expect(t.menteeIds.length).toBeLessThanOrEqual(capacity);
  }
}

/** Who each mentee meets, round by round: `{ p3: ['p1', 'p2'] }`. */
const meetings = (s: Schedule) => {
  const out: Record<string, string[]> = {};
  for (const r of s.rounds) {
    for (const t of r.tables) for (const id of t.menteeIds) out[id] = [...(out[id] ?? []), t.mentorId];
  }
  return out;
};

/** A schedule.edit on a state at schedule version 1 (planned() and running()). */
const editOf = (edits: PlanEdit[], opts: { basedOn?: number; dryRun?: boolean } = {}) =>
  cmd({ type: 'schedule.edit', body: { ...opts, basedOn: opts.basedOn ?? 1, edits } });
/** The mentor a mentee of planned() sits with in a round, and the other one. */
const mentorOf = (menteeId: string, round: number) =>
  planned().schedule!.rounds[round - 1]!.tables.find((t) => t.menteeIds.includes(menteeId))!.mentorId;
const otherMentor = (menteeId: string, round: number) => (mentorOf(menteeId, round) === 'p1' ? 'p2' : 'p1');
/** Why p3 cannot move to the other table of round 1 (tables of one seat). */
const FULL_TABLE = `${otherMentor('p3', 1) === 'p1' ? 'Ann' : 'Bo'}'s table is full in round 1 (1 seat)`;

const noEvent = (command: EventCommand): Refusal => ({
  name: 'there is no such event (null state)',
  state: () => null,
  command,
  code: 'not_found',
  message: 'no such event',
});

// ---------------------------------------------------------------------------------------------
// The tables

const CASES: Record<string, { ok: Success[]; refused: Refusal[] }> = {
  'event.create': {
    ok: [
      {
        name: 'a new idle event with the env seed, rounds unset and breaks sorted',
        state: () => null,
        command: cmd({
          type: 'event.create',
          eventId: 'ev9',
          settings: {
            name: 'Launch',
            roundSeconds: 300,
            changeoverSeconds: 30,
            rounds: 4,
            breaks: [
              { afterRound: 3, seconds: 90 },
              { afterRound: 1, seconds: 120 },
            ],
          },
        }),
        check: (r) => {
          expect(r.result).toBeNull();
          expect(r.clockLog).toBeUndefined();
          expect(r.state).toEqual({
            id: 'ev9',
            createdAt: NOW,
            settings: {
              name: 'Launch',
              roundSeconds: 300,
              changeoverSeconds: 30,
              rounds: 4,
              tableCapacity: 1,
              plannedStartAt: null,
              feedbackClosesAt: null,
              groups: null,
              breaks: [
                { afterRound: 1, seconds: 120 },
                { afterRound: 3, seconds: 90 },
              ],
            },
            mentors: [],
            mentees: [],
            schedule: null,
            scheduleVersion: 0,
            seed: 42,
            clock: { status: 'idle', version: 0 },
            feedback: {},
            roundStarts: {},
            planRules: { pins: [], lockedRounds: [], metBefore: [] },
            registration: null,
            registrations: [],
          });
        },
      },
      {
        name: 'rounds left unset stay null (one round per mentor)',
        state: () => null,
        command: cmd({
          type: 'event.create',
          eventId: 'ev9',
          settings: { name: 'X', roundSeconds: 60, changeoverSeconds: 5, plannedStartAt: T0 + 9 },
        }),
        check: (r) =>
          expect(r.state?.settings).toEqual({
            name: 'X',
            roundSeconds: 60,
            changeoverSeconds: 5,
            rounds: null,
            tableCapacity: 1,
            breaks: [],
            plannedStartAt: T0 + 9,
            feedbackClosesAt: null,
            groups: null,
          }),
      },
    ],
    refused: [
      {
        name: 'an event already exists under this id',
        state: idle,
        command: cmd({
          type: 'event.create',
          eventId: 'ev1',
          settings: { name: 'Again', roundSeconds: 60, changeoverSeconds: 5 },
        }),
        code: 'conflict',
        message: 'an event with this id already exists',
      },
    ],
  },

  'event.import': {
    ok: [
      {
        name: 'people under fresh ids, attendance back to expected, an idle clock, the schedule kept',
        state: () => null,
        command: cmd({
          type: 'event.import',
          eventId: 'ev9',
          backup: backupOf(must(running(), cmd({ type: 'attendance.set', personId: 'p3', status: 'present' }), T0 + 5)),
        }),
        check: (r) => {
          const source = running();
          expect(r.result).toEqual({ replanned: false });
          expect(r.state).toEqual({
            id: 'ev9',
            createdAt: NOW,
            settings: source.settings,
            mentors: [
              { id: 'n1', name: 'Ann', table: 'T1', topics: [], attendance: 'expected' },
              { id: 'n2', name: 'Bo', table: 'T2', topics: [], attendance: 'expected' },
            ],
            mentees: [
              { id: 'n3', name: 'Cy', questions: [], wishes: ['n2'], avoid: [], attendance: 'expected' },
              { id: 'n4', name: 'Di', questions: [], wishes: [], avoid: [], attendance: 'expected' },
            ],
            schedule: renumbered(source.schedule),
            scheduleVersion: 1,
            seed: SEED,
            clock: { status: 'idle', version: 0 },
            feedback: {},
            roundStarts: {},
            planRules: { pins: [], lockedRounds: [], metBefore: [] },
            registration: null,
            registrations: [],
          });
        },
      },
      {
        name: 'a schedule that no longer fits the people (Di removed) is planned again with the same seed',
        state: () => null,
        command: cmd({
          type: 'event.import',
          eventId: 'ev9',
          backup: backupOf(planned(), { mentees: [planned().mentees[0]] }),
        }),
        check: (r) => {
          expect(r.result).toEqual({ replanned: true });
          expect(r.state!.mentees.map((m) => [m.id, m.name])).toEqual([['n3', 'Cy']]);
          expectRotation(r.state!.schedule!, ['n1', 'n2'], ['n3'], 2);
          expect(r.state!.scheduleVersion).toBe(1);
          expect(r.state!.seed).toBe(SEED);
        },
      },
      {
        name: 'a schedule without mentors to plan it is left out',
        state: () => null,
        command: cmd({
          type: 'event.import',
          eventId: 'ev9',
          backup: backupOf(planned(), { mentors: [], mentees: [] }),
        }),
        check: (r) => {
          expect(r.result).toEqual({ replanned: false });
          expect(r.state).toMatchObject({ mentors: [], mentees: [], schedule: null, scheduleVersion: 0 });
        },
      },
      {
        name: 'a schedule that cannot be remade (too large to plan) is left out for the Plan tab',
        state: () => null,
        command: cmd({
          type: 'event.import',
          eventId: 'ev9',
          backup: backupOf(tooLarge(), { schedule: { mentors: [], mentees: [], rounds: [] } }),
        }),
        check: (r) => {
          expect(r.result).toEqual({ replanned: false });
          expect(r.state).toMatchObject({
            schedule: null,
            scheduleVersion: 0,
            settings: { rounds: 200, tableCapacity: 50 },
          });
          expect(r.state!.mentees).toHaveLength(300);
        },
      },
    ],
    refused: [
      {
        name: 'an event already exists under this id',
        state: idle,
        command: cmd({ type: 'event.import', eventId: 'ev1', backup: backupOf(planned()) }),
        code: 'conflict',
        message: 'an event with this id already exists',
      },
    ],
  },

  'event.delete': {
    ok: [
      {
        name: 'a running event is erased: no state',
        state: running,
        command: cmd({ type: 'event.delete' }),
        check: (r) => {
          expect(r.state).toBeNull();
          expect(r.result).toBeNull();
        },
      },
    ],
    refused: [noEvent(cmd({ type: 'event.delete' }))],
  },

  'settings.patch': {
    ok: [
      {
        name: 'before the start anything goes; people stay the same objects',
        state: idle,
        command: cmd({
          type: 'settings.patch',
          patch: { name: 'Late night', roundSeconds: 420, tableCapacity: 3, plannedStartAt: T0 },
        }),
        check: (r, before) => {
          expect(r.result).toBeNull();
          expect(r.state!.settings).toEqual({
            ...before!.settings,
            name: 'Late night',
            roundSeconds: 420,
            tableCapacity: 3,
            plannedStartAt: T0,
          });
          expect(r.state!.mentors).toBe(before!.mentors);
          expect(r.state!.schedule).toBeNull();
        },
      },
      {
        name: 'a planned event is replanned to the new round count (schedule version + 1)',
        state: planned,
        command: cmd({ type: 'settings.patch', patch: { rounds: 1 } }),
        check: (r) => {
          expect(r.state!.settings.rounds).toBe(1);
          expectRotation(r.state!.schedule!, ['p1', 'p2'], ['p3', 'p4'], 1);
          expect(r.state!.scheduleVersion).toBe(2);
        },
      },
      {
        name: 'breaks are stored in the order they happen',
        state: () => idle({ rounds: 4 }),
        command: cmd({
          type: 'settings.patch',
          patch: {
            breaks: [
              { afterRound: 3, seconds: 30 },
              { afterRound: 1, seconds: 90 },
            ],
          },
        }),
        check: (r) =>
          expect(r.state!.settings.breaks).toEqual([
            { afterRound: 1, seconds: 90 },
            { afterRound: 3, seconds: 30 },
          ]),
      },
      {
        name: 'while running: a later break and longer rounds; the clock stays as it was',
        state: running,
        command: cmd({
          type: 'settings.patch',
          patch: { breaks: [{ afterRound: 1, seconds: 300 }], roundSeconds: 900 },
        }),
        check: (r, before) => {
          expect(r.state!.clock).toEqual(before!.clock);
          expect(phasesOf(r.state!).map((p) => `${p.kind}${p.round}:${p.seconds}`)).toEqual([
            'meeting1:900',
            'break2:300',
            'meeting2:900',
          ]);
        },
      },
      {
        name: 'after the end, the name',
        state: finished,
        command: cmd({ type: 'settings.patch', patch: { name: 'Renamed' } }),
        check: (r, before) =>
          expect(r.state).toEqual({ ...before, settings: { ...before!.settings, name: 'Renamed' } }),
      },
    ],
    refused: [
      {
        name: 'after the end, anything but the name',
        state: finished,
        command: cmd({ type: 'settings.patch', patch: { name: 'x', roundSeconds: 60, rounds: 3 } }),
        code: 'conflict',
        message:
          'the event has ended; only its name, role names, language, time zone and when feedback closes can change' +
          ' (not roundSeconds, rounds)',
      },
      {
        name: 'fewer rounds than the round under way',
        state: () => runningAt(IN_LAST_ROUND),
        command: cmd({ type: 'settings.patch', patch: { rounds: 1 } }),
        now: IN_LAST_ROUND + 1_000,
        code: 'conflict',
        message: 'round 2 is under way: rounds must be at least 2',
      },
      {
        name: 'a break added where the changeover has begun (breaks rewriting the past)',
        state: () => runningAt(IN_CHANGEOVER),
        command: cmd({ type: 'settings.patch', patch: { breaks: [{ afterRound: 1, seconds: 300 }] } }),
        now: IN_CHANGEOVER + 1_000,
        code: 'conflict',
        message:
          'a break that has begun or passed cannot be added, removed or changed; use extend for the current phase',
      },
      {
        name: 'a break removed while it is on',
        state: () => runningAt(IN_CHANGEOVER, running(idle({ breaks: [{ afterRound: 1, seconds: 60 }] }))),
        command: cmd({ type: 'settings.patch', patch: { breaks: [] } }),
        now: IN_CHANGEOVER + 1_000,
        code: 'conflict',
        message:
          'a break that has begun or passed cannot be added, removed or changed; use extend for the current phase',
      },
      {
        name: 'phases that have begun would change (a clock beyond its timeline, hand-built)',
        state: beyondTimeline,
        command: cmd({ type: 'settings.patch', patch: { rounds: 4 } }),
        code: 'conflict',
        message: 'this change would rewrite phases that have already begun',
      },
      {
        name: 'two breaks after the same round',
        state: () => idle({ rounds: 3 }),
        command: cmd({
          type: 'settings.patch',
          patch: {
            breaks: [
              { afterRound: 1, seconds: 60 },
              { afterRound: 1, seconds: 90 },
            ],
          },
        }),
        code: 'invalid',
        message: 'invalid breaks',
        issues: [
          {
            path: 'breaks.1.afterRound',
            message: 'a break after round 1 is already set',
            code: 'breakTwice',
            params: { round: 1 },
          },
        ],
      },
      {
        name: 'a break after the last round',
        state: idle,
        command: cmd({ type: 'settings.patch', patch: { rounds: 2, breaks: [{ afterRound: 2, seconds: 60 }] } }),
        code: 'invalid',
        message: 'invalid breaks',
        issues: [
          {
            path: 'breaks.0.afterRound',
            message: 'must be before the last round (2)',
            code: 'breakAfterLast',
            params: { rounds: 2 },
          },
        ],
      },
      {
        name: 'fewer rounds leave an existing break last',
        state: () => idle({ rounds: 3, breaks: [{ afterRound: 2, seconds: 60 }] }),
        command: cmd({ type: 'settings.patch', patch: { rounds: 2 } }),
        code: 'invalid',
        message: 'invalid breaks',
        issues: [
          {
            path: 'breaks.0.afterRound',
            message: 'must be before the last round (2)',
            code: 'breakAfterLast',
            params: { rounds: 2 },
          },
        ],
      },
      {
        name: 'once started, a change the schedule cannot absorb (no mentor taking part)',
        state: runningWithoutMentors,
        command: cmd({ type: 'settings.patch', patch: { tableCapacity: 2 } }),
        code: 'conflict',
        message: NO_MENTOR_TO_PLAN,
      },
      noEvent(cmd({ type: 'settings.patch', patch: { name: 'x' } })),
    ],
  },

  'people.add': {
    ok: [
      {
        name: 'a mentor with the id from env and the table defaulted to T1',
        state: () => emptyEvent(),
        command: cmd({ type: 'people.add', people: { mentors: [{ name: 'Ann' }] } }),
        check: (r) => {
          const ann = { id: 'n1', name: 'Ann', table: 'T1', topics: [], attendance: 'expected' };
          expect(r.result).toEqual({ mentors: [ann], mentees: [] });
          expect(r.state!.mentors).toEqual([ann]);
          expect(r.state!.mentees).toEqual([]);
        },
      },
      {
        name: 'default tables skip the ones given in the batch; wishes and avoids by name (any case) become ids',
        state: () => emptyEvent(),
        command: cmd({
          type: 'people.add',
          people: {
            mentors: [
              { name: 'Ann', bio: 'Design', email: 'ann@example.org', topics: ['UX'] },
              { name: 'Bo', table: 'T1' },
            ],
            mentees: [{ name: 'Cy', wishes: ['bo'], avoid: [' ANN '], questions: ['How?'], email: 'cy@example.org' }],
          },
        }),
        check: (r) => {
          expect(r.result).toEqual({
            mentors: [
              {
                id: 'n1',
                name: 'Ann',
                table: 'T2',
                bio: 'Design',
                topics: ['UX'],
                email: 'ann@example.org',
                attendance: 'expected',
              },
              { id: 'n2', name: 'Bo', table: 'T1', topics: [], attendance: 'expected' },
            ],
            mentees: [
              {
                id: 'n3',
                name: 'Cy',
                questions: ['How?'],
                wishes: ['n2'],
                avoid: ['n1'],
                email: 'cy@example.org',
                attendance: 'expected',
              },
            ],
          });
          const res = r.result as { mentors: unknown[]; mentees: unknown[] };
          expect(r.state!.mentors).toEqual(res.mentors);
          expect(r.state!.mentees).toEqual(res.mentees);
        },
      },
      {
        name: 'next to existing mentors the next free table is T3; the others stay the same objects',
        state: idle,
        command: cmd({
          type: 'people.add',
          people: { mentors: [{ name: 'Eve' }], mentees: [{ name: 'Fay', wishes: ['Eve', 'Ann'] }] },
        }),
        check: (r, before) => {
          expect(r.state!.mentors.map((m) => [m.id, m.table])).toEqual([
            ['p1', 'T1'],
            ['p2', 'T2'],
            ['n1', 'T3'],
          ]);
          expect(r.state!.mentors[0]).toBe(before!.mentors[0]);
          expect(r.state!.mentees[1]).toBe(before!.mentees[1]);
          expect(r.state!.mentees[2]).toMatchObject({ id: 'n2', name: 'Fay', wishes: ['n1', 'p1'] });
        },
      },
      {
        name: 'with a schedule, it is replanned to seat the newcomer',
        state: planned,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve' }] } }),
        check: (r) => {
          expectRotation(r.state!.schedule!, ['p1', 'p2'], ['p3', 'p4', 'n1'], 2);
          expect(r.state!.scheduleVersion).toBe(2);
        },
      },
      {
        name: 'once started, a walk-in is recorded present and waits for a reviewed replan: nobody moves',
        state: running,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve' }] } }),
        check: (r, before) => {
          expect(r.state!.schedule).toBe(before!.schedule);
          expect(r.state!.scheduleVersion).toBe(before!.scheduleVersion);
          expect(r.result).toMatchObject({ mentees: [{ id: 'n1', name: 'Eve', attendance: 'present' }] });
          expect(pendingChanges(r.state!.schedule, r.state!, 2)).toEqual([
            { personId: 'n1', name: 'Eve', role: 'mentee', attendance: 'present', change: 'seat' },
          ]);
        },
      },
      {
        name: 'once started with no mentor taking part, a walk-in is still recorded (the preview says why)',
        state: runningWithoutMentors,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve' }] } }),
        check: (r, before) => {
          expect(r.state!.mentees.map((m) => m.id)).toEqual(['p3', 'p4', 'n1']);
          expect(r.state!.schedule).toBe(before!.schedule);
        },
      },
      {
        name: 'before the start, a change the planner cannot take drops the plan, not the change',
        state: () => allMarked(planned(), 'mentors', 'absent', T0 - 100),
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve' }] } }),
        check: (r, before) => {
          expect(r.state!.mentees.map((m) => m.id)).toEqual(['p3', 'p4', 'n1']);
          expect(r.state!.schedule).toBeNull();
          expect(r.state!.scheduleVersion).toBe(before!.scheduleVersion + 1);
        },
      },
      {
        name: 'in the last round nothing is left to replan: the schedule stays as it is',
        state: () => runningAt(IN_LAST_ROUND),
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve' }] } }),
        now: IN_LAST_ROUND + 1,
        check: (r, before) => {
          expect(r.state!.mentees.map((m) => m.id)).toEqual(['p3', 'p4', 'n1']);
          expect(r.state!.schedule).toBe(before!.schedule);
          expect(r.state!.scheduleVersion).toBe(before!.scheduleVersion);
        },
      },
    ],
    refused: [
      {
        name: 'a table already taken by another mentor (labels compared in any case)',
        state: idle,
        command: cmd({ type: 'people.add', people: { mentors: [{ name: 'Eve', table: 't1' }] } }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentors.0.table',
            message: 'table "t1" is already taken by Ann',
            code: 'tableTaken',
            params: { table: 't1', holder: 'Ann' },
          },
        ],
      },
      {
        name: 'a mentor of an existing name at their table: the name and the table refused',
        state: idle,
        command: cmd({ type: 'people.add', people: { mentors: [{ name: 'Ann', table: 'T1' }] } }),
        code: 'invalid',
        message: '2 problems with the people; nothing was added',
        issues: [
          {
            path: 'mentors.0.name',
            message: '"Ann" is already a mentor of this event',
            code: 'nameTaken',
            params: { name: 'Ann', role: 'mentor', holder: 'Ann' },
          },
          {
            path: 'mentors.0.table',
            message: 'table "T1" is already taken by Ann',
            code: 'tableTaken',
            params: { table: 'T1', holder: 'Ann' },
          },
        ],
      },
      {
        name: 'a mentor named like an existing one in another case; a wish for the name finds the existing one',
        state: idle,
        command: cmd({
          type: 'people.add',
          people: { mentors: [{ name: 'ann' }], mentees: [{ name: 'Eve', wishes: ['Ann'] }] },
        }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentors.0.name',
            message: '"ann" is already a mentor of this event, spelled "Ann"',
            code: 'nameTaken',
            params: { name: 'ann', role: 'mentor', holder: 'Ann' },
          },
        ],
      },
      {
        name: 'a mentee named like an existing one, accents and case aside',
        state: idle,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve' }, { name: 'DÍ' }] } }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentees.1.name',
            message: '"DÍ" is already a mentee of this event, spelled "Di"',
            code: 'nameTaken',
            params: { name: 'DÍ', role: 'mentee', holder: 'Di' },
          },
        ],
      },
      {
        name: 'one name twice in the batch ("Grace", "grace", NFD, a zero-width space, no accent)',
        state: idle,
        command: cmd({
          type: 'people.add',
          people: {
            mentors: [{ name: 'Grace' }, { name: 'Grace' }, { name: 'grace' }],
            mentees: [{ name: 'Zoë' }, { name: 'Zoe\u0308' }, { name: 'Zo\u200Bë' }, { name: 'Zoe' }],
          },
        }),
        code: 'invalid',
        message: '5 problems with the people; nothing was added',
        issues: [
          {
            path: 'mentors.1.name',
            message: '"Grace" is already a mentor at mentors.0',
            code: 'nameTaken',
            params: { name: 'Grace', role: 'mentor', holder: 'Grace' },
          },
          {
            path: 'mentors.2.name',
            message: '"grace" is already a mentor at mentors.0, spelled "Grace"',
            code: 'nameTaken',
            params: { name: 'grace', role: 'mentor', holder: 'Grace' },
          },
          // Stored NFC: the NFD spelling reads the same once normalised.
          {
            path: 'mentees.1.name',
            message: '"Zoë" is already a mentee at mentees.0',
            code: 'nameTaken',
            params: { name: 'Zoë', role: 'mentee', holder: 'Zoë' },
          },
          {
            path: 'mentees.2.name',
            message: '"Zo\\u200Bë" is already a mentee at mentees.0, spelled "Zoë"',
            code: 'nameTaken',
            params: { name: 'Zo\u200Bë', role: 'mentee', holder: 'Zoë' },
          },
          {
            path: 'mentees.3.name',
            message: '"Zoe" is already a mentee at mentees.0, spelled "Zoë"',
            code: 'nameTaken',
            params: { name: 'Zoe', role: 'mentee', holder: 'Zoë' },
          },
        ],
      },
      {
        name: 'two mentors of the batch at one table',
        state: () => emptyEvent(),
        command: cmd({
          type: 'people.add',
          people: {
            mentors: [
              { name: 'Ann', table: 'Window' },
              { name: 'Bo', table: 'window' },
            ],
          },
        }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentors.1.table',
            message: 'table "window" is already taken by Ann',
            code: 'tableTaken',
            params: { table: 'window', holder: 'Ann' },
          },
        ],
      },
      {
        name: 'a wish naming no mentor',
        state: idle,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve', wishes: ['Zed'] }] } }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentees.0.wishes.0',
            message: 'no mentor named "Zed"',
            code: 'noOneNamed',
            params: { name: 'Zed', role: 'mentor' },
          },
        ],
      },
      {
        name: 'an avoid naming no mentor',
        state: idle,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve', avoid: ['Ann', 'Zed'] }] } }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentees.0.avoid.1',
            message: 'no mentor named "Zed"',
            code: 'noOneNamed',
            params: { name: 'Zed', role: 'mentor' },
          },
        ],
      },
      {
        name: 'a wish naming two mentors (an event stored before names were unique)',
        state: twoAnns,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve', wishes: ['Ann'] }] } }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentees.0.wishes.0',
            message: '2 mentors are named "Ann"; rename one to tell them apart',
            code: 'nameShared',
            params: { name: 'Ann', count: 2 },
          },
        ],
      },
      {
        name: 'a mentor both wished and avoided',
        state: idle,
        command: cmd({ type: 'people.add', people: { mentees: [{ name: 'Eve', wishes: ['Bo'], avoid: ['bo'] }] } }),
        code: 'invalid',
        message: '1 problem with the people; nothing was added',
        issues: [
          {
            path: 'mentees.0.avoid',
            message: 'a mentor cannot be both wished for and avoided',
            code: 'wishedAndAvoided',
            params: { role: 'mentor' },
          },
        ],
      },
      {
        name: 'every problem listed at once',
        state: idle,
        command: cmd({
          type: 'people.add',
          people: {
            mentors: [{ name: 'Eve', table: 'T2' }],
            mentees: [{ name: 'Fay' }, { name: 'Gil', wishes: ['Zed'], avoid: ['Yan'] }],
          },
        }),
        code: 'invalid',
        message: '3 problems with the people; nothing was added',
        issues: [
          {
            path: 'mentors.0.table',
            message: 'table "T2" is already taken by Bo',
            code: 'tableTaken',
            params: { table: 'T2', holder: 'Bo' },
          },
          {
            path: 'mentees.1.wishes.0',
            message: 'no mentor named "Zed"',
            code: 'noOneNamed',
            params: { name: 'Zed', role: 'mentor' },
          },
          {
            path: 'mentees.1.avoid.0',
            message: 'no mentor named "Yan"',
            code: 'noOneNamed',
            params: { name: 'Yan', role: 'mentor' },
          },
        ],
      },
      noEvent(cmd({ type: 'people.add', people: { mentors: [{ name: 'Ann' }] } })),
    ],
  },

  'person.patch': {
    ok: [
      {
        name: 'a mentor renamed and moved: the schedule is relabelled, nobody reseated',
        state: planned,
        command: cmd({ type: 'person.patch', personId: 'p1', patch: { name: 'Annie', table: 'Window', bio: 'Hi' } }),
        check: (r, before) => {
          const annie = { id: 'p1', name: 'Annie', table: 'Window', bio: 'Hi', topics: [], attendance: 'expected' };
          expect(r.result).toEqual(annie);
          expect(r.state!.mentors).toEqual([annie, before!.mentors[1]]);
          expect(r.state!.schedule!.mentors[0]).toEqual({ id: 'p1', name: 'Annie', table: 'Window' });
          expect(r.state!.schedule!.rounds).toEqual(before!.schedule!.rounds);
          expect(r.state!.scheduleVersion).toBe(2);
        },
      },
      {
        name: 'a mentor keeps their own name in another case',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p1', patch: { name: 'ANN' } }),
        check: (r) => expect(r.result).toMatchObject({ id: 'p1', name: 'ANN' }),
      },
      {
        name: "a mentee may share a mentor's name (names are unique per role)",
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p3', patch: { name: 'Ann' } }),
        check: (r) => expect(r.result).toMatchObject({ id: 'p3', name: 'Ann' }),
      },
      {
        name: 'a mentor keeps their own table in another case',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p1', patch: { table: 't1' } }),
        check: (r) => expect(r.result).toMatchObject({ id: 'p1', table: 't1' }),
      },
      {
        name: 'a mentee: wishes and avoids by name become ids, other fields kept',
        state: idle,
        command: cmd({
          type: 'person.patch',
          personId: 'p3',
          patch: { wishes: ['ann'], avoid: ['Bo'], questions: ['Why?'] },
        }),
        check: (r, before) => {
          const cy = {
            id: 'p3',
            name: 'Cy',
            questions: ['Why?'],
            wishes: ['p1'],
            avoid: ['p2'],
            attendance: 'expected',
          };
          expect(r.result).toEqual(cy);
          expect(r.state!.mentees).toEqual([cy, before!.mentees[1]]);
        },
      },
      {
        name: 'a mentee patched without wishes keeps them',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p3', patch: { name: 'Cyd' } }),
        check: (r) =>
          expect(r.result).toEqual({
            id: 'p3',
            name: 'Cyd',
            questions: [],
            wishes: ['p2'],
            avoid: [],
            attendance: 'expected',
          }),
      },
    ],
    refused: [
      {
        name: 'an unknown person',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'zz', patch: { name: 'x' } }),
        code: 'not_found',
        message: 'no person "zz" in this event',
      },
      {
        name: 'a mentee field on a mentor',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p1', patch: { questions: ['q'] } }),
        code: 'invalid',
        message: 'a mentor has no questions',
        issues: [
          {
            path: 'questions',
            message: 'not a field of a mentor',
            code: 'notForRole',
            params: { role: 'mentor', field: 'questions' },
          },
        ],
      },
      {
        name: 'mentor fields on a mentee',
        state: idle,
        // (A mentee's `table` is their seat when mentors move, issue 17: topics stay mentor-only.)
        command: cmd({ type: 'person.patch', personId: 'p4', patch: { bio: 'x', topics: ['x'] } }),
        code: 'invalid',
        message: 'a mentee has no bio, topics',
        issues: [
          {
            path: 'bio',
            message: 'not a field of a mentee',
            code: 'notForRole',
            params: { role: 'mentee', field: 'bio' },
          },
          {
            path: 'topics',
            message: 'not a field of a mentee',
            code: 'notForRole',
            params: { role: 'mentee', field: 'topics' },
          },
        ],
      },
      {
        name: "a mentor renamed to another mentor's name",
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p1', patch: { name: 'bo' } }),
        code: 'invalid',
        message: '"bo" is already a mentor of this event, spelled "Bo"',
        issues: [
          {
            path: 'name',
            message: '"bo" is already a mentor of this event, spelled "Bo"',
            code: 'nameTaken',
            params: { name: 'bo', role: 'mentor', holder: 'Bo' },
          },
        ],
      },
      {
        name: "a mentee renamed to another mentee's name, invisible characters aside",
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p3', patch: { name: 'D\u200Bi' } }),
        code: 'invalid',
        message: '"D\\u200Bi" is already a mentee of this event, spelled "Di"',
        issues: [
          {
            path: 'name',
            message: '"D\\u200Bi" is already a mentee of this event, spelled "Di"',
            code: 'nameTaken',
            params: { name: 'D\u200Bi', role: 'mentee', holder: 'Di' },
          },
        ],
      },
      {
        name: "a mentor renamed and moved onto another mentor's name and table",
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p1', patch: { name: 'Bo', table: 'T2' } }),
        code: 'invalid',
        message: 'invalid mentor',
        issues: [
          {
            path: 'name',
            message: '"Bo" is already a mentor of this event',
            code: 'nameTaken',
            params: { name: 'Bo', role: 'mentor', holder: 'Bo' },
          },
          { path: 'table', message: 'already taken by Bo', code: 'tableTaken', params: { table: 'T2', holder: 'Bo' } },
        ],
      },
      {
        name: 'a mentee renamed to a taken name with a wish naming no mentor',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p4', patch: { name: 'cy', wishes: ['Zed'] } }),
        code: 'invalid',
        message: 'invalid mentee',
        issues: [
          {
            path: 'name',
            message: '"cy" is already a mentee of this event, spelled "Cy"',
            code: 'nameTaken',
            params: { name: 'cy', role: 'mentee', holder: 'Cy' },
          },
          {
            path: 'wishes.0',
            message: 'no mentor named "Zed"',
            code: 'noOneNamed',
            params: { name: 'Zed', role: 'mentor' },
          },
        ],
      },
      {
        name: 'a table already taken',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p1', patch: { table: 't2' } }),
        code: 'invalid',
        message: 'table "t2" is already taken by Bo',
        issues: [
          { path: 'table', message: 'already taken by Bo', code: 'tableTaken', params: { table: 't2', holder: 'Bo' } },
        ],
      },
      {
        name: 'a wish naming no mentor',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p3', patch: { wishes: ['Bo', 'Zed'] } }),
        code: 'invalid',
        message: 'invalid mentee',
        issues: [
          {
            path: 'wishes.1',
            message: 'no mentor named "Zed"',
            code: 'noOneNamed',
            params: { name: 'Zed', role: 'mentor' },
          },
        ],
      },
      {
        name: 'an avoid naming no mentor',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p3', patch: { avoid: ['Zed'] } }),
        code: 'invalid',
        message: 'invalid mentee',
        issues: [
          {
            path: 'avoid.0',
            message: 'no mentor named "Zed"',
            code: 'noOneNamed',
            params: { name: 'Zed', role: 'mentor' },
          },
        ],
      },
      {
        name: 'avoiding the mentor already wished for',
        state: idle,
        command: cmd({ type: 'person.patch', personId: 'p3', patch: { avoid: ['Bo'] } }),
        code: 'invalid',
        message: 'invalid mentee',
        issues: [
          {
            path: 'avoid',
            message: 'a mentor cannot be both wished for and avoided',
            code: 'wishedAndAvoided',
            params: { role: 'mentor' },
          },
        ],
      },
      {
        name: 'once started, a change the schedule cannot absorb (no mentor taking part)',
        state: runningWithoutMentors,
        command: cmd({ type: 'person.patch', personId: 'p3', patch: { wishes: [] } }),
        code: 'conflict',
        message: NO_MENTOR_TO_PLAN,
      },
      noEvent(cmd({ type: 'person.patch', personId: 'p1', patch: { name: 'x' } })),
    ],
  },

  'person.delete': {
    ok: [
      {
        name: 'a mentor leaves every wish and avoid; untouched mentees stay the same objects',
        state: () => must(idle(), cmd({ type: 'person.patch', personId: 'p4', patch: { avoid: ['Bo'] } }), T0 - 100),
        command: cmd({ type: 'person.delete', personId: 'p2' }),
        check: (r, before) => {
          expect(r.result).toBeNull();
          expect(r.state!.mentors).toEqual([before!.mentors[0]]);
          expect(r.state!.mentees.map((m) => [m.id, m.wishes, m.avoid])).toEqual([
            ['p3', [], []],
            ['p4', [], []],
          ]);
        },
      },
      {
        name: 'a mentee of a planned event: replanned without them',
        state: planned,
        command: cmd({ type: 'person.delete', personId: 'p4' }),
        check: (r) => {
          expect(r.state!.mentees.map((m) => m.id)).toEqual(['p3']);
          expectRotation(r.state!.schedule!, ['p1', 'p2'], ['p3'], 2);
          expect(r.state!.scheduleVersion).toBe(2);
        },
      },
      {
        name: 'a mentor of a planned event: one round per remaining mentor',
        state: planned,
        command: cmd({ type: 'person.delete', personId: 'p2' }),
        check: (r) => expectRotation(r.state!.schedule!, ['p1'], ['p3', 'p4'], 1, 2),
      },
      {
        name: 'after the start: rounds begun keep the person (and the lists name them); the rest is replanned',
        state: running,
        command: cmd({ type: 'person.delete', personId: 'p4' }),
        check: (r, before) => {
          const s = r.state!.schedule!;
          expect(s.mentees).toEqual(before!.schedule!.mentees);
          expect(s.rounds[0]).toEqual(before!.schedule!.rounds[0]);
          expect(s.rounds[1]!.tables.flatMap((t) => t.menteeIds)).toEqual(['p3']);
          expect(r.state!.mentees.map((m) => m.id)).toEqual(['p3']);
        },
      },
      {
        name: 'the last mentor before the start: the plan is dropped',
        state: () => must(solo(), cmd({ type: 'schedule.plan' }), T0 - 100),
        command: cmd({ type: 'person.delete', personId: 'p1' }),
        check: (r) => expect(r.state).toMatchObject({ mentors: [], schedule: null, scheduleVersion: 2 }),
      },
      {
        name: 'the last mentor after the end',
        state: () => must(running(solo()), cmd({ type: 'clock.command', command: { action: 'end' } }), T0 + 1),
        command: cmd({ type: 'person.delete', personId: 'p1' }),
        check: (r) => expect(r.state!.mentors).toEqual([]),
      },
    ],
    refused: [
      {
        name: 'an unknown person',
        state: idle,
        command: cmd({ type: 'person.delete', personId: 'zz' }),
        code: 'not_found',
        message: 'no person "zz" in this event',
      },
      {
        name: 'the last mentor of a running event',
        state: () => running(solo()),
        command: cmd({ type: 'person.delete', personId: 'p1' }),
        code: 'conflict',
        message: 'the last mentor of a running event cannot be removed; end the event first',
      },
      {
        name: 'the last mentor of a paused event',
        state: () => must(running(solo()), clock({ action: 'pause' }), T0 + 5),
        command: cmd({ type: 'person.delete', personId: 'p1' }),
        code: 'conflict',
        message: 'the last mentor of a running event cannot be removed; end the event first',
      },
      {
        name: 'once started, the last mentor taking part (the other marked absent)',
        state: () => must(running(), cmd({ type: 'attendance.set', personId: 'p1', status: 'absent' }), T0 + 5),
        command: cmd({ type: 'person.delete', personId: 'p2' }),
        code: 'conflict',
        message: NO_MENTOR_TO_PLAN,
      },
      noEvent(cmd({ type: 'person.delete', personId: 'p1' })),
    ],
  },

  'attendance.set': {
    ok: [
      {
        name: 'before any plan: the person, nothing pending',
        state: idle,
        command: cmd({ type: 'attendance.set', personId: 'p2', status: 'present' }),
        check: (r, before) => {
          const bo = { ...before!.mentors[1], attendance: 'present' };
          expect(r.result).toEqual({ person: bo, pending: [] });
          expect(r.state).toEqual({ ...before, mentors: [before!.mentors[0], bo] });
        },
      },
      {
        name: 'a running event: the seating waits for a reviewed replan (pending unseat)',
        state: running,
        command: cmd({ type: 'attendance.set', personId: 'p4', status: 'absent', expectedPhase: 0 }),
        check: (r, before) => {
          expect(r.result).toEqual({
            person: { ...before!.mentees[1], attendance: 'absent' },
            pending: [{ personId: 'p4', name: 'Di', role: 'mentee', attendance: 'absent', change: 'unseat' }],
          });
          expect(r.state!.schedule).toBe(before!.schedule);
          expect(r.state!.scheduleVersion).toBe(before!.scheduleVersion);
        },
      },
      {
        name: 'the status it already has: the very same state',
        state: running,
        command: cmd({ type: 'attendance.set', personId: 'p3', status: 'expected' }),
        check: (r, before) => expect(r.state).toBe(before),
      },
      // Every tap at the door can be taken back, also once started (the console's Undo).
      ...(
        [
          ['a check-in after the start: back to not yet', 'present', 'expected'],
          ['a no-show: expected after all', 'absent', 'expected'],
          ['someone who left: back in the room', 'left', 'present'],
        ] as const
      ).map(
        ([name, from, to]): Success => ({
          name,
          state: () => must(running(), cmd({ type: 'attendance.set', personId: 'p4', status: from }), T0 + 1_000),
          command: cmd({ type: 'attendance.set', personId: 'p4', status: to, expectedPhase: 0 }),
          check: (r) => {
            expect(r.result).toMatchObject({ person: { id: 'p4', attendance: to } });
            expect(r.state!.mentees[1]!.attendance).toBe(to);
          },
        }),
      ),
    ],
    refused: [
      {
        name: 'the event has ended',
        state: finished,
        command: cmd({ type: 'attendance.set', personId: 'p3', status: 'present' }),
        code: 'conflict',
        message: 'the event has ended; attendance can no longer change',
      },
      {
        name: 'a stale expectedPhase (the clock moved on to phase 1 by now)',
        state: running,
        command: cmd({ type: 'attendance.set', personId: 'p3', status: 'present', expectedPhase: 0 }),
        now: IN_CHANGEOVER + 1,
        code: 'conflict',
        message: 'the clock is no longer in phase 0 (now phase 1)',
      },
      {
        name: 'an expectedPhase before the start',
        state: idle,
        command: cmd({ type: 'attendance.set', personId: 'p3', status: 'present', expectedPhase: 0 }),
        code: 'conflict',
        message: 'the clock is no longer in phase 0 (now idle)',
      },
      {
        name: 'an unknown person',
        state: idle,
        command: cmd({ type: 'attendance.set', personId: 'zz', status: 'present' }),
        code: 'not_found',
        message: 'no person "zz" in this event',
      },
      noEvent(cmd({ type: 'attendance.set', personId: 'p3', status: 'present' })),
    ],
  },

  'attendance.check-in': {
    ok: [
      {
        name: 'a mentee before the start',
        state: idle,
        command: cmd({ type: 'attendance.check-in', personId: 'p3' }),
        check: (r, before) => {
          const cy = { ...before!.mentees[0], attendance: 'present' };
          expect(r.result).toEqual(cy);
          expect(r.state).toEqual({ ...before, mentees: [cy, before!.mentees[1]] });
        },
      },
      {
        name: 'a mentor before the start',
        state: planned,
        command: cmd({ type: 'attendance.check-in', personId: 'p1' }),
        check: (r, before) => {
          expect(r.result).toEqual({ ...before!.mentors[0], attendance: 'present' });
          expect(r.state!.schedule).toBe(before!.schedule);
        },
      },
    ],
    refused: [
      ...[
        ['running', running],
        ['paused', paused],
      ].map(
        ([name, state]): Refusal => ({
          name: `the event is ${name as string}`,
          state: state as () => EventState,
          command: cmd({ type: 'attendance.check-in', personId: 'p3' }),
          code: 'conflict',
          message: 'the event has started: check in with the organizer at the door',
        }),
      ),
      // After the end there is no door to send anyone to (attendance.set refuses too), started or not.
      ...[
        ['finished', finished],
        ['ended without a start', endedUnstarted],
      ].map(
        ([name, state]): Refusal => ({
          name: `the event is ${name as string}`,
          state: state as () => EventState,
          command: cmd({ type: 'attendance.check-in', personId: 'p3' }),
          code: 'conflict',
          message: 'the event has ended; check-in is closed',
        }),
      ),
      {
        name: 'an unknown person',
        state: idle,
        command: cmd({ type: 'attendance.check-in', personId: 'zz' }),
        code: 'not_found',
        message: 'no person "zz" in this event',
      },
      noEvent(cmd({ type: 'attendance.check-in', personId: 'p3' })),
    ],
  },

  'attendance.here-after-all': {
    ok: [
      {
        name: 'a mentee taken off the coming rounds as absent: present again, the seat left to the organizer',
        state: () =>
          must(
            must(running(), cmd({ type: 'attendance.set', personId: 'p3', status: 'absent' }), T0 + 1_000),
            cmd({ type: 'schedule.plan' }),
            T0 + 2_000,
          ),
        command: cmd({ type: 'attendance.here-after-all', personId: 'p3' }),
        check: (r, before) => {
          const cy = { ...before!.mentees[0], attendance: 'present' };
          expect(r.result).toEqual(cy);
          expect(r.state).toEqual({ ...before, mentees: [cy, before!.mentees[1]] });
          // No seat yet in round 2: that is the door change the organizer reviews and applies.
          const round2 = r.state!.schedule!.rounds[1]!;
          expect([...round2.byes, ...round2.tables.flatMap((t) => t.menteeIds)]).not.toContain('p3');
          expect(r.state!.scheduleVersion).toBe(before!.scheduleVersion);
        },
      },
      {
        name: 'a mentor marked gone while the clock is paused',
        state: () => must(paused(), cmd({ type: 'attendance.set', personId: 'p1', status: 'left' }), T0 + 200_000),
        command: cmd({ type: 'attendance.here-after-all', personId: 'p1' }),
        check: (r, before) => {
          expect(r.result).toEqual({ ...before!.mentors[0], attendance: 'present' });
          expect(r.state!.schedule).toBe(before!.schedule);
        },
      },
      {
        name: 'before the start, as a check-in',
        state: () => must(planned(), cmd({ type: 'attendance.set', personId: 'p4', status: 'absent' }), T0 - 500),
        command: cmd({ type: 'attendance.here-after-all', personId: 'p4' }),
        now: T0 - 100,
        check: (r) => expect(r.state!.mentees[1]!.attendance).toBe('present'),
      },
      {
        name: 'someone already present: the very same state',
        state: () => must(running(), cmd({ type: 'attendance.set', personId: 'p3', status: 'present' }), T0 + 1_000),
        command: cmd({ type: 'attendance.here-after-all', personId: 'p3' }),
        check: (r, before) => expect(r.state).toBe(before),
      },
    ],
    refused: [
      ...[
        ['finished', finished],
        ['ended without a start', endedUnstarted],
      ].map(
        ([name, state]): Refusal => ({
          name: `the event is ${name as string}`,
          state: state as () => EventState,
          command: cmd({ type: 'attendance.here-after-all', personId: 'p3' }),
          code: 'conflict',
          message: 'the event has ended; check-in is closed',
        }),
      ),
      {
        name: 'an unknown person',
        state: running,
        command: cmd({ type: 'attendance.here-after-all', personId: 'zz' }),
        code: 'not_found',
        message: 'no person "zz" in this event',
      },
      noEvent(cmd({ type: 'attendance.here-after-all', personId: 'p3' })),
    ],
  },

  'schedule.plan': {
    ok: [
      {
        name: 'the schedule planned: one round per mentor, version 1, the event seed',
        state: idle,
        command: cmd({ type: 'schedule.plan' }),
        check: (r) => {
          const s = r.state!.schedule!;
          expect(r.result).toBe(s);
          expectRotation(s, ['p1', 'p2'], ['p3', 'p4'], 2);
          expect(meetings(s)).toEqual({
            p3: expect.arrayContaining(['p1', 'p2']),
            p4: expect.arrayContaining(['p1', 'p2']),
          });
          expect(s).toMatchObject({ seed: SEED, settings: { rounds: 2, tableCapacity: 1 } });
          expect(r.state).toMatchObject({ scheduleVersion: 1, seed: SEED });
        },
      },
      {
        name: 'a new seed is kept as the event seed',
        state: planned,
        command: cmd({ type: 'schedule.plan', seed: 'shuffle-1' }),
        check: (r) => {
          expect(r.state!.seed).toBe('shuffle-1');
          expect(r.state!.schedule!.seed).toBe('shuffle-1');
          expect(r.state!.scheduleVersion).toBe(2);
        },
      },
      {
        name: 'planning again with nothing changed: the same schedule and version',
        state: planned,
        command: cmd({ type: 'schedule.plan' }),
        check: (r, before) => {
          expect(r.state).toBe(before);
          expect(r.result).toBe(before!.schedule);
        },
      },
      {
        name: 'after the start only the rounds not yet begun follow the door',
        state: () => must(running(), cmd({ type: 'attendance.set', personId: 'p4', status: 'absent' }), T0 + 5),
        command: cmd({ type: 'schedule.plan' }),
        check: (r) => {
          const s = r.state!.schedule!;
          expect(s.rounds[0]).toEqual(SCHEDULE_ROUND_1());
          expect(s.rounds[1]!.tables.flatMap((t) => t.menteeIds)).toEqual(['p3']);
          expect(r.state!.scheduleVersion).toBe(2);
        },
      },
    ],
    refused: [
      {
        name: 'the event has ended',
        state: finished,
        command: cmd({ type: 'schedule.plan' }),
        code: 'conflict',
        message: 'the event has ended; its schedule can no longer change',
      },
      {
        name: 'no mentor yet',
        state: () => withPeople(emptyEvent(), { mentees: [{ name: 'Cy' }] }),
        command: cmd({ type: 'schedule.plan' }),
        code: 'conflict',
        message: 'add at least one mentor before planning',
      },
      {
        name: 'every round has begun',
        state: () => runningAt(IN_LAST_ROUND),
        command: cmd({ type: 'schedule.plan' }),
        now: IN_LAST_ROUND + 1,
        code: 'conflict',
        message: 'every round has begun; nothing is left to replan',
      },
      {
        name: 'every mentor marked absent',
        state: () => allMarked(idle(), 'mentors', 'absent', T0 - 100),
        command: cmd({ type: 'schedule.plan' }),
        code: 'conflict',
        message: NO_MENTOR_TO_PLAN,
      },
      {
        name: 'an event too large for the planner',
        state: tooLarge,
        command: cmd({ type: 'schedule.plan' }),
        code: 'conflict',
        message: TOO_LARGE,
      },
      noEvent(cmd({ type: 'schedule.plan' })),
    ],
  },

  'schedule.apply': {
    ok: [
      {
        name: 'without basedOn (a script): the proposal committed as it stands',
        state: idle,
        command: cmd({ type: 'schedule.apply', body: {} }),
        check: (r) => {
          expect(r.result).toBe(r.state!.schedule);
          expectRotation(r.state!.schedule!, ['p1', 'p2'], ['p3', 'p4'], 2);
          expect(r.state!.scheduleVersion).toBe(1);
        },
      },
      {
        name: 'with the basedOn of its preview: committed',
        state: () => must(running(), cmd({ type: 'attendance.set', personId: 'p4', status: 'left' }), T0 + 5),
        command: cmd({
          type: 'schedule.apply',
          body: {
            basedOn: basedOn(must(running(), cmd({ type: 'attendance.set', personId: 'p4', status: 'left' }), T0 + 5)),
          },
        }),
        check: (r, before) => {
          const s = r.state!.schedule!;
          expect(s.rounds[0]).toEqual(before!.schedule!.rounds[0]);
          expect(s.rounds[1]!.tables.flatMap((t) => t.menteeIds)).toEqual(['p3']);
          expect(r.state!.scheduleVersion).toBe(2);
          expect(r.result).toBe(s);
        },
      },
      {
        name: 'checked-in people only, before the start: everyone still expected becomes absent',
        state: () =>
          must(
            must(idle(), cmd({ type: 'attendance.check-in', personId: 'p1' }), T0 - 100),
            cmd({ type: 'attendance.check-in', personId: 'p3' }),
            T0 - 100,
          ),
        command: cmd({ type: 'schedule.apply', body: { checkedInOnly: true, seed: 3 } }),
        check: (r) => {
          expect([...r.state!.mentors, ...r.state!.mentees].map((p) => `${p.id}:${p.attendance}`)).toEqual([
            'p1:present',
            'p2:absent',
            'p3:present',
            'p4:absent',
          ]);
          expectRotation(r.state!.schedule!, ['p1'], ['p3'], 1);
          expect(r.state!.seed).toBe(3);
        },
      },
    ],
    refused: [
      {
        name: 'the event has ended',
        state: finished,
        command: cmd({ type: 'schedule.apply', body: {} }),
        code: 'conflict',
        message: 'the event has ended; its schedule can no longer change',
      },
      {
        name: 'checked-in people only, once started',
        state: running,
        command: cmd({ type: 'schedule.apply', body: { checkedInOnly: true } }),
        code: 'conflict',
        message: '"plan with checked-in people only" is for before the start; once started, mark each no-show absent',
      },
      {
        name: 'no mentor yet',
        state: () => emptyEvent(),
        command: cmd({ type: 'schedule.apply', body: {} }),
        code: 'conflict',
        message: 'add at least one mentor before planning',
      },
      {
        name: 'no mentor taking part (nobody checked in)',
        state: idle,
        command: cmd({ type: 'schedule.apply', body: { checkedInOnly: true } }),
        code: 'conflict',
        message: 'no mentor is taking part: check in at least one mentor',
      },
      {
        name: 'every round has begun',
        state: () => runningAt(IN_LAST_ROUND),
        command: cmd({ type: 'schedule.apply', body: {} }),
        now: IN_LAST_ROUND + 1,
        code: 'conflict',
        message: 'every round has begun; nothing is left to replan',
      },
      {
        name: 'an event too large for the planner',
        state: tooLarge,
        command: cmd({ type: 'schedule.apply', body: {} }),
        code: 'conflict',
        message: TOO_LARGE,
      },
      {
        name: 'a stale basedOn: the clock moved on',
        state: running,
        command: cmd({ type: 'schedule.apply', body: { basedOn: basedOn(running()) } }),
        now: IN_CHANGEOVER + 1,
        code: 'conflict',
        message: 'stale preview: the clock moved on since the preview (phase 0 → phase 1); preview again',
      },
      {
        name: 'a stale basedOn: previewed before the start',
        state: running,
        command: cmd({ type: 'schedule.apply', body: { basedOn: basedOn(planned()) } }),
        code: 'conflict',
        message: 'stale preview: the clock moved on since the preview (before the start → phase 0); preview again',
      },
      {
        name: 'a stale basedOn: the schedule changed',
        state: planned,
        command: cmd({ type: 'schedule.apply', body: { basedOn: basedOn(idle()) } }),
        code: 'conflict',
        message: 'stale preview: the schedule changed since the preview (version 0 → 1); preview again',
      },
      {
        name: 'a stale basedOn: attendance changed',
        state: () => must(planned(), cmd({ type: 'attendance.set', personId: 'p4', status: 'absent' }), T0 - 100),
        command: cmd({ type: 'schedule.apply', body: { basedOn: basedOn(planned()) } }),
        code: 'conflict',
        message: 'stale preview: people or attendance changed since the preview; preview again',
      },
      noEvent(cmd({ type: 'schedule.apply', body: {} })),
    ],
  },

  'schedule.edit': {
    ok: [
      {
        name: 'a swap: saved, the version moves on, the answer is the schedule, its figures and costs',
        state: planned,
        command: editOf([{ op: 'swap', round: 1, a: 'p3', b: 'p4' }]),
        check: (r, before) => {
          const result = r.result as CommandResults['schedule.edit'];
          const [was, now] = [before!.schedule!.rounds[0]!, r.state!.schedule!.rounds[0]!];
          expect(now.tables.map((t) => t.menteeIds)).toEqual(was.tables.map((t) => t.menteeIds).reverse());
          expect(r.state!.schedule!.rounds[1]).toEqual(before!.schedule!.rounds[1]);
          expect(r.state!.scheduleVersion).toBe(2);
          expect(result).toEqual({
            schedule: r.state!.schedule,
            quality: expect.objectContaining({ rounds: 2, repeatMeetings: 2 }),
            version: 2,
            // Each now meets the same mentor in both rounds.
            costs: [
              expect.objectContaining({ edit: 0, kind: 'repeat' }),
              expect.objectContaining({ edit: 0, kind: 'repeat' }),
            ],
          });
        },
      },
      {
        name: 'a move to a bye',
        state: planned,
        command: editOf([{ op: 'move', round: 2, menteeId: 'p4', to: 'bye' }]),
        check: (r) => {
          expect(r.state!.schedule!.rounds[1]!.byes).toEqual(['p4']);
          expect((r.result as CommandResults['schedule.edit']).costs).toEqual([]);
        },
      },
      {
        name: 'a pin the schedule holds, a lock: the rules change, the schedule and its version stay',
        state: planned,
        command: editOf([
          { op: 'pin', menteeId: 'p3', mentorId: mentorOf('p3', 1), round: 1 },
          { op: 'lock-round', round: 2 },
        ]),
        check: (r, before) => {
          expect(r.state!.planRules).toEqual({
            ...before!.planRules,
            pins: [{ menteeId: 'p3', mentorId: mentorOf('p3', 1), round: 1 }],
            lockedRounds: [2],
          });
          expect(r.state!.schedule).toBe(before!.schedule);
          expect((r.result as CommandResults['schedule.edit']).version).toBe(1);
        },
      },
      {
        name: 'a dry run: the same answer, the very same state',
        state: planned,
        command: editOf([{ op: 'move', round: 2, menteeId: 'p3', to: 'bye' }], { dryRun: true }),
        check: (r, before) => {
          expect(r.state).toBe(before);
          const result = r.result as CommandResults['schedule.edit'];
          expect(result.version).toBe(1);
          expect(result.schedule.rounds[1]!.byes).toEqual(['p3']);
        },
      },
    ],
    refused: [
      {
        name: 'a stale basedOn',
        state: planned,
        command: editOf([{ op: 'lock-round', round: 1 }], { basedOn: 0 }),
        code: 'conflict',
        message: 'the plan changed since you loaded it (version 1 now): reload and edit again',
      },
      {
        name: 'a round that has begun',
        state: running,
        command: editOf([{ op: 'move', round: 1, menteeId: 'p3', to: 'bye' }]),
        code: 'conflict',
        message: 'edits.0: round 1 has begun: its seating can no longer change',
        issues: [{ path: 'edits.0', message: 'round 1 has begun: its seating can no longer change' }],
      },
      {
        name: 'a hard rule: one issue per refused edit',
        state: planned,
        command: editOf([
          { op: 'lock-round', round: 2 },
          { op: 'move', round: 1, menteeId: 'p3', to: otherMentor('p3', 1) },
        ]),
        code: 'invalid',
        message: `edits refused: edits.1: ${FULL_TABLE}`,
        issues: [{ path: 'edits.1', message: FULL_TABLE }],
      },
      {
        name: 'no plan yet',
        state: idle,
        command: editOf([{ op: 'lock-round', round: 1 }], { basedOn: 0 }),
        code: 'conflict',
        message: 'there is no plan yet: plan the schedule first',
      },
      {
        name: 'the event has ended',
        state: finished,
        command: editOf([{ op: 'lock-round', round: 1 }]),
        code: 'conflict',
        message: 'the event has ended; its schedule can no longer change',
      },
      noEvent(editOf([{ op: 'lock-round', round: 1 }])),
    ],
  },

  'questions.update': {
    ok: [
      {
        name: 'a mentee replaces their questions',
        state: idle,
        command: cmd({ type: 'questions.update', personId: 'p4', questions: ['What now?', 'And then?'] }),
        check: (r, before) => {
          expect(r.result).toEqual({ questions: ['What now?', 'And then?'] });
          expect(r.state).toEqual({
            ...before,
            mentees: [before!.mentees[0], { ...before!.mentees[1], questions: ['What now?', 'And then?'] }],
          });
          expect(r.state!.mentees[0]).toBe(before!.mentees[0]);
        },
      },
      {
        name: 'during the event, and to none',
        state: paused,
        command: cmd({ type: 'questions.update', personId: 'p3', questions: [] }),
        check: (r) => {
          expect(r.result).toEqual({ questions: [] });
          expect(r.state!.mentees[0]!.questions).toEqual([]);
        },
      },
    ],
    refused: [
      {
        name: 'the event has ended',
        state: finished,
        command: cmd({ type: 'questions.update', personId: 'p3', questions: ['q'] }),
        code: 'conflict',
        message: 'the event has ended; questions can no longer change',
      },
      {
        name: 'an unknown person',
        state: idle,
        command: cmd({ type: 'questions.update', personId: 'zz', questions: ['q'] }),
        code: 'not_found',
        message: 'no such mentee',
      },
      {
        name: 'a mentor',
        state: idle,
        command: cmd({ type: 'questions.update', personId: 'p1', questions: ['q'] }),
        code: 'not_found',
        message: 'no such mentee',
      },
      noEvent(cmd({ type: 'questions.update', personId: 'p3', questions: [] })),
    ],
  },

  'feedback.give': {
    ok: [
      {
        name: "a mentee's rating and private yes on their round-1 mentor; the answer is the entry, not mutual",
        state: running,
        command: give(1, 'mentee', { rating: 4, followUp: true }),
        check: (r, before) => {
          const { mentee, mentor } = pairOf(before!, 1);
          expect(r.result).toEqual({ feedback: { rating: 4, followUp: true, note: '' }, mutual: false });
          expect(r.state!.feedback[mentee]).toEqual({
            sharing: { share: 'none', contact: null },
            given: [{ round: 1, withId: mentor, rating: 4, followUp: true, note: '', at: NOW }],
          });
        },
      },
      {
        name: 'both said yes: mutual for the second one',
        state: () => must(running(), give(1, 'mentee', { followUp: true }), NOW),
        command: give(1, 'mentor', { followUp: true, note: 'Sharp questions' }),
        check: (r) =>
          expect(r.result).toEqual({
            feedback: { rating: null, followUp: true, note: 'Sharp questions' },
            mutual: true,
          }),
      },
      {
        name: 'the same tap twice changes nothing (the same state comes back)',
        state: () => must(running(), give(1, 'mentee', { rating: 5 }), NOW),
        command: give(1, 'mentee', { rating: 5 }),
        check: (r, before) => expect(r.state).toBe(before),
      },
      {
        name: 'a field left out keeps its value; rating null takes the rating back',
        state: () => must(running(), give(1, 'mentee', { rating: 5, note: 'Kind' }), NOW),
        command: give(1, 'mentee', { rating: null }),
        check: (r) =>
          expect(r.result).toEqual({ feedback: { rating: null, followUp: false, note: 'Kind' }, mutual: false }),
      },
      {
        name: 'after the end, within the week',
        state: () => must(running(), clock({ action: 'end' }), NOW),
        command: give(1, 'mentee', { rating: 3 }),
        now: NOW + 6 * 24 * 3600 * 1000,
        check: (r) => expect((r.result as { feedback: { rating: number } }).feedback.rating).toBe(3),
      },
    ],
    refused: [
      {
        name: 'a round that has not begun',
        state: running,
        command: give(2, 'mentee', { rating: 4 }),
        code: 'conflict',
        message: 'round 2 has not begun yet',
      },
      {
        name: 'someone they did not sit with',
        state: running,
        command: give(1, 'mentee', { rating: 4 }, 'the other mentor'),
        code: 'not_found',
        message: /^you did not sit with (Ann|Bo) in round 1$/,
      },
      {
        name: 'feedback closed 7 days after the end',
        state: () => must(running(), clock({ action: 'end' }), NOW),
        command: give(1, 'mentee', { rating: 3 }),
        now: NOW + 7 * 24 * 3600 * 1000 + 1,
        code: 'conflict',
        message: 'feedback for this event has closed',
      },
      {
        name: 'a person marked absent has no meetings',
        state: () => allMarked(running(), 'mentees', 'absent', T0 + 1_000),
        command: give(1, 'mentee', { rating: 3 }),
        code: 'not_found',
        message: 'you are marked as not here, so there are no meetings to give feedback on',
      },
      noEvent(cmd({ type: 'feedback.give', personId: 'p3', round: 1, withId: 'p1', rating: 1 })),
    ],
  },

  'sharing.set': {
    ok: [
      {
        name: 'a contact line to share',
        state: running,
        command: cmd({
          type: 'sharing.set',
          personId: 'p3',
          body: { share: 'contact', contact: ' linkedin.com/in/cy ' },
        }),
        check: (r) => {
          expect(r.result).toEqual({ sharing: { share: 'contact', contact: 'linkedin.com/in/cy' } });
          expect(r.state!.feedback.p3!.given).toEqual([]);
        },
      },
      {
        name: 'the e-mail of the import, when there is one',
        state: () => withPeople(emptyEvent(), { mentors: [{ name: 'Ann', email: 'ann@example.org' }] }),
        command: cmd({ type: 'sharing.set', personId: 'p1', body: { share: 'email' } }),
        check: (r) => expect(r.result).toEqual({ sharing: { share: 'email', contact: null } }),
      },
    ],
    refused: [
      {
        name: 'the e-mail when the event has none for them',
        state: idle,
        command: cmd({ type: 'sharing.set', personId: 'p3', body: { share: 'email' } }),
        code: 'invalid',
        message: 'there is no e-mail address for you in this event; share a contact line instead',
        issues: [{ path: 'share', message: 'no e-mail address on file' }],
      },
      {
        name: 'a person no longer in the event',
        state: idle,
        command: cmd({ type: 'sharing.set', personId: 'zz', body: { share: 'none' } }),
        code: 'not_found',
        message: 'this person was removed from the event',
      },
      noEvent(cmd({ type: 'sharing.set', personId: 'p3', body: { share: 'none' } })),
    ],
  },

  'feedback.erase': {
    ok: [
      {
        name: 'every entry and sharing choice is gone; the answer counts the entries',
        state: () =>
          must(must(running(), give(1, 'mentee', { followUp: true }), NOW), give(1, 'mentor', { rating: 2 }), NOW),
        command: cmd({ type: 'feedback.erase' }),
        check: (r) => {
          expect(r.result).toEqual({ erased: 2 });
          expect(r.state!.feedback).toEqual({});
        },
      },
    ],
    refused: [noEvent(cmd({ type: 'feedback.erase' }))],
  },

  'history.add': {
    ok: [
      {
        name: 'pairs met before join the plan rules, once each; the plan is made again with them',
        state: planned,
        command: cmd({
          type: 'history.add',
          pairs: [
            { menteeId: 'p3', mentorId: 'p1' },
            { menteeId: 'p3', mentorId: 'p1' },
          ],
        }),
        check: (r, before) => {
          expect(r.result).toEqual({ pairs: 1, added: 1 });
          expect(r.state!.planRules.metBefore).toEqual([{ menteeId: 'p3', mentorId: 'p1' }]);
          expect(r.state!.schedule).not.toBeNull();
          expect(before!.planRules.metBefore).toEqual([]);
        },
      },
    ],
    refused: [
      {
        name: 'more pairs than an event keeps',
        state: () => {
          const s = planned();
          const metBefore = Array.from({ length: 100_000 }, (_, i) => ({ menteeId: `x${i}`, mentorId: 'p1' }));
          return { ...s, planRules: { ...s.planRules, metBefore } };
        },
        command: cmd({ type: 'history.add', pairs: [{ menteeId: 'p4', mentorId: 'p2' }] }),
        code: 'conflict',
        message: /^an event keeps at most 100,000 pairs met before/,
      },
      noEvent(cmd({ type: 'history.add', pairs: [] })),
    ],
  },

  'history.clear': {
    ok: [
      {
        name: 'every pair met before is forgotten; the answer counts them',
        state: () => must(planned(), cmd({ type: 'history.add', pairs: [{ menteeId: 'p4', mentorId: 'p2' }] }), NOW),
        command: cmd({ type: 'history.clear' }),
        check: (r) => {
          expect(r.result).toEqual({ pairs: 0, removed: 1 });
          expect(r.state!.planRules.metBefore).toEqual([]);
        },
      },
    ],
    refused: [noEvent(cmd({ type: 'history.clear' }))],
  },

  'clock.command start': {
    ok: [
      {
        name: 'with no schedule yet: planned, then running in phase 0',
        state: idle,
        command: start,
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 1,
            phaseIndex: 0,
            phaseEndsAt: NOW + ROUND_MS,
            startedAt: NOW,
          });
          expectRotation(r.state!.schedule!, ['p1', 'p2'], ['p3', 'p4'], 2);
          expect(r.state!.scheduleVersion).toBe(1);
          expect(r.result).toEqual({
            status: 'running',
            version: 1,
            phaseIndex: 0,
            phaseEndsAt: NOW + ROUND_MS,
            startedAt: NOW,
            serverNow: NOW,
            rounds: 2,
            phaseCount: 3,
            phase: { index: 0, kind: 'meeting', round: 1 },
            remainingMs: ROUND_MS,
          });
          expect(r.clockLog).toEqual({ at: NOW, action: 'start', phaseIndex: null, version: 1 });
        },
      },
      {
        name: 'a planned event keeps its schedule; expectedPhase is ignored for a start',
        state: planned,
        command: clock({ action: 'start', expectedPhase: 3 }),
        check: (r, before) => {
          expect(r.state!.schedule).toBe(before!.schedule);
          expect(r.state!.clock).toMatchObject({ status: 'running', phaseIndex: 0 });
        },
      },
    ],
    refused: [
      {
        name: 'no mentor',
        state: () => emptyEvent(),
        command: start,
        code: 'conflict',
        message: 'add at least one mentor before starting',
      },
      {
        name: 'nobody to plan (every mentor absent)',
        state: () => allMarked(idle(), 'mentors', 'absent', T0 - 100),
        command: start,
        code: 'conflict',
        message: NO_MENTOR_TO_PLAN,
      },
      {
        name: 'already running',
        state: running,
        command: start,
        code: 'conflict',
        message: 'the event has already started',
      },
      {
        name: 'already paused',
        state: paused,
        command: start,
        code: 'conflict',
        message: 'the event has already started',
      },
      {
        name: 'already ended',
        state: finished,
        command: start,
        code: 'conflict',
        message: 'the event has already ended',
      },
      {
        name: 'no rounds to run (a schedule without rounds, hand-built)',
        state: zeroRounds,
        command: start,
        code: 'invalid',
        message: 'the event has no rounds to run',
      },
      noEvent(start),
    ],
  },

  'clock.command pause': {
    ok: [
      {
        name: 'running: paused with what is left of the phase',
        state: running,
        command: clock({ action: 'pause', expectedPhase: 0 }),
        check: (r) => {
          const left = ROUND_MS - (NOW - T0);
          expect(r.state!.clock).toEqual({
            status: 'paused',
            version: 2,
            phaseIndex: 0,
            remainingMs: left,
            startedAt: T0,
          });
          expect(r.result).toEqual({
            status: 'paused',
            version: 2,
            phaseIndex: 0,
            remainingMs: left,
            startedAt: T0,
            phaseEndsAt: null,
            serverNow: NOW,
            rounds: 2,
            phaseCount: 3,
            phase: { index: 0, kind: 'meeting', round: 1 },
          });
          expect(r.clockLog).toEqual({ at: NOW, action: 'pause', phaseIndex: 0, version: 2 });
        },
      },
      {
        name: 'after a boundary passed: paused in the phase the room is in (logged there)',
        state: running,
        command: clock({ action: 'pause' }),
        now: IN_CHANGEOVER + 10_000,
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'paused',
            version: 3,
            phaseIndex: 1,
            remainingMs: CHANGEOVER_MS - 10_000,
            startedAt: T0,
          });
          expect(r.clockLog).toEqual({ at: IN_CHANGEOVER + 10_000, action: 'pause', phaseIndex: 1, version: 3 });
        },
      },
    ],
    refused: [
      {
        name: 'idle',
        state: idle,
        command: clock({ action: 'pause' }),
        code: 'conflict',
        message: 'cannot pause: the clock is idle',
      },
      {
        name: 'already paused',
        state: paused,
        command: clock({ action: 'pause' }),
        code: 'conflict',
        message: 'cannot pause: the clock is paused',
      },
      {
        name: 'ended',
        state: finished,
        command: clock({ action: 'pause' }),
        code: 'conflict',
        message: 'cannot pause: the clock is finished',
      },
      {
        name: 'the last phase ran out by now',
        state: running,
        command: clock({ action: 'pause' }),
        now: AFTER_END,
        code: 'conflict',
        message: 'cannot pause: the clock is finished',
      },
      {
        name: 'a stale expectedPhase',
        state: running,
        command: clock({ action: 'pause', expectedPhase: 0 }),
        now: IN_CHANGEOVER,
        code: 'conflict',
        message: 'the clock is no longer in phase 0 (now phase 1)',
      },
      noEvent(clock({ action: 'pause' })),
    ],
  },

  'clock.command resume': {
    ok: [
      {
        name: 'paused: running again with the time that was left',
        state: paused,
        command: clock({ action: 'resume', expectedPhase: 0 }),
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 3,
            phaseIndex: 0,
            phaseEndsAt: NOW + 500_000,
            startedAt: T0,
          });
          expect(r.result).toMatchObject({
            status: 'running',
            phaseEndsAt: NOW + 500_000,
            remainingMs: 500_000,
            serverNow: NOW,
          });
          expect(r.clockLog).toEqual({ at: NOW, action: 'resume', phaseIndex: 0, version: 3 });
        },
      },
    ],
    refused: [
      {
        name: 'running',
        state: running,
        command: clock({ action: 'resume' }),
        code: 'conflict',
        message: 'cannot resume: the clock is running',
      },
      {
        name: 'idle',
        state: idle,
        command: clock({ action: 'resume' }),
        code: 'conflict',
        message: 'cannot resume: the clock is idle',
      },
      {
        name: 'ended',
        state: finished,
        command: clock({ action: 'resume' }),
        code: 'conflict',
        message: 'cannot resume: the clock is finished',
      },
      {
        name: 'a stale expectedPhase',
        state: paused,
        command: clock({ action: 'resume', expectedPhase: 1 }),
        code: 'conflict',
        message: 'the clock is no longer in phase 1 (now phase 0)',
      },
      noEvent(clock({ action: 'resume' })),
    ],
  },

  'clock.command extend': {
    ok: [
      {
        name: 'running: the phase ends 60 s later by default',
        state: running,
        command: clock({ action: 'extend' }),
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 2,
            phaseIndex: 0,
            phaseEndsAt: T0 + ROUND_MS + 60_000,
            startedAt: T0,
          });
          expect(r.result).toMatchObject({ remainingMs: T0 + ROUND_MS + 60_000 - NOW });
          expect(r.clockLog).toEqual({ at: NOW, action: 'extend', seconds: 60, phaseIndex: 0, version: 2 });
        },
      },
      {
        name: 'paused: more time left',
        state: paused,
        command: clock({ action: 'extend', seconds: 120, expectedPhase: 0 }),
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'paused',
            version: 3,
            phaseIndex: 0,
            remainingMs: 620_000,
            startedAt: T0,
          });
          expect(r.clockLog).toEqual({ at: NOW, action: 'extend', seconds: 120, phaseIndex: 0, version: 3 });
        },
      },
    ],
    refused: [
      {
        name: 'idle',
        state: idle,
        command: clock({ action: 'extend' }),
        code: 'conflict',
        message: 'cannot extend: the clock is idle',
      },
      {
        name: 'ended',
        state: finished,
        command: clock({ action: 'extend' }),
        code: 'conflict',
        message: 'cannot extend: the clock is finished',
      },
      {
        name: 'a stale expectedPhase',
        state: running,
        command: clock({ action: 'extend', expectedPhase: 0 }),
        now: IN_LAST_ROUND,
        code: 'conflict',
        message: 'the clock is no longer in phase 0 (now phase 2)',
      },
      noEvent(clock({ action: 'extend' })),
    ],
  },

  'clock.command skip': {
    ok: [
      {
        name: 'running: the next phase starts now',
        state: running,
        command: clock({ action: 'skip', expectedPhase: 0 }),
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 2,
            phaseIndex: 1,
            phaseEndsAt: NOW + CHANGEOVER_MS,
            startedAt: T0,
            // What an undo gives back: phase 0 with the time it had left.
            undo: {
              action: 'skip',
              at: NOW,
              before: { status: 'running', phaseIndex: 0, remainingMs: T0 + ROUND_MS - NOW, startedAt: T0 },
            },
          });
          expect(r.result).toMatchObject({
            phase: { index: 1, kind: 'changeover', round: 2 },
            remainingMs: CHANGEOVER_MS,
          });
          expect(r.result).not.toHaveProperty('undo');
          expect(r.clockLog).toEqual({ at: NOW, action: 'skip', phaseIndex: 0, version: 2 });
        },
      },
      {
        name: 'paused: the next phase, still paused, whole',
        state: paused,
        command: clock({ action: 'skip' }),
        check: (r) =>
          expect(r.state!.clock).toEqual({
            status: 'paused',
            version: 3,
            phaseIndex: 1,
            remainingMs: CHANGEOVER_MS,
            startedAt: T0,
            undo: {
              action: 'skip',
              at: NOW,
              before: { status: 'paused', phaseIndex: 0, remainingMs: 500_000, startedAt: T0 },
            },
          }),
      },
      {
        name: 'in the last phase: the event ends now',
        state: () => runningAt(IN_LAST_ROUND),
        command: clock({ action: 'skip' }),
        now: IN_LAST_ROUND + 1_000,
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'finished',
            version: 3,
            endedAt: IN_LAST_ROUND + 1_000,
            startedAt: T0,
            undo: {
              action: 'skip',
              at: IN_LAST_ROUND + 1_000,
              before: { status: 'running', phaseIndex: 2, remainingMs: ROUND_MS - 1_000, startedAt: T0 },
            },
          });
          expect(r.clockLog).toEqual({ at: IN_LAST_ROUND + 1_000, action: 'skip', phaseIndex: 2, version: 3 });
        },
      },
    ],
    refused: [
      {
        name: 'idle',
        state: idle,
        command: clock({ action: 'skip' }),
        code: 'conflict',
        message: 'cannot skip: the clock is idle',
      },
      {
        name: 'ended',
        state: finished,
        command: clock({ action: 'skip' }),
        code: 'conflict',
        message: 'cannot skip: the clock is finished',
      },
      {
        name: 'a double click (the first skip moved the clock on)',
        state: () => must(running(), clock({ action: 'skip', expectedPhase: 0 }), NOW),
        command: clock({ action: 'skip', expectedPhase: 0 }),
        code: 'conflict',
        message: 'the clock is no longer in phase 0 (now phase 1)',
      },
      noEvent(clock({ action: 'skip' })),
    ],
  },

  'clock.command end': {
    ok: [
      {
        name: 'running: finished now',
        state: running,
        command: clock({ action: 'end', expectedPhase: 0 }),
        check: (r, before) => {
          expect(r.state).toEqual({
            ...before,
            clock: {
              status: 'finished',
              version: 2,
              endedAt: NOW,
              startedAt: T0,
              undo: {
                action: 'end',
                at: NOW,
                before: { status: 'running', phaseIndex: 0, remainingMs: T0 + ROUND_MS - NOW, startedAt: T0 },
              },
            },
          });
          expect(r.result).toEqual({
            status: 'finished',
            version: 2,
            endedAt: NOW,
            startedAt: T0,
            phase: null,
            phaseEndsAt: null,
            serverNow: NOW,
            rounds: 2,
            phaseCount: 3,
            remainingMs: 0,
          });
          expect(r.clockLog).toEqual({ at: NOW, action: 'end', phaseIndex: 0, version: 2 });
        },
      },
      {
        name: 'idle: finished without a start',
        state: idle,
        command: clock({ action: 'end' }),
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'finished',
            version: 1,
            endedAt: NOW,
            startedAt: null,
            undo: { action: 'end', at: NOW, before: { status: 'idle' } },
          });
          expect(r.clockLog).toEqual({ at: NOW, action: 'end', phaseIndex: null, version: 1 });
        },
      },
    ],
    refused: [
      {
        name: 'already ended',
        state: finished,
        command: clock({ action: 'end' }),
        code: 'conflict',
        message: 'the event has already ended',
      },
      {
        name: 'already ended (without a start)',
        state: endedUnstarted,
        command: clock({ action: 'end' }),
        code: 'conflict',
        message: 'the event has already ended',
      },
      {
        name: 'an expectedPhase while idle',
        state: idle,
        command: clock({ action: 'end', expectedPhase: 0 }),
        code: 'conflict',
        message: 'the clock is no longer in phase 0 (now idle)',
      },
      noEvent(clock({ action: 'end' })),
    ],
  },

  'clock.undo': {
    ok: [
      {
        name: 'a skip, 3 s later: phase 0 again with the time it had left, nothing else changed',
        state: skipped,
        command: cmd({ type: 'clock.undo', version: 2 }),
        now: NOW + 3_000,
        check: (r, before) => {
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 3,
            phaseIndex: 0,
            phaseEndsAt: NOW + 3_000 + (T0 + ROUND_MS - NOW),
            startedAt: T0,
          });
          expect(r.state!.schedule).toBe(before!.schedule);
          expect(r.state!.mentees).toBe(before!.mentees);
          expect(r.result).toMatchObject({ status: 'running', phase: { index: 0 }, remainingMs: T0 + ROUND_MS - NOW });
          expect(r.clockLog).toEqual({ at: NOW + 3_000, action: 'undo', phaseIndex: 1, version: 3 });
        },
      },
      {
        name: 'an end, at the very edge of the 10 s: running again',
        state: ended,
        command: cmd({ type: 'clock.undo', version: 2 }),
        now: NOW + UNDO_WINDOW_MS,
        check: (r) => {
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 3,
            phaseIndex: 0,
            phaseEndsAt: NOW + UNDO_WINDOW_MS + (T0 + ROUND_MS - NOW),
            startedAt: T0,
          });
          expect(r.clockLog).toEqual({ at: NOW + UNDO_WINDOW_MS, action: 'undo', phaseIndex: null, version: 3 });
        },
      },
      {
        name: 'a skip while paused: paused again in phase 0, its time whole',
        state: () => must(paused(), clock({ action: 'skip' }), NOW),
        command: cmd({ type: 'clock.undo', version: 3 }),
        now: NOW + 1_000,
        check: (r) =>
          expect(r.state!.clock).toEqual({
            status: 'paused',
            version: 4,
            phaseIndex: 0,
            remainingMs: 500_000,
            startedAt: T0,
          }),
      },
      {
        name: 'a skip past the last phase: the last round runs again',
        state: () => must(runningAt(IN_LAST_ROUND), clock({ action: 'skip' }), IN_LAST_ROUND + 1_000),
        command: cmd({ type: 'clock.undo', version: 3 }),
        now: IN_LAST_ROUND + 5_000,
        check: (r) =>
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 4,
            phaseIndex: 2,
            phaseEndsAt: IN_LAST_ROUND + 5_000 + ROUND_MS - 1_000,
            startedAt: T0,
          }),
      },
      {
        name: 'an end before the start: idle again',
        state: () => must(idle(), clock({ action: 'end' }), NOW),
        command: cmd({ type: 'clock.undo', version: 1 }),
        now: NOW + 2_000,
        check: (r) => expect(r.state!.clock).toEqual({ status: 'idle', version: 2 }),
      },
    ],
    refused: [
      {
        name: 'too late: 10 s and a millisecond after the skip',
        state: skipped,
        command: cmd({ type: 'clock.undo', version: 2 }),
        now: NOW + UNDO_WINDOW_MS + 1,
        code: 'conflict',
        message: 'too late to undo the skip: it was 10.0 s ago (an undo works for 10 s)',
      },
      {
        name: 'something else happened since: a pause after the skip',
        state: () => must(skipped(), clock({ action: 'pause' }), NOW + 1_000),
        command: cmd({ type: 'clock.undo', version: 2 }),
        now: NOW + 2_000,
        code: 'conflict',
        message: 'cannot undo: the clock has changed since version 2 (it is at version 3 now)',
      },
      {
        name: 'a phase boundary passed since (a 5 s changeover)',
        state: () => must(running(idle({ changeoverSeconds: 5 })), clock({ action: 'skip' }), NOW),
        command: cmd({ type: 'clock.undo', version: 2 }),
        now: NOW + 6_000,
        code: 'conflict',
        message: 'cannot undo: the clock has changed since version 2 (it is at version 3 now)',
      },
      {
        name: 'the phase boundary also dropped what the skip replaced',
        state: () => must(running(idle({ changeoverSeconds: 5 })), clock({ action: 'skip' }), NOW),
        command: cmd({ type: 'clock.undo', version: 3 }),
        now: NOW + 6_000,
        code: 'conflict',
        message: 'cannot undo: the last change of the clock was not a skip or an end',
      },
      {
        name: 'a later clock command dropped it too (+1 min after the skip)',
        state: () => must(skipped(), clock({ action: 'extend' }), NOW + 1_000),
        command: cmd({ type: 'clock.undo', version: 3 }),
        now: NOW + 2_000,
        code: 'conflict',
        message: 'cannot undo: the last change of the clock was not a skip or an end',
      },
      {
        name: 'the last change was a pause',
        state: paused,
        command: cmd({ type: 'clock.undo', version: 2 }),
        code: 'conflict',
        message: 'cannot undo: the last change of the clock was not a skip or an end',
      },
      {
        name: 'a second undo (the first one is not undone in turn)',
        state: () => must(skipped(), cmd({ type: 'clock.undo', version: 2 }), NOW + 1_000),
        command: cmd({ type: 'clock.undo', version: 3 }),
        now: NOW + 2_000,
        code: 'conflict',
        message: 'cannot undo: the last change of the clock was not a skip or an end',
      },
      {
        name: 'never started',
        state: idle,
        command: cmd({ type: 'clock.undo', version: 0 }),
        code: 'conflict',
        message: 'cannot undo: the last change of the clock was not a skip or an end',
      },
      {
        name: 'the phase it would return to is gone (hand-built: the rounds shrank under it)',
        state: () =>
          deepFreeze({
            ...running(),
            clock: {
              status: 'finished' as const,
              version: 5,
              endedAt: NOW,
              startedAt: T0,
              undo: {
                action: 'end' as const,
                at: NOW,
                before: { status: 'running' as const, phaseIndex: 7, remainingMs: 1_000, startedAt: T0 },
              },
            },
          }),
        command: cmd({ type: 'clock.undo', version: 5 }),
        code: 'conflict',
        message: 'cannot undo: phase 7 is no longer in the timeline (the rounds changed)',
      },
      noEvent(cmd({ type: 'clock.undo', version: 1 })),
    ],
  },

  'clock.reset': {
    ok: [
      {
        name: 'a rehearsal 30 s in: idle again, people, check-ins and the plan kept',
        state: () => allMarked(running(), 'mentors', 'present', T0 + 10_000),
        command: cmd({ type: 'clock.reset' }),
        now: T0 + 30_000,
        check: (r, before) => {
          expect(r.state!.clock).toEqual({ status: 'idle', version: 2 });
          expect(r.state!.schedule).toBe(before!.schedule);
          expect(r.state!.mentors).toBe(before!.mentors);
          expect(r.state!.mentors.map((m) => m.attendance)).toEqual(['present', 'present']);
          expect(r.result).toMatchObject({ status: 'idle', phase: null, startedAt: null });
          expect(r.clockLog).toEqual({ at: T0 + 30_000, action: 'reset', phaseIndex: 0, version: 2 });
        },
      },
      {
        name: 'exactly a minute after the start: still free',
        state: running,
        command: cmd({ type: 'clock.reset' }),
        now: T0 + RESET_FREE_MS,
        check: (r) => expect(r.state!.clock).toEqual({ status: 'idle', version: 2 }),
      },
      {
        name: 'longer, with confirm',
        state: running,
        command: cmd({ type: 'clock.reset', confirm: true }),
        check: (r) => expect(r.state!.clock).toEqual({ status: 'idle', version: 2 }),
      },
      {
        name: 'a rehearsal ended after 1 s, reset minutes later (it ran for 1 s), its undo record gone',
        state: finished,
        command: cmd({ type: 'clock.reset' }),
        check: (r) => expect(r.state!.clock).toEqual({ status: 'idle', version: 3 }),
      },
      {
        name: 'ended without a start',
        state: endedUnstarted,
        command: cmd({ type: 'clock.reset' }),
        check: (r) => expect(r.state!.clock).toEqual({ status: 'idle', version: 2 }),
      },
    ],
    refused: [
      {
        name: 'idle: nothing to reset',
        state: idle,
        command: cmd({ type: 'clock.reset', confirm: true }),
        code: 'conflict',
        message: 'the clock has not started: there is nothing to reset',
      },
      {
        name: 'running for over a minute, without confirm',
        state: running,
        command: cmd({ type: 'clock.reset' }),
        code: 'conflict',
        message:
          'the clock has run for 3 minutes since the start: to reset it anyway (everyone\'s screens go back to "not ' +
          'started"), confirm it ("confirm": true)',
      },
      {
        name: 'a minute and a second, confirm: false',
        state: running,
        command: cmd({ type: 'clock.reset', confirm: false }),
        now: T0 + RESET_FREE_MS + 1_000,
        code: 'conflict',
        message: /^the clock has run for 61 seconds since the start/,
      },
      {
        name: 'paused after 100 s, 200 s after the start: pauses count',
        state: paused,
        command: cmd({ type: 'clock.reset' }),
        code: 'conflict',
        message: /^the clock has run for 3 minutes/,
      },
      noEvent(cmd({ type: 'clock.reset' })),
    ],
  },

  'clock.advance': {
    ok: [
      {
        name: 'a boundary passed: the next phase, ending its own length after the last one ended',
        state: running,
        command: cmd({ type: 'clock.advance' }),
        now: IN_CHANGEOVER + 5_000,
        check: (r, before) => {
          expect(r.result).toBeNull();
          expect(r.clockLog).toBeUndefined();
          expect(r.state).toEqual({
            ...before,
            clock: { status: 'running', version: 2, phaseIndex: 1, phaseEndsAt: IN_LAST_ROUND, startedAt: T0 },
          });
        },
      },
      {
        name: 'several boundaries at once (after downtime): one version step',
        state: running,
        command: cmd({ type: 'clock.advance' }),
        now: IN_LAST_ROUND + 5_000,
        check: (r) =>
          expect(r.state!.clock).toEqual({
            status: 'running',
            version: 2,
            phaseIndex: 2,
            phaseEndsAt: AFTER_END,
            startedAt: T0,
          }),
      },
      {
        name: 'past the last phase: finished, dated at its end',
        state: running,
        command: cmd({ type: 'clock.advance' }),
        now: AFTER_END + 60_000,
        check: (r) =>
          expect(r.state!.clock).toEqual({ status: 'finished', version: 2, endedAt: AFTER_END, startedAt: T0 }),
      },
      ...[
        ['nothing due yet', running],
        ['idle', idle],
        ['paused', paused],
      ].map(
        ([name, state]): Success => ({
          name: `${name as string}: the very same state`,
          state: state as () => EventState,
          command: cmd({ type: 'clock.advance' }),
          check: (r, before) => expect(r.state).toBe(before),
        }),
      ),
    ],
    refused: [noEvent(cmd({ type: 'clock.advance' }))],
  },
  'registration.set': {
    ok: [
      {
        name: 'the first opening makes code 1; a change keeps it',
        state: idle,
        command: cmd({ type: 'registration.set', body: { open: true, approval: 'manual', maxMentees: 5 } }),
        check: (r) => {
          expect(r.result).toMatchObject({
            newCode: true,
            registration: { open: true, codeVersion: 1, maxMentees: 5 },
          });
          const again = apply(r.state, cmd({ type: 'registration.set', body: { open: false } }), NOW, makeEnv());
          expect(again.ok && again.result).toMatchObject({
            newCode: false,
            registration: { open: false, codeVersion: 1, maxMentees: 5, approval: 'auto' },
          });
        },
      },
    ],
    refused: [
      noEvent(cmd({ type: 'registration.set', body: { open: true } })),
      {
        name: 'opening after the end',
        state: finished,
        command: cmd({ type: 'registration.set', body: { open: true } }),
        code: 'conflict',
        message: 'the event has ended; sign-up cannot open',
      },
    ],
  },
  'registration.revoke-code': {
    ok: [
      {
        name: 'the next code version',
        state: () => signupOpen(),
        command: cmd({ type: 'registration.revoke-code' }),
        check: (r) => expect(r.result).toMatchObject({ registration: { codeVersion: 2, open: true } }),
      },
    ],
    refused: [
      noEvent(cmd({ type: 'registration.revoke-code' })),
      {
        name: 'never opened',
        state: idle,
        command: cmd({ type: 'registration.revoke-code' }),
        code: 'conflict',
        message: 'sign-up has never been opened: there is no code to replace',
      },
    ],
  },
  'signup.submit': {
    ok: [
      {
        name: 'auto approval before a plan: the mentee is added, expected, with the wish',
        state: () => signupOpen(),
        command: signup({ name: 'Eve', wishes: ['p2'] }),
        check: (r) => {
          expect(r.result).toMatchObject({ status: 'registered', added: true, tokenFromThisCode: true });
          expect(r.state!.mentees.at(-1)).toMatchObject({ name: 'Eve', wishes: ['p2'], attendance: 'expected' });
          expect(r.state!.registrations).toHaveLength(1);
        },
      },
      {
        name: 'after the start: a walk-in, present, waiting for a reviewed replan (a door change)',
        state: () => signupOpen(running()),
        command: signup({ name: 'Eve' }),
        check: (r, before) => {
          const eve = r.state!.mentees.at(-1)!;
          expect(eve.attendance).toBe('present');
          expect(r.state!.schedule).toBe(before!.schedule);
          expect(pendingChanges(r.state!.schedule, r.state!, 2).map((p) => p.name)).toEqual(['Eve']);
        },
      },
    ],
    refused: [
      noEvent(signup({ name: 'Eve' })),
      {
        name: 'an old code version',
        state: () => signupOpen(),
        command: signup({ name: 'Eve' }, 2),
        code: 'forbidden',
        message: 'this sign-up link was replaced: ask the organizer for the new one',
      },
      {
        name: 'a name a mentee holds',
        state: () => signupOpen(),
        command: signup({ name: 'cy' }),
        code: 'invalid',
        message: /^name: /,
        issues: [
          {
            path: 'name',
            message: '"cy" is already a mentee of this event, spelled "Cy"',
            code: 'nameTaken',
            params: { name: 'cy', role: 'mentee', holder: 'Cy' },
          },
        ],
      },
    ],
  },
  'registration.decide': {
    ok: [
      {
        name: 'approve adds the person (organizer token: no tokenCode)',
        state: () => withPending(),
        command: cmd({ type: 'registration.decide', registrationId: 'r1', body: { action: 'approve' } }),
        check: (r) => {
          expect(r.result).toMatchObject({ registration: { status: 'registered', personId: 'n1' } });
          expect((r.result as CommandResults['registration.decide']).registration.tokenCode).toBeUndefined();
          expect(r.state!.mentees.map((m) => m.name)).toContain('Eve');
        },
      },
    ],
    refused: [
      noEvent(cmd({ type: 'registration.decide', registrationId: 'r1', body: { action: 'approve' } })),
      {
        name: 'an unknown sign-up',
        state: () => withPending(),
        command: cmd({ type: 'registration.decide', registrationId: 'zz', body: { action: 'refuse' } }),
        code: 'not_found',
        message: 'no sign-up "zz" in this event',
      },
    ],
  },
  'profile.update': {
    ok: [
      {
        name: 'bio, topics and a meeting link',
        state: idle,
        command: cmd({
          type: 'profile.update',
          personId: 'p1',
          body: { bio: 'Hi', topics: ['Go'], meetingUrl: 'https://meet.example/x' },
        }),
        check: (r) =>
          expect(r.state!.mentors[0]).toMatchObject({
            bio: 'Hi',
            topics: ['Go'],
            meetingUrl: 'https://meet.example/x',
          }),
      },
    ],
    refused: [
      noEvent(cmd({ type: 'profile.update', personId: 'p1', body: { bio: 'x' } })),
      {
        name: 'a mentee',
        state: idle,
        command: cmd({ type: 'profile.update', personId: 'p3', body: { bio: 'x' } }),
        code: 'not_found',
        message: 'no such mentor',
      },
    ],
  },
  'person.locale': {
    ok: [
      {
        name: "a mentee's and a mentor's own language; the same again changes nothing",
        state: idle,
        command: cmd({ type: 'person.locale', personId: 'p3', locale: 'ar' }),
        check: (r, before) => {
          expect(r.result).toEqual({ locale: 'ar' });
          expect(r.state!.mentees.find((m) => m.id === 'p3')!.locale).toBe('ar');
          expect(r.state!.mentors).toEqual(before!.mentors);
          const again = apply(r.state, cmd({ type: 'person.locale', personId: 'p3', locale: 'ar' }), NOW, makeEnv());
          expect(again.ok && again.state).toBe(r.state);
          const mentor = apply(r.state, cmd({ type: 'person.locale', personId: 'p1', locale: 'de' }), NOW, makeEnv());
          expect(mentor.ok && mentor.state!.mentors[0]!.locale).toBe('de');
        },
      },
    ],
    refused: [
      noEvent(cmd({ type: 'person.locale', personId: 'p1', locale: 'de' })),
      {
        name: 'someone no longer in the event',
        state: idle,
        command: cmd({ type: 'person.locale', personId: 'gone', locale: 'de' }),
        code: 'not_found',
        message: 'this person was removed from the event',
      },
    ],
  },
};

/** `base` with self sign-up open (auto approval unless told), code 1. */
function signupOpen(base: EventState = idle(), approval: 'auto' | 'manual' = 'auto'): EventState {
  return must(base, cmd({ type: 'registration.set', body: { open: true, approval } }), T0 - 2_000);
}

/** A sign-up through code `version`. */
function signup(body: Record<string, unknown>, version = 1): EventCommand {
  return cmd({ type: 'signup.submit', codeVersion: version, body: { consent: true, ...body } } as Parameters<
    typeof cmd
  >[0]);
}

/** Manual approval with Eve's sign-up r1 waiting. */
function withPending(): EventState {
  return must(signupOpen(idle(), 'manual'), signup({ name: 'Eve' }), T0 - 1_500, makeEnv('r'));
}

// ---------------------------------------------------------------------------------------------
// Running the tables

function run(state: EventState | null, command: EventCommand, now: number) {
  const json = JSON.stringify(state);
  const r = apply(deepFreeze(state), command, now, makeEnv());
  expect(JSON.stringify(state), 'the input state is unchanged').toBe(json);
  return r;
}

for (const [label, { ok, refused }] of Object.entries(CASES)) {
  describe(`apply ${label}`, () => {
    it.each(ok.map((c) => [c.name, c] as const))('accepts: %s', (_, { state, command, now, check }) => {
      const before = state();
      const r = run(before, command, now ?? NOW);
      if (!r.ok) expect.fail(`refused: ${r.error.code} ${r.error.message}`);
      expect(r.ok).toBe(true);
      check(r, before);
    });

    it.each(refused.map((c) => [c.name, c] as const))(
      'refuses: %s',
      (_, { state, command, now, code, message, issues }) => {
        const r = run(state(), command, now ?? NOW);
        expect(r.ok).toBe(false);
        expect('state' in r, 'a refusal carries no state').toBe(false);
        if (r.ok) return;
        expect(r.error.code).toBe(code);
        if (typeof message === 'string') expect(r.error.message).toBe(message);
        else expect(r.error.message).toMatch(message);
        expect(r.error.issues).toEqual(issues);
      },
    );
  });
}

describe('the tables', () => {
  it('cover every command type and every clock action, each with a success and a refusal', () => {
    const types = eventCommandSchema.options.map((o) => o.shape.type.value);
    const labels = Object.keys(CASES);
    for (const t of types)
      expect(
        labels.some((l) => l === t || l.startsWith(`${t} `)),
        t,
      ).toBe(true);
    expect(labels.filter((l) => l.startsWith('clock.command ')).map((l) => l.split(' ')[1])).toEqual([
      'start',
      'pause',
      'resume',
      'extend',
      'skip',
      'end',
    ]);
    for (const [label, c] of Object.entries(CASES)) {
      expect(c.ok.length, label).toBeGreaterThan(0);
      expect(c.refused.length, label).toBeGreaterThan(0);
      for (const x of [...c.ok, ...c.refused]) expect(x.command.type, `${label}: ${x.name}`).toBe(label.split(' ')[0]);
    }
  });

  it('refuse null state for every command but the two that create', () => {
    const types = eventCommandSchema.options
      .map((o) => o.shape.type.value)
      .filter((t) => t !== 'event.create' && t !== 'event.import');
    const withNull = new Set(
      Object.values(CASES).flatMap((c) =>
        c.refused.filter((x) => x.name.startsWith('there is no such event')).map((x) => x.command.type),
      ),
    );
    expect([...withNull].sort()).toEqual([...types].sort());
  });
});

describe('apply, across commands', () => {
  it('brings the clock to now before the command: an extend sent in phase 1 (never advanced) extends phase 1', () => {
    const r = run(running(), clock({ action: 'extend', expectedPhase: 1 }), IN_CHANGEOVER + 1);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.state!.clock).toEqual({
        status: 'running',
        version: 3,
        phaseIndex: 1,
        phaseEndsAt: IN_LAST_ROUND + 60_000,
        startedAt: T0,
      });
  });

  it('takes person ids from env, in order, one per person', () => {
    const env = makeEnv('q');
    const r = apply(
      idle(),
      cmd({ type: 'people.add', people: { mentors: [{ name: 'Eve' }], mentees: [{ name: 'Fay' }] } }),
      NOW,
      env,
    );
    expect(r.ok && r.result).toEqual({
      mentors: [expect.objectContaining({ id: 'q1' })],
      mentees: [expect.objectContaining({ id: 'q2' })],
    });
    expect(env.issued()).toBe(2);
  });
});
