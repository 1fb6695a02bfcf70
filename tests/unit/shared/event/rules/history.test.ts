/**
 * Pairs met at earlier events (issue 18): the pure pairing of an earlier event's seatings with
 * this event's people, which rounds count, and the history.add / history.clear commands.
 */
import { describe, expect, it, vi } from 'vitest';
import { apply } from '../../../../../shared/event/apply';
import type { Planner } from '../../../../../shared/event/planner';
import { defaultPlanner } from '../../../../../shared/event/planner';
import {
  addMetBefore,
  heldRounds,
  historyFigures,
  MAX_MET_BEFORE,
  metBeforeFrom,
  type EarlierEvent,
} from '../../../../../shared/event/rules/history';
import type { ClockState } from '../../../../../shared/schemas/clock';
import type { ClockLogEntry } from '../../../../../shared/backup/clock-history';
import type { RoundSeating } from '../../../../../shared/schemas/schedule';
import { cmd, finished, idle, makeEnv, planned, running, T0 } from '../support';

const IDLE: ClockState = { status: 'idle', version: 0 };

/** Three rounds, two tables of two seats: Ann (a1) and Gus (a2); mentees b1–b4. */
const ROUNDS: RoundSeating[] = [
  {
    round: 1,
    tables: [
      { mentorId: 'a1', menteeIds: ['b1', 'b2'] },
      { mentorId: 'a2', menteeIds: ['b3'] },
    ],
    byes: ['b4'],
  },
  {
    round: 2,
    tables: [
      { mentorId: 'a1', menteeIds: ['b3', 'b4'] },
      { mentorId: 'a2', menteeIds: ['b1'] },
    ],
    byes: ['b2'],
  },
  {
    round: 3,
    tables: [
      { mentorId: 'a1', menteeIds: ['b1'] },
      { mentorId: 'a2', menteeIds: ['b2', 'b4'] },
    ],
    byes: ['b3'],
  },
];

function earlier(over: Partial<EarlierEvent> = {}): EarlierEvent {
  return {
    mentors: [
      { id: 'a1', name: 'Ann Lee', email: 'ANN@example.org' },
      { id: 'a2', name: 'Gus' },
    ],
    mentees: [
      { id: 'b1', name: 'Bob Smith', email: 'bob@example.org' },
      { id: 'b2', name: 'Zoe' },
      { id: 'b3', name: 'Cy' },
      { id: 'b4', name: 'Dee' },
    ],
    schedule: { rounds: ROUNDS },
    clock: IDLE,
    ...over,
  };
}

/** This event: Ann under another name but the same e-mail; a "Bob Smith" without the e-mail, and Robert with it. */
const HERE = {
  mentors: [
    { id: 'm1', name: 'Annie Lee', email: ' ann@EXAMPLE.org ' },
    { id: 'm2', name: 'GUS' },
  ],
  mentees: [
    { id: 'e1', name: 'Bob Smith' },
    { id: 'e2', name: 'Robert Smith', email: 'Bob@Example.org' },
    { id: 'e3', name: 'Zoë' },
    { id: 'e4', name: 'Cy' },
  ],
};

const pairsOf = (m: ReturnType<typeof metBeforeFrom>) => m.pairs.map((p) => `${p.menteeId}-${p.mentorId}`);

describe('metBeforeFrom: who met whom, found in this event', () => {
  it('matches by e-mail first (case aside), else by name (nameKey), and lists who was not found', () => {
    const m = metBeforeFrom(earlier(), HERE);
    // Bob Smith's e-mail is Robert's here: the e-mail wins over the same name (e1 is never used).
    // Zoe is Zoë by name; Dee is nobody here.
    expect(pairsOf(m)).toEqual(['e2-m1', 'e3-m1', 'e4-m2', 'e4-m1', 'e2-m2', 'e3-m2']);
    expect(m.matched).toEqual({ mentors: 2, mentees: 3 });
    expect(m.unmatched).toEqual({ mentors: [], mentees: ['Dee'] });
  });

  it('merges duplicates: a pair met twice, or at two earlier events, is one pair', () => {
    const twice: RoundSeating[] = [
      { round: 1, tables: [{ mentorId: 'a1', menteeIds: ['b3'] }], byes: [] },
      { round: 2, tables: [{ mentorId: 'a1', menteeIds: ['b3'] }], byes: [] },
    ];
    const m = metBeforeFrom([earlier({ schedule: { rounds: twice } }), earlier({ schedule: { rounds: twice } })], HERE);
    expect(pairsOf(m)).toEqual(['e4-m1']);
  });

  it('a person marked absent (a no-show) met nobody; one who left is counted', () => {
    const e = earlier();
    const m = metBeforeFrom(
      {
        ...e,
        mentors: [{ ...e.mentors[0]!, attendance: 'absent' }, e.mentors[1]!],
        mentees: e.mentees.map((p) => (p.id === 'b1' ? { ...p, attendance: 'left' as const } : p)),
      },
      HERE,
    );
    expect(pairsOf(m)).toEqual(['e4-m2', 'e2-m2', 'e3-m2']);
  });

  it('no schedule, nothing met; a mentor of the earlier event who is not here is listed', () => {
    expect(metBeforeFrom(earlier({ schedule: null }), HERE)).toEqual({
      pairs: [],
      matched: { mentors: 0, mentees: 0 },
      unmatched: { mentors: [], mentees: [] },
    });
    const m = metBeforeFrom(earlier(), { mentors: [HERE.mentors[0]!], mentees: HERE.mentees });
    expect(m.unmatched.mentors).toEqual(['Gus']);
    expect(pairsOf(m)).toEqual(['e2-m1', 'e3-m1', 'e4-m1']);
  });

  it('someone missing from one earlier event but found through another is not listed as missing', () => {
    const withoutEmail = earlier({
      mentees: [{ id: 'b1', name: 'Nobody Here' }, ...earlier().mentees.slice(1)],
    });
    const other = earlier({
      mentees: [{ id: 'b1', name: 'Nobody Here', email: 'bob@example.org' }, ...earlier().mentees.slice(1)],
    });
    expect(metBeforeFrom(withoutEmail, HERE).unmatched.mentees).toEqual(['Nobody Here', 'Dee']);
    expect(metBeforeFrom([withoutEmail, other], HERE).unmatched.mentees).toEqual(['Dee']);
  });
});

describe('heldRounds: the rounds that count', () => {
  const held = (e: EarlierEvent) => [1, 2, 3].filter(heldRounds(e));
  const log = (action: ClockLogEntry['action'], phaseIndex: number | null): ClockLogEntry => ({
    at: T0,
    action,
    phaseIndex,
    version: 3,
  });
  const done = (startedAt: number | null): ClockState => ({ status: 'finished', version: 9, endedAt: T0, startedAt });

  it.each<[string, Partial<EarlierEvent>, number[]]>([
    ['the clock never started: every planned round', { clock: IDLE }, [1, 2, 3]],
    ['ended without a start: every planned round', { clock: done(null) }, [1, 2, 3]],
    [
      'running in round 2 (phase 2): rounds 1 and 2',
      { clock: { status: 'running', version: 1, phaseIndex: 2, phaseEndsAt: T0, startedAt: T0 } },
      [1, 2],
    ],
    [
      'paused in the changeover to round 2 (phase 1): round 1 only',
      { clock: { status: 'paused', version: 1, phaseIndex: 1, remainingMs: 5, startedAt: T0 } },
      [1],
    ],
    ['finished, with round starts: the rounds that began', { clock: done(T0), roundStarts: { 1: T0, 2: T0 } }, [1, 2]],
    [
      'finished by hand in round 1, no round starts (a backup without feedback): round 1',
      { clock: done(T0), clockHistory: [log('start', null), log('end', 0)] },
      [1],
    ],
    [
      'finished by hand in the changeover to round 3: rounds 1 and 2',
      { clock: done(T0), clockHistory: [log('start', null), log('skip', 0), log('end', 3)] },
      [1, 2],
    ],
    [
      'finished by running out (no end by hand): every round',
      { clock: done(T0), clockHistory: [log('start', null), log('pause', 2), log('resume', 2)] },
      [1, 2, 3],
    ],
  ])('%s', (_what, over, rounds) => {
    expect(held(earlier(over))).toEqual(rounds);
  });

  it('only held rounds give pairs', () => {
    const m = metBeforeFrom(
      earlier({ clock: { status: 'paused', version: 1, phaseIndex: 1, remainingMs: 5, startedAt: T0 } }),
      HERE,
    );
    expect(pairsOf(m)).toEqual(['e2-m1', 'e3-m1', 'e4-m2']);
  });

  it('reads an event state as it is stored: a finished event held the rounds its round starts name', () => {
    const ended = finished(); // started at T0, ended in round 1
    const m = metBeforeFrom(ended, { mentors: ended.mentors, mentees: ended.mentees });
    const round1 = ended.schedule!.rounds[0]!.tables.flatMap((t) => t.menteeIds.map((e) => `${e}-${t.mentorId}`));
    expect(pairsOf(m)).toEqual(round1);
    expect(m.pairs.length).toBeGreaterThan(0);
  });
});

describe('history.add and history.clear', () => {
  it('adds pairs by id, once; pairs already kept or naming nobody of the event are left out', () => {
    const s = planned(); // mentors p1, p2; mentees p3, p4
    const r = apply(
      s,
      cmd({
        type: 'history.add',
        pairs: [
          { menteeId: 'p3', mentorId: 'p1' },
          { menteeId: 'p3', mentorId: 'p1' },
          { menteeId: 'p4', mentorId: 'gone' },
          { menteeId: 'p1', mentorId: 'p3' },
        ],
      }),
      T0 - 500,
      makeEnv(),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.result).toEqual({ pairs: 1, added: 1 });
    expect(r.state!.planRules.metBefore).toEqual([{ menteeId: 'p3', mentorId: 'p1' }]);
    const again = apply(
      r.state,
      cmd({ type: 'history.add', pairs: [{ menteeId: 'p3', mentorId: 'p1' }] }),
      T0 - 400,
      makeEnv(),
    );
    if (!again.ok) throw new Error(again.error.message);
    expect(again.result).toEqual({ pairs: 1, added: 0 });
    expect(again.state).toBe(r.state);
  });

  it('replans an existing schedule with the pairs (before the start: the whole plan)', () => {
    const s = planned();
    const plan = vi.fn<Planner['plan']>((...a) => defaultPlanner.plan(...a));
    const planner: Planner = { plan, replan: defaultPlanner.replan };
    const pairs = [{ menteeId: 'p3', mentorId: 'p2' }];
    const r = apply(s, cmd({ type: 'history.add', pairs }), T0 - 500, { ...makeEnv(), planner });
    expect(r.ok).toBe(true);
    expect(plan).toHaveBeenCalledTimes(1);
    expect(plan.mock.calls[0]![3].metBefore).toEqual(pairs);
  });

  it('once started, replans only the open rounds with the pairs; clearing replans again without them', () => {
    const s = running(); // round 1 running: round 2 is open
    const replan = vi.fn<Planner['replan']>((...a) => defaultPlanner.replan(...a));
    const planner: Planner = { plan: defaultPlanner.plan, replan };
    const env = { ...makeEnv(), planner };
    const r = apply(s, cmd({ type: 'history.add', pairs: [{ menteeId: 'p3', mentorId: 'p1' }] }), T0 + 10, env);
    if (!r.ok) throw new Error(r.error.message);
    expect(replan).toHaveBeenCalledTimes(1);
    expect(replan.mock.calls[0]![1]).toBe(2);
    expect(replan.mock.calls[0]![3].metBefore).toEqual([{ menteeId: 'p3', mentorId: 'p1' }]);
    const cleared = apply(r.state, cmd({ type: 'history.clear' }), T0 + 20, env);
    if (!cleared.ok) throw new Error(cleared.error.message);
    expect(cleared.result).toEqual({ pairs: 0, removed: 1 });
    expect(cleared.state!.planRules.metBefore).toEqual([]);
    expect(replan).toHaveBeenCalledTimes(2);
    expect(replan.mock.calls[1]![3].metBefore).toBeUndefined();
  });

  it('clearing nothing changes nothing', () => {
    const s = idle();
    const r = apply(s, cmd({ type: 'history.clear' }), T0, makeEnv());
    expect(r.ok && r.state).toBe(s);
    expect(r.ok && r.result).toEqual({ pairs: 0, removed: 0 });
  });

  it('refuses more pairs than an event keeps', () => {
    const s = idle();
    const full = {
      ...s,
      planRules: {
        ...s.planRules,
        metBefore: Array.from({ length: MAX_MET_BEFORE }, (_, i) => ({ menteeId: `x${i}`, mentorId: 'p1' })),
      },
    };
    const r = addMetBefore(full, [{ menteeId: 'p3', mentorId: 'p1' }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/at most 100,000/) });
  });
});

describe('historyFigures: what the console is told', () => {
  it('counts the pairs kept and the meetings of the schedule that seat such a pair again', () => {
    const s = planned();
    const round1 = s.schedule!.rounds[0]!.tables.filter((t) => t.menteeIds.length > 0);
    const pairs = round1.map((t) => ({ menteeId: t.menteeIds[0]!, mentorId: t.mentorId }));
    const withPairs = {
      ...s,
      planRules: { ...s.planRules, metBefore: [...pairs, { menteeId: 'p4', mentorId: 'gone' }] },
    };
    const seated = s.schedule!.rounds.flatMap((r) =>
      r.tables.flatMap((t) =>
        t.menteeIds.map((id) => pairs.some((p) => p.menteeId === id && p.mentorId === t.mentorId)),
      ),
    );
    expect(historyFigures(withPairs)).toEqual({ pairs: pairs.length + 1, repeats: seated.filter(Boolean).length });
    expect(historyFigures(withPairs).repeats).toBeGreaterThan(0);
    // Remembered for the same pairs and schedule; a new schedule is counted again.
    expect(historyFigures({ ...withPairs, schedule: null })).toEqual({ pairs: pairs.length + 1, repeats: 0 });
  });
});
