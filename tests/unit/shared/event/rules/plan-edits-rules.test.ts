/**
 * Hand edits of the plan's rules (schedule.edit): pin, unpin, lock-round, unlock-round. A pin
 * the schedule already holds changes the rules alone; one it does not hold replans the open
 * rounds through the planner (a stand-in planner checks what it is asked; the real one,
 * whether the saved schedule then holds the pin).
 */
import { describe, expect, it } from 'vitest';
import { apply, type Applied } from '../../../../../shared/event/apply';
import type { Planner } from '../../../../../shared/event/planner';
import type { EventState } from '../../../../../shared/event/state';
import type { PlanInput, PlanOptions, Schedule } from '../../../../../shared/planner/types';
import type { PlanEdit } from '../../../../../shared/schemas/plan-edits';
import type { PlanRules } from '../../../../../shared/schemas/plan-rules';
import { makeEnv, T0 } from '../support';
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
  editCmd,
  event,
  seats,
  started,
} from './plan-edits.fixture';

type Accepted = Extract<Applied<'schedule.edit'>, { ok: true }>;

function accepted(state: EventState, edits: PlanEdit[], planner?: Planner): Accepted {
  const r = apply(state, editCmd(edits), T0 + 1_000, { ...makeEnv(), ...(planner ? { planner } : {}) });
  if (!r.ok) expect.fail(`refused: ${r.error.code} ${r.error.message}`);
  return r as Accepted;
}

/** A planner that notes each replan and answers with `answer(current)`. */
function standIn(answer: (current: Schedule) => Schedule) {
  const calls: { fromRound: number; input: PlanInput; opts: PlanOptions }[] = [];
  const planner: Planner = {
    plan: () => {
      throw new Error('a hand edit never plans afresh');
    },
    replan: (current, fromRound, input, opts) => {
      calls.push({ fromRound, input, opts });
      return answer(current);
    },
  };
  return { planner, calls };
}

const noReplan = standIn(() => {
  throw new Error('no replan expected');
}).planner;

describe('rules only: no replan, the schedule and its version stay', () => {
  const cases: {
    name: string;
    state?: (rules: Partial<PlanRules>) => EventState;
    rules?: Partial<PlanRules>;
    edits: PlanEdit[];
    want: Partial<PlanRules>;
  }[] = [
    {
      name: 'pin a meeting the schedule holds, in its round',
      edits: [{ op: 'pin', menteeId: ANA, mentorId: GRACE, round: 1 }],
      want: { pins: [{ menteeId: ANA, mentorId: GRACE, round: 1 }] },
    },
    {
      name: 'pin a meeting the schedule holds, in no round',
      edits: [{ op: 'pin', menteeId: ANA, mentorId: GRACE }],
      want: { pins: [{ menteeId: ANA, mentorId: GRACE }] },
    },
    {
      name: 'pin a meeting of a begun round where they did meet',
      state: started,
      edits: [{ op: 'pin', menteeId: ANA, mentorId: GRACE, round: 1 }],
      want: { pins: [{ menteeId: ANA, mentorId: GRACE, round: 1 }] },
    },
    {
      name: 'pinning a pinned pair again updates its round (one pin, last)',
      rules: {
        pins: [
          { menteeId: ANA, mentorId: GRACE },
          { menteeId: ZOE, mentorId: LINUS },
        ],
      },
      edits: [{ op: 'pin', menteeId: ANA, mentorId: GRACE, round: 1 }],
      want: {
        pins: [
          { menteeId: ZOE, mentorId: LINUS },
          { menteeId: ANA, mentorId: GRACE, round: 1 },
        ],
      },
    },
    {
      name: 'unpin',
      rules: { pins: [{ menteeId: ANA, mentorId: GRACE }] },
      edits: [{ op: 'unpin', menteeId: ANA, mentorId: GRACE }],
      want: { pins: [] },
    },
    {
      name: 'lock rounds (kept in order; locking a locked one changes nothing)',
      edits: [
        { op: 'lock-round', round: 3 },
        { op: 'lock-round', round: 1 },
        { op: 'lock-round', round: 3 },
      ],
      want: { lockedRounds: [1, 3] },
    },
    {
      name: 'unlock a round',
      rules: { lockedRounds: [1, 2] },
      edits: [{ op: 'unlock-round', round: 1 }],
      want: { lockedRounds: [2] },
    },
  ];
  it.each(cases)('$name', ({ state = event, rules = {}, edits, want }) => {
    const before = state(rules);
    const r = accepted(before, edits, noReplan);
    expect(r.state!.planRules).toEqual({ ...before.planRules, ...want });
    expect(r.state!.schedule).toBe(before.schedule);
    expect(r.state!.scheduleVersion).toBe(VERSION);
    expect(r.result.version).toBe(VERSION);
    expect(r.result.costs).toEqual([]);
  });

  it('pinning a pin exactly as it is keeps the very same state', () => {
    const before = event({ pins: [{ menteeId: ANA, mentorId: GRACE, round: 1 }] });
    expect(accepted(before, [{ op: 'pin', menteeId: ANA, mentorId: GRACE, round: 1 }], noReplan).state).toBe(before);
  });

  it('the answer reports the pins: held ones counted, none unheld', () => {
    const r = accepted(event(), [{ op: 'pin', menteeId: CLEO, mentorId: GRACE, round: 3 }], noReplan);
    expect(r.result.quality.pins).toEqual({ total: 1, held: 1, unheld: [] });
  });
});

describe('a pin the schedule does not hold replans the open rounds', () => {
  const pinZoeLinus: PlanEdit = { op: 'pin', menteeId: ZOE, mentorId: LINUS, round: 1 };
  /** What a planner honouring the pin could answer: Zoë and Bea change places in round 1. */
  const holding = (current: Schedule): Schedule => ({
    ...current,
    rounds: current.rounds.map((r) =>
      r.round === 1
        ? {
            ...r,
            tables: r.tables.map((t) => ({
              ...t,
              menteeIds: t.menteeIds.map((id) => (id === ZOE ? BEA : id === BEA ? ZOE : id)),
            })),
          }
        : r,
    ),
  });

  it('before the start: a replan from round 1 (not a fresh plan) with the pins, locks and history', () => {
    const { planner, calls } = standIn(holding);
    const before = event({ lockedRounds: [3], metBefore: [{ menteeId: DAN, mentorId: GRACE }] });
    const r = accepted(before, [pinZoeLinus], planner);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.fromRound).toBe(1);
    expect(calls[0]!.input.settings).toMatchObject({ rounds: 3, tableCapacity: 2 });
    expect(calls[0]!.opts).toEqual({
      seed: before.seed,
      pins: [{ menteeId: ZOE, mentorId: LINUS, round: 1 }],
      locked: [SCHEDULE.rounds[2]],
      metBefore: [{ menteeId: DAN, mentorId: GRACE }],
    });
    expect(seats(r.state!.schedule!, 1)[LINUS]).toEqual([ZOE]);
    expect(r.state!.scheduleVersion).toBe(VERSION + 1);
    expect(r.result.version).toBe(VERSION + 1);
    expect(r.state!.planRules.pins).toEqual([{ menteeId: ZOE, mentorId: LINUS, round: 1 }]);
    expect(r.result.quality.pins).toEqual({ total: 1, held: 1, unheld: [] });
  });

  it('once started: from the first open round', () => {
    const { planner, calls } = standIn((s) => s);
    accepted(started(), [{ op: 'pin', menteeId: ZOE, mentorId: LINUS, round: 2 }], planner);
    expect(calls.map((c) => c.fromRound)).toEqual([2]);
  });

  it('a pin the replan still does not hold is saved and reported in quality.pins.unheld, not refused', () => {
    const { planner } = standIn((s) => s);
    const r = accepted(event(), [pinZoeLinus], planner);
    expect(r.state!.planRules.pins).toEqual([{ menteeId: ZOE, mentorId: LINUS, round: 1 }]);
    expect(r.state!.scheduleVersion).toBe(VERSION);
    expect(r.result.quality.pins).toMatchObject({
      total: 1,
      held: 0,
      unheld: [{ menteeId: ZOE, mentorId: LINUS, round: 1, reason: expect.any(String) }],
    });
  });

  it('the costs of the replan are the pin’s', () => {
    const { planner } = standIn(holding);
    // Zoë meets Linus in round 3 too; Bea, now at Ada Lovelace's table in round 1, met her in round 2 (event order).
    const r = accepted(event(), [pinZoeLinus], planner);
    expect(r.result.costs).toEqual([
      { edit: 0, kind: 'repeat', message: 'Zoë meets Linus Torvalds again (rounds 1 and 3)' },
      { edit: 0, kind: 'repeat', message: 'Bea meets Ada Lovelace again (rounds 1 and 2)' },
    ]);
  });

  it('with the real planner the saved schedule holds the pin (needs the planner to honour pins)', () => {
    for (const pin of [
      pinZoeLinus,
      { op: 'pin', menteeId: DAN, mentorId: GRACE, round: 1 } as const,
      { op: 'pin', menteeId: BEA, mentorId: GRACE } as const,
    ]) {
      const r = edit(event(), [pin]);
      if (!r.ok) expect.fail(r.error.message);
      const round = 'round' in pin ? pin.round : undefined;
      const met = r.state!.schedule!.rounds.filter((x) =>
        x.tables.some((t) => t.mentorId === pin.mentorId && t.menteeIds.includes(pin.menteeId)),
      );
      expect(
        met.map((x) => x.round),
        JSON.stringify(pin),
      ).toEqual(round ? expect.arrayContaining([round]) : expect.anything());
      expect(met.length, JSON.stringify(pin)).toBeGreaterThan(0);
      expect(r.result.quality.pins).toEqual({ total: 1, held: 1, unheld: [] });
      expect(r.result.quality).toMatchObject({ avoidViolations: 0, capacityViolations: 0, placementViolations: 0 });
    }
  });
});

describe('pins that can never hold, and other refused rule edits', () => {
  const cases: { name: string; state?: () => EventState; edits: PlanEdit[]; message: string; code?: string }[] = [
    {
      name: 'an avoid',
      edits: [{ op: 'pin', menteeId: ZOE, mentorId: ALAN }],
      message: 'Zoë avoids Alan Kay',
    },
    {
      name: 'own group',
      edits: [{ op: 'pin', menteeId: BEA, mentorId: ALAN, round: 2 }],
      message: 'Bea and Alan Kay are both from Acme',
    },
    {
      name: 'a mentee not taking part',
      state: () => absent(DAN),
      edits: [{ op: 'pin', menteeId: DAN, mentorId: GRACE }],
      message: 'Dan is not taking part (marked absent)',
    },
    {
      name: 'a mentor not taking part',
      state: () => absent(GRACE),
      edits: [{ op: 'pin', menteeId: DAN, mentorId: GRACE }],
      message: 'Grace Hopper is not taking part (marked absent)',
    },
    {
      name: 'an unknown mentor',
      edits: [{ op: 'pin', menteeId: DAN, mentorId: 'zz' }],
      message: 'no mentor has the id "zz"',
    },
    {
      name: 'a round beyond the event',
      edits: [{ op: 'pin', menteeId: DAN, mentorId: GRACE, round: 4 }],
      message: "round 4 is beyond the event's 3 rounds",
    },
    {
      name: 'a begun round where they did not meet',
      state: () => started(),
      edits: [{ op: 'pin', menteeId: DAN, mentorId: GRACE, round: 1 }],
      message: 'round 1 has already begun with Dan elsewhere',
    },
    {
      name: 'a locked round where they do not meet',
      state: () => event({ lockedRounds: [1] }),
      edits: [{ op: 'pin', menteeId: DAN, mentorId: GRACE, round: 1 }],
      message: 'round 1 is locked with Dan elsewhere: unlock it first',
    },
    {
      name: 'no round left for a pin naming none',
      state: () => event({ lockedRounds: [1, 2, 3] }),
      edits: [{ op: 'pin', menteeId: BEA, mentorId: GRACE }],
      message: 'Bea never meets Grace Hopper and no round is left to seat them in: every round has begun or is locked',
    },
    {
      name: 'two pins of one mentee in one round',
      state: () => event({ pins: [{ menteeId: ANA, mentorId: ADA, round: 3 }] }),
      edits: [{ op: 'pin', menteeId: ANA, mentorId: LINUS, round: 3 }],
      message: 'Ana is already pinned to Ada Lovelace in round 3',
    },
    {
      name: 'more pins at one table in one round than seats',
      state: () =>
        event({
          pins: [
            { menteeId: CLEO, mentorId: LINUS, round: 2 },
            { menteeId: BEA, mentorId: LINUS, round: 2 },
          ],
        }),
      edits: [{ op: 'pin', menteeId: DAN, mentorId: LINUS, round: 2 }],
      message: "Linus Torvalds's table already has 2 pinned meetings in round 2 (2 seats)",
    },
    {
      name: 'unpin of no such pin',
      edits: [{ op: 'unpin', menteeId: ANA, mentorId: GRACE }],
      message: 'Ana is not pinned to Grace Hopper',
    },
    {
      name: 'lock a round not in the schedule',
      edits: [{ op: 'lock-round', round: 5 }],
      message: 'round 5 is not in the schedule (it has 3 rounds)',
    },
    {
      name: 'unlock a round not in the schedule',
      edits: [{ op: 'unlock-round', round: 5 }],
      message: 'round 5 is not in the schedule (it has 3 rounds)',
    },
    {
      name: 'unlock an unlocked round',
      edits: [{ op: 'unlock-round', round: 2 }],
      message: 'round 2 is not locked',
    },
  ];
  it.each(cases)('$name', ({ state = () => event(), edits, message }) => {
    const r = edit(state(), edits);
    if (r.ok) expect.fail('accepted');
    expect(r.error.code).toBe('invalid');
    expect(r.error.issues).toEqual([{ path: 'edits.0', message }]);
  });

  it('a refused pin next to a good one: neither is kept', () => {
    const r = edit(event(), [
      { op: 'lock-round', round: 2 },
      { op: 'pin', menteeId: ZOE, mentorId: ALAN },
    ]);
    expect(!r.ok && r.error.issues).toEqual([{ path: 'edits.1', message: 'Zoë avoids Alan Kay' }]);
  });

  it('a lock in the same edits is seen by the edits after it', () => {
    const r = edit(event(), [
      { op: 'lock-round', round: 2 },
      { op: 'move', round: 2, menteeId: DAN, to: 'bye' },
    ]);
    expect(!r.ok && r.error.issues).toEqual([{ path: 'edits.1', message: 'round 2 is locked: unlock it first' }]);
  });

  it('so is a pin: the move after it may not break it', () => {
    const r = edit(event(), [
      { op: 'pin', menteeId: DAN, mentorId: ADA },
      { op: 'move', round: 2, menteeId: DAN, to: 'bye' },
    ]);
    expect(!r.ok && r.error.issues).toEqual([
      { path: 'edits.1', message: "Dan's pinned meeting with Ada Lovelace is in round 2" },
    ]);
  });
});
