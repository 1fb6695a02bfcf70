/**
 * Hand edits of the plan (schedule.edit) through `apply`: swaps and moves, every refusal with
 * its path and reason, the conflicts (stale `basedOn`, a begun round), dry runs, and edits
 * checked in order. Pins and locks: plan-edits-rules.test.ts; soft costs: plan-edits-costs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Applied } from '../../../../../shared/event/apply';
import type { EventState } from '../../../../../shared/event/state';
import type { PlanEdit } from '../../../../../shared/schemas/plan-edits';
import { deepFreeze } from '../support';
import {
  ADA,
  ALAN,
  ANA,
  BEA,
  CLEO,
  DAN,
  GRACE,
  LINUS,
  SCHEDULE,
  VERSION,
  ZOE,
  absent,
  edit,
  event,
  seats,
  started,
} from './plan-edits.fixture';

type Accepted = Extract<Applied<'schedule.edit'>, { ok: true }>;

function accepted(state: EventState, edits: PlanEdit[], opts: { dryRun?: boolean; basedOn?: number } = {}) {
  const json = JSON.stringify(state);
  const r = edit(state, edits, opts);
  expect(JSON.stringify(state), 'the input state is unchanged').toBe(json);
  if (!r.ok) expect.fail(`refused: ${r.error.code} ${r.error.message}`);
  return r as Accepted;
}

describe('swaps and moves change the schedule directly', () => {
  const cases: { name: string; edits: PlanEdit[]; round: number; want: Record<string, string[]> }[] = [
    {
      name: 'swap: a sitting-out mentee and a seated one change places',
      edits: [{ op: 'swap', round: 3, a: BEA, b: CLEO }],
      round: 3,
      want: { [GRACE]: [BEA], [ALAN]: [DAN], [ADA]: [ANA], [LINUS]: [ZOE], bye: [CLEO] },
    },
    {
      name: 'swap: two seated mentees at two tables',
      edits: [{ op: 'swap', round: 1, a: ZOE, b: BEA }],
      round: 1,
      want: { [GRACE]: [ANA], [ALAN]: [CLEO], [ADA]: [BEA], [LINUS]: [ZOE], bye: [DAN] },
    },
    {
      name: 'move: from a bye to a free seat',
      edits: [{ op: 'move', round: 1, menteeId: DAN, to: GRACE }],
      round: 1,
      want: { [GRACE]: [ANA, DAN], [ALAN]: [CLEO], [ADA]: [ZOE], [LINUS]: [BEA], bye: [] },
    },
    {
      name: 'move: from a table to a bye',
      edits: [{ op: 'move', round: 2, menteeId: DAN, to: 'bye' }],
      round: 2,
      want: { [GRACE]: [ZOE], [ALAN]: [ANA], [ADA]: [BEA], [LINUS]: [CLEO], bye: [DAN] },
    },
    {
      name: 'move: from one table to another',
      edits: [{ op: 'move', round: 2, menteeId: DAN, to: LINUS }],
      round: 2,
      want: { [GRACE]: [ZOE], [ALAN]: [ANA], [ADA]: [BEA], [LINUS]: [CLEO, DAN], bye: [] },
    },
  ];
  it.each(cases)('$name', ({ edits, round, want }) => {
    const before = event();
    const r = accepted(before, edits);
    expect(seats(r.state!.schedule!, round)).toEqual(want);
    expect(r.result.schedule).toEqual(r.state!.schedule);
    // The other rounds are untouched, and the version moves on by one.
    for (const other of [1, 2, 3].filter((x) => x !== round))
      expect(seats(r.state!.schedule!, other)).toEqual(seats(SCHEDULE, other));
    expect(r.state!.scheduleVersion).toBe(VERSION + 1);
    expect(r.result.version).toBe(VERSION + 1);
    // The rules are the same but for the mark that seats were moved by hand.
    expect(r.state!.planRules).toEqual({ ...before.planRules, handEdited: true });
    expect(r.result.quality).toMatchObject({ rounds: 3, mentees: 5, avoidViolations: 0, capacityViolations: 0 });
  });

  it('edits that change nothing (two at one table swap, a move to where one sits): the very same state', () => {
    const before = event();
    const r = accepted(before, [
      { op: 'swap', round: 2, a: BEA, b: DAN },
      { op: 'move', round: 1, menteeId: ANA, to: GRACE },
    ]);
    expect(r.state).toBe(before);
    expect(r.result.version).toBe(VERSION);
    expect(r.result.costs).toEqual([]);
  });

  it('edits apply in order: a seat freed by one edit can be taken by the next', () => {
    const r = accepted(event(), [
      { op: 'move', round: 2, menteeId: DAN, to: 'bye' },
      { op: 'move', round: 2, menteeId: ZOE, to: ADA },
    ]);
    expect(seats(r.state!.schedule!, 2)).toMatchObject({ [GRACE]: [], [ADA]: [BEA, ZOE], bye: [DAN] });
    // Two edits, one new version.
    expect(r.result.version).toBe(VERSION + 1);
  });

  it('a walk-in with no place in a round can be moved into it', () => {
    const s = event();
    const gone = deepFreeze({
      ...s,
      schedule: { ...SCHEDULE, rounds: SCHEDULE.rounds.map((r) => (r.round === 1 ? { ...r, byes: [] } : r)) },
    });
    const r = accepted(gone, [{ op: 'move', round: 1, menteeId: DAN, to: LINUS }]);
    expect(seats(r.state!.schedule!, 1)[LINUS]).toEqual([BEA, DAN]);
  });
});

describe('refusals: one issue per refused edit, and nothing changes', () => {
  const cases: { name: string; state?: () => EventState; edits: PlanEdit[]; issues: [number, string][] }[] = [
    {
      name: 'a round not in the schedule',
      edits: [{ op: 'swap', round: 9, a: ANA, b: BEA }],
      issues: [[0, 'round 9 is not in the schedule (it has 3 rounds)']],
    },
    {
      name: 'an unknown mentee',
      edits: [{ op: 'swap', round: 1, a: 'nobody', b: BEA }],
      issues: [[0, 'no mentee has the id "nobody"']],
    },
    {
      name: 'a mentor named as a mentee',
      edits: [{ op: 'move', round: 1, menteeId: GRACE, to: ADA }],
      issues: [[0, 'Grace Hopper is a mentor, not a mentee']],
    },
    {
      name: 'an unknown mentor',
      edits: [{ op: 'move', round: 1, menteeId: DAN, to: 'zz' }],
      issues: [[0, 'no mentor has the id "zz"']],
    },
    {
      name: 'a mentee named as a mentor',
      edits: [{ op: 'move', round: 1, menteeId: DAN, to: ANA }],
      issues: [[0, 'Ana is a mentee, not a mentor']],
    },
    {
      name: 'a mentee not taking part',
      state: () => absent(DAN),
      edits: [{ op: 'swap', round: 3, a: BEA, b: DAN }],
      issues: [[0, 'Dan is not taking part (marked absent)']],
    },
    {
      name: 'a mentor not taking part',
      state: () => absent(LINUS),
      edits: [{ op: 'move', round: 1, menteeId: DAN, to: LINUS }],
      issues: [[0, 'Linus Torvalds is not taking part (marked absent)']],
    },
    {
      name: 'a full table',
      edits: [{ op: 'move', round: 2, menteeId: ZOE, to: ADA }],
      issues: [[0, "Ada Lovelace's table is full in round 2 (2 seats)"]],
    },
    {
      name: 'an avoid',
      edits: [{ op: 'move', round: 1, menteeId: ZOE, to: ALAN }],
      issues: [[0, 'Zoë avoids Alan Kay']],
    },
    {
      name: 'an avoid, reached by a swap',
      edits: [{ op: 'swap', round: 1, a: CLEO, b: ZOE }],
      issues: [[0, 'Zoë avoids Alan Kay']],
    },
    {
      name: 'a mentor of the mentee’s own group',
      edits: [{ op: 'swap', round: 1, a: BEA, b: CLEO }],
      issues: [[0, 'Bea and Alan Kay are both from Acme']],
    },
    {
      name: 'a locked round',
      state: () => event({ lockedRounds: [1] }),
      edits: [{ op: 'move', round: 1, menteeId: DAN, to: GRACE }],
      issues: [[0, 'round 1 is locked: unlock it first']],
    },
    {
      name: 'a pinned meeting in that round',
      state: () => event({ pins: [{ menteeId: ANA, mentorId: GRACE, round: 1 }] }),
      edits: [{ op: 'move', round: 1, menteeId: ANA, to: LINUS }],
      issues: [[0, "Ana's pinned meeting with Grace Hopper is in round 1"]],
    },
    {
      name: 'the only meeting of a pin naming no round',
      state: () => event({ pins: [{ menteeId: ANA, mentorId: GRACE }] }),
      edits: [{ op: 'swap', round: 1, a: ANA, b: DAN }],
      issues: [[0, "Ana's pinned meeting with Grace Hopper is in round 1"]],
    },
    {
      name: 'swapping with oneself',
      edits: [{ op: 'swap', round: 1, a: ANA, b: ANA }],
      issues: [[0, 'Ana cannot swap places with themself']],
    },
    {
      name: 'swapping someone with no place in the round',
      state: () =>
        deepFreeze({
          ...event(),
          schedule: { ...SCHEDULE, rounds: SCHEDULE.rounds.map((r) => (r.round === 1 ? { ...r, byes: [] } : r)) },
        }),
      edits: [{ op: 'swap', round: 1, a: DAN, b: ANA }],
      issues: [[0, 'Dan has no place in round 1: move them instead']],
    },
    {
      name: 'several: each refused edit its own issue, the good ones between them refused with them',
      edits: [
        { op: 'move', round: 1, menteeId: ZOE, to: ALAN },
        { op: 'move', round: 1, menteeId: DAN, to: GRACE },
        { op: 'move', round: 1, menteeId: BEA, to: GRACE },
      ],
      issues: [
        [0, 'Zoë avoids Alan Kay'],
        // Checked after edit 1 seated Dan at Grace's table: it is full now.
        [2, "Grace Hopper's table is full in round 1 (2 seats)"],
      ],
    },
  ];
  it.each(cases)('$name', ({ state = () => event(), edits, issues }) => {
    const before = state();
    const json = JSON.stringify(before);
    const r = edit(before, edits);
    expect(JSON.stringify(before)).toBe(json);
    if (r.ok) expect.fail('accepted');
    expect('state' in r).toBe(false);
    const want = issues.map(([i, message]) => ({ path: `edits.${i}`, message }));
    expect(r.error).toEqual({
      code: 'invalid',
      message: `edits refused: ${want.map((x) => `${x.path}: ${x.message}`).join('; ')}`,
      issues: want,
    });
  });
});

describe('conflicts (409): nothing is checked further, nothing changes', () => {
  it('a stale basedOn says which version the plan is at now', () => {
    const r = edit(event(), [{ op: 'move', round: 1, menteeId: DAN, to: GRACE }], { basedOn: VERSION - 1 });
    expect(r.ok || r.error).toEqual({
      code: 'conflict',
      message: `the plan changed since you loaded it (version ${VERSION} now): reload and edit again`,
    });
  });

  it('an edit of a round that has begun', () => {
    const r = edit(started(), [
      { op: 'move', round: 2, menteeId: DAN, to: 'bye' },
      { op: 'swap', round: 1, a: ANA, b: DAN },
    ]);
    const issue = { path: 'edits.1', message: 'round 1 has begun: its seating can no longer change' };
    expect(r.ok || r.error).toEqual({ code: 'conflict', message: `${issue.path}: ${issue.message}`, issues: [issue] });
  });

  it('locking or unlocking a begun round too', () => {
    const r = edit(started({ lockedRounds: [1] }), [{ op: 'unlock-round', round: 1 }]);
    expect(r.ok || r.error.code).toBe('conflict');
  });

  it('the rounds not yet begun can still be edited once the event runs', () => {
    const r = accepted(started(), [{ op: 'move', round: 2, menteeId: DAN, to: 'bye' }]);
    expect(seats(r.state!.schedule!, 2).bye).toEqual([DAN]);
    expect(seats(r.state!.schedule!, 1)).toEqual(seats(SCHEDULE, 1));
  });

  it('no plan yet', () => {
    const s = deepFreeze({ ...event(), schedule: null });
    expect(edit(s, [{ op: 'lock-round', round: 1 }]).ok || 'refused').toBe('refused');
    const r = edit(s, [{ op: 'lock-round', round: 1 }]);
    expect(!r.ok && r.error).toEqual({ code: 'conflict', message: 'there is no plan yet: plan the schedule first' });
  });

  it('the event has ended', () => {
    const s = deepFreeze({
      ...event(),
      clock: { status: 'finished' as const, version: 2, endedAt: 1, startedAt: null },
    });
    const r = edit(s, [{ op: 'lock-round', round: 1 }]);
    expect(!r.ok && r.error.code).toBe('conflict');
  });
});

describe('dry run', () => {
  it('answers as the edit would, with the version unchanged, and gives back the very same state', () => {
    const before = event();
    const edits: PlanEdit[] = [
      { op: 'move', round: 2, menteeId: DAN, to: 'bye' },
      { op: 'lock-round', round: 3 },
    ];
    const dry = accepted(before, edits, { dryRun: true });
    const real = accepted(before, edits);
    expect(dry.state).toBe(before);
    expect(dry.result).toEqual({ ...real.result, version: VERSION });
    expect(real.result.version).toBe(VERSION + 1);
    expect(real.state!.planRules.lockedRounds).toEqual([3]);
  });

  it('refuses what the edit would refuse', () => {
    const r = edit(event(), [{ op: 'move', round: 1, menteeId: ZOE, to: ALAN }], { dryRun: true });
    expect(!r.ok && r.error.issues).toEqual([{ path: 'edits.0', message: 'Zoë avoids Alan Kay' }]);
  });
});
