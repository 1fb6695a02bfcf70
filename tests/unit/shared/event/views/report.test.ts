import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../../shared/event/domain-error';
import { advanceEvent, runClockCommand } from '../../../../../shared/event/rules/clock';
import {
  giveFeedback,
  isMutual,
  meetingsOf,
  noteRoundStarts,
  roundBegun,
} from '../../../../../shared/event/rules/feedback';
import { planSchedule } from '../../../../../shared/event/rules/schedule';
import { createEventState, type EventState } from '../../../../../shared/event/state';
import { eventReport } from '../../../../../shared/event/views/report';
import { eventReportSchema, MIN_RATINGS_FOR_MEAN } from '../../../../../shared/protocol/after-talk';
import type { FeedbackBody } from '../../../../../shared/schemas/feedback';
import type { ClockCommandInput } from '../../../../../shared/schemas/clock';
import type { Mentee, Mentor } from '../../../../../shared/schemas/people';
import type { RoundSeating } from '../../../../../shared/schemas/schedule';

const T0 = Date.UTC(2030, 0, 15, 18, 0);
const ROUND_MS = 600_000;
const CHANGE_MS = 60_000;
const roundAt = (r: number) => T0 + (r - 1) * (ROUND_MS + CHANGE_MS);

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}
/** A clock command as `apply` runs it: round starts noted before and after. */
function clock(s: EventState, command: ClockCommandInput, at: number): EventState {
  const cmd = { ...command } as Parameters<typeof runClockCommand>[1];
  return noteRoundStarts(value(runClockCommand(noteRoundStarts(s, at), cmd, at)), at);
}
const tick = (s: EventState, at: number) => noteRoundStarts(advanceEvent(noteRoundStarts(s, at), at), at);

const mentor = (id: string, name: string, table: string, extra: Partial<Mentor> = {}): Mentor => ({
  id,
  name,
  table,
  topics: [],
  attendance: 'present',
  ...extra,
});
const mentee = (id: string, name: string, extra: Partial<Mentee> = {}): Mentee => ({
  id,
  name,
  questions: [],
  wishes: [],
  avoid: [],
  attendance: 'present',
  ...extra,
});
const table = (mentorId: string, ...menteeIds: string[]) => ({ mentorId, menteeIds });

/**
 * Ann (m1), Bo (m2), Cal (m3, a no-show); mentees e1 … e6, Ivy (e5) a no-show. 4 rounds:
 * round 1 has a group table (m1 with e1 and e2) and a bye (e4); Cal's table held nothing.
 */
const ROUNDS: RoundSeating[] = [
  { round: 1, tables: [table('m1', 'e1', 'e2'), table('m2', 'e3', 'e5'), table('m3', 'e6')], byes: ['e4'] },
  { round: 2, tables: [table('m1', 'e3', 'e4'), table('m2', 'e1', 'e6')], byes: ['e2', 'e5'] },
  { round: 3, tables: [table('m1', 'e5'), table('m2', 'e2', 'e4')], byes: ['e1', 'e3', 'e6'] },
  { round: 4, tables: [table('m1', 'e1'), table('m2', 'e3')], byes: ['e2', 'e4', 'e5', 'e6'] },
];

function handMade(): EventState {
  const s = createEventState(
    'ev',
    { name: 'Night', roundSeconds: 600, changeoverSeconds: 60, rounds: 4, tableCapacity: 3, breaks: [] },
    T0 - 60_000,
    7,
  );
  const mentors = [mentor('m1', 'Ann', 'T1'), mentor('m2', 'Bo', 'T2'), mentor('m3', 'Cal', 'T3')];
  const mentees = ['Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo'].map((n, i) => mentee(`e${i + 1}`, n));
  const schedule = {
    mentors: mentors.map(({ id, name, table }) => ({ id, name, table })),
    mentees: mentees.map(({ id, name }) => ({ id, name })),
    rounds: ROUNDS,
  };
  // Cal and Ivy are marked absent at the door (after the plan; their seats stay in the schedule).
  const absent = <P extends Mentor | Mentee>(p: P): P =>
    p.id === 'm3' || p.id === 'e5' ? { ...p, attendance: 'absent' } : p;
  return { ...s, mentors: mentors.map(absent), mentees: mentees.map(absent), schedule, scheduleVersion: 1 };
}

const END = roundAt(2) + 5000;
/** Started at T0, ended by the organizer in round 2: rounds 3 and 4 never began. */
const endedEarly = () =>
  clock(tick(clock(handMade(), { action: 'start' }, T0), roundAt(2) + 1000), { action: 'end' }, END);

type Gift = [writer: string, round: number, withId: string, body: FeedbackBody];
const give = (s: EventState, gifts: Gift[]) =>
  gifts.reduce(
    (st, [who, round, withId, body], i) => value(giveFeedback(st, who, round, withId, body, END + i)).state,
    s,
  );

const GIFTS: Gift[] = [
  ['e1', 1, 'm1', { rating: 5, followUp: true }],
  ['e2', 1, 'm1', { rating: 4 }],
  ['e3', 2, 'm1', { rating: 4 }],
  ['e3', 1, 'm2', { rating: 3, followUp: true }], // Bo never says yes back
  ['e1', 2, 'm2', { rating: 5 }],
  ['m1', 1, 'e1', { rating: 2, followUp: true }], // mutual with e1; a mentor's rating is not the mentor's
  ['e1', 1, 'e2', { rating: 1 }], // table-mates at the group table
  ['e2', 1, 'e1', { followUp: true }], // one-sided
  ['e6', 2, 'm2', { note: 'kind' }], // a note alone counts for nothing
];

describe('eventReport', () => {
  it('equals a hand count on an event with a no-show, a bye, a group table and an early end', () => {
    const report = eventReport(give(endedEarly(), GIFTS));
    expect(eventReportSchema.parse(report)).toEqual(report);
    expect(report).toEqual({
      meetingsPlanned: 14,
      meetingsHeld: 7,
      noShows: 2,
      perRound: [
        { round: 1, planned: 5, held: 3 },
        { round: 2, planned: 4, held: 4 },
        { round: 3, planned: 3, held: 0 },
        { round: 4, planned: 2, held: 0 },
      ],
      ratings: { count: 7, mean: 3.43, histogram: [1, 1, 1, 2, 2] },
      perMentor: [
        { mentorId: 'm1', name: 'Ann', meetings: 4, ratingCount: 3, ratingMean: 4.33 },
        { mentorId: 'm2', name: 'Bo', meetings: 3, ratingCount: 2, ratingMean: null },
        { mentorId: 'm3', name: 'Cal', meetings: 0, ratingCount: 0, ratingMean: null },
      ],
      followUps: { given: 4, mutual: 1 },
    });
    expect(MIN_RATINGS_FOR_MEAN).toBe(3);
  });

  it('counts the rounds begun while the clock runs, and nothing before the start', () => {
    const before = eventReport(handMade());
    expect(before.meetingsPlanned).toBe(14);
    expect(before.meetingsHeld).toBe(0);
    expect(before.perMentor.map((m) => m.meetings)).toEqual([0, 0, 0]);
    expect(before.ratings).toEqual({ count: 0, mean: null, histogram: [0, 0, 0, 0, 0] });
    expect(before.followUps).toEqual({ given: 0, mutual: 0 });
    const inRound1 = eventReport(clock(handMade(), { action: 'start' }, T0));
    expect(inRound1.meetingsHeld).toBe(3);
    expect(inRound1.perRound.map((r) => r.held)).toEqual([3, 0, 0, 0]);
    const empty = eventReport(
      createEventState('x', { name: 'E', roundSeconds: 60, changeoverSeconds: 0, tableCapacity: 1, breaks: [] }, T0, 1),
    );
    expect(empty).toMatchObject({ meetingsPlanned: 0, meetingsHeld: 0, noShows: 0, perRound: [], perMentor: [] });
  });

  it('counts a one-sided yes as given and not mutual; the answer makes it mutual', () => {
    const one = give(endedEarly(), [['e3', 1, 'm2', { followUp: true }]]);
    expect(eventReport(one).followUps).toEqual({ given: 1, mutual: 0 });
    const both = give(one, [['m2', 1, 'e3', { followUp: true }]]);
    expect(eventReport(both).followUps).toEqual({ given: 2, mutual: 1 });
    // A second pair, each yes from both sides.
    const twice = give(both, [
      ['e3', 2, 'm1', { followUp: true }],
      ['m1', 2, 'e3', { followUp: true }],
    ]);
    expect(eventReport(twice).followUps).toEqual({ given: 4, mutual: 2 });
  });

  it('shows a mentor’s mean from the third rating on', () => {
    const two = give(endedEarly(), [
      ['e3', 1, 'm2', { rating: 4 }],
      ['e1', 2, 'm2', { rating: 5 }],
    ]);
    expect(eventReport(two).perMentor[1]).toMatchObject({ ratingCount: 2, ratingMean: null });
    const three = give(two, [['e6', 2, 'm2', { rating: 2 }]]);
    expect(eventReport(three).perMentor[1]).toMatchObject({ ratingCount: 3, ratingMean: 3.67 });
    expect(eventReport(three).ratings.mean).toBe(3.67);
  });
});

/** A planned event as the planner makes it: 6 mentors, 20 mentees, tables of 3, 5 rounds. */
function plannedEvent(): EventState {
  const s = createEventState(
    'ev',
    { name: 'Night', roundSeconds: 600, changeoverSeconds: 60, rounds: 5, tableCapacity: 3, breaks: [] },
    T0 - 60_000,
    7,
  );
  const mentors = Array.from({ length: 6 }, (_, i) => mentor(`t${i}`, `Mentor ${i}`, `T${i + 1}`));
  const mentees = Array.from({ length: 20 }, (_, i) => mentee(`e${i}`, `Mentee ${i}`));
  return value(planSchedule({ ...s, mentors, mentees }, T0 - 30_000));
}
const PLANNED = plannedEvent();
const PEOPLE = [...PLANNED.mentors, ...PLANNED.mentees].map((p) => p.id);

/** The report's figures counted the slow way, from the rules alone. */
function reference(s: EventState) {
  const mentorIds = new Set(s.mentors.map((m) => m.id));
  const entries = Object.entries(s.feedback).flatMap(([w, f]) => f.given.map((e) => ({ w, ...e })));
  const perMentor = s.mentors.map((m) => ({
    meetings: meetingsOf(s, m.id).filter((x) => roundBegun(s, x.round)).length,
    ratings: entries.filter((e) => e.withId === m.id && !mentorIds.has(e.w) && e.rating !== null).length,
  }));
  let mutual = 0;
  for (let i = 0; i < PEOPLE.length; i++)
    for (let j = i + 1; j < PEOPLE.length; j++) if (isMutual(s, PEOPLE[i]!, PEOPLE[j]!)) mutual++;
  return {
    held: perMentor.reduce((n, m) => n + m.meetings, 0),
    perMentor,
    ratings: entries.filter((e) => e.rating !== null).length,
    given: entries.filter((e) => e.followUp).length,
    mutual,
  };
}

const arbitraryEvent = fc.record({
  absent: fc.subarray(PEOPLE, { maxLength: 6 }),
  // How far the clock got (in round-lengths after the start), and whether the organizer then ended it.
  ranRounds: fc.integer({ min: 0, max: 6 }),
  ended: fc.boolean(),
  gifts: fc.array(
    fc.record({
      writer: fc.constantFrom(...PEOPLE),
      pick: fc.nat(),
      rating: fc.option(fc.integer({ min: 1, max: 5 })),
      followUp: fc.option(fc.boolean()),
      note: fc.option(fc.string({ maxLength: 20 })),
    }),
    { maxLength: 120 },
  ),
  notes: fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 10 }),
});
type ArbitraryEvent = typeof arbitraryEvent extends fc.Arbitrary<infer T> ? T : never;

function build(e: ArbitraryEvent): EventState {
  const gone = new Set(e.absent);
  let s: EventState = {
    ...PLANNED,
    mentors: PLANNED.mentors.map((p) => (gone.has(p.id) ? { ...p, attendance: 'absent' as const } : p)),
    mentees: PLANNED.mentees.map((p) => (gone.has(p.id) ? { ...p, attendance: 'absent' as const } : p)),
  };
  s = clock(s, { action: 'start' }, T0);
  const at = T0 + e.ranRounds * (ROUND_MS + CHANGE_MS) + 1000;
  s = tick(s, at);
  if (e.ended && s.clock.status !== 'finished') s = clock(s, { action: 'end' }, at + 1);
  for (const g of e.gifts) {
    const met = meetingsOf(s, g.writer).filter((m) => roundBegun(s, m.round));
    if (met.length === 0) continue;
    const m = met[g.pick % met.length]!;
    const body: FeedbackBody = {
      ...(g.rating !== null ? { rating: g.rating } : {}),
      ...(g.followUp !== null ? { followUp: g.followUp } : {}),
      ...(g.note !== null ? { note: g.note } : {}),
    };
    s = value(giveFeedback(s, g.writer, m.round, m.withId, body, at + 2)).state;
  }
  return s;
}

describe('eventReport (properties)', () => {
  it('agrees with the rules counted the slow way; mutual ≤ given / 2; notes never change it', () => {
    fc.assert(
      fc.property(arbitraryEvent, (e) => {
        const s = build(e);
        const report = eventReport(s);
        eventReportSchema.parse(report);
        const ref = reference(s);
        expect(report.meetingsHeld).toBe(ref.held);
        expect(report.perMentor.map((m) => m.meetings)).toEqual(ref.perMentor.map((m) => m.meetings));
        expect(report.perMentor.map((m) => m.ratingCount)).toEqual(ref.perMentor.map((m) => m.ratings));
        expect(report.ratings.count).toBe(ref.ratings);
        expect(report.ratings.histogram.reduce((a, b) => a + b, 0)).toBe(ref.ratings);
        expect(report.followUps).toEqual({ given: ref.given, mutual: ref.mutual });
        expect(report.followUps.mutual).toBeLessThanOrEqual(report.followUps.given / 2);
        expect(report.meetingsHeld).toBeLessThanOrEqual(report.meetingsPlanned);
        expect(report.noShows).toBe(e.absent.length);
        for (const m of report.perMentor) if (m.ratingCount < MIN_RATINGS_FOR_MEAN) expect(m.ratingMean).toBeNull();
        // Rewrite every note: the report is the same.
        let k = 0;
        const feedback = Object.fromEntries(
          Object.entries(s.feedback).map(([id, f]) => [
            id,
            { ...f, given: f.given.map((x) => ({ ...x, note: e.notes[k++ % e.notes.length]! })) },
          ]),
        );
        expect(eventReport({ ...s, feedback })).toEqual(report);
      }),
      { numRuns: 150 },
    );
  });
});
