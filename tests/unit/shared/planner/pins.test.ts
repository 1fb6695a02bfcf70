/**
 * Pinned meetings (issue 18): a pin to a round seats the mentee at that mentor's table then, a
 * pin without one makes them meet in some round; a pin that cannot hold is left out and
 * reported by quality() with the reason in plain words, never thrown and never dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  plan,
  quality,
  replan,
  type PlanInput,
  type PlanMentee,
  type PlanMentor,
  type PlanPin,
} from '../../../../shared/planner';
import { handCaseArb, ownGroupMeetings, pinHeld, surelyHoldable } from './hand-support';
import { hardRuleProblems, mentorOf } from './support';

const mentors: PlanMentor[] = [
  { id: 'grace', name: 'Grace Hopper', table: 'T1' },
  { id: 'alan', name: 'Alan Kay', table: 'T2', group: 'Acme' },
  { id: 'ada', name: 'Ada Lovelace', table: 'T3' },
];
const mentee = (id: string, name: string, more: Partial<PlanMentee> = {}): PlanMentee => ({
  id,
  name,
  wishes: [],
  avoid: [],
  ...more,
});
const mentees: PlanMentee[] = [
  mentee('ana', 'Ana'),
  mentee('zoe', 'Zoë', { avoid: ['alan'] }),
  mentee('bo', 'Bo', { group: ' acme ' }),
  mentee('cy', 'Cy'),
  mentee('di', 'Di'),
];
const input: PlanInput = { settings: { rounds: 3, tableCapacity: 2 }, mentors, mentees };

/** Plan with these pins (and other options) and return the schedule and quality's pin figures. */
function planWith(pins: PlanPin[], more: Parameters<typeof plan>[3] = {}, people = input) {
  const s = plan(people.settings, people.mentors, people.mentees, { seed: 5, pins, ...more });
  return { s, q: quality(s, people, { pins, ...(more.locked ? { locked: more.locked } : {}) }) };
}

describe('pins that hold', () => {
  it('a pin with a round seats the mentee at that table in that round, for every seed', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const pins = [
        { menteeId: 'ana', mentorId: 'ada', round: 2 },
        { menteeId: 'cy', mentorId: 'ada', round: 2 },
        { menteeId: 'di', mentorId: 'grace', round: 1 },
      ];
      const s = plan(input.settings, mentors, mentees, { seed, pins });
      expect(mentorOf(s, 1, 'ana')).toBe('ada');
      expect(mentorOf(s, 1, 'cy')).toBe('ada');
      expect(mentorOf(s, 0, 'di')).toBe('grace');
      expect(hardRuleProblems(s, input)).toEqual([]);
      expect(quality(s, input, { pins }).pins).toEqual({ total: 3, held: 3, unheld: [] });
    }
  });

  it('a pin without a round makes them meet in some round, even where a wish pulls elsewhere', () => {
    // Four mentors, four rounds of tables of 1 but only two rounds: each mentee meets 2 of 4.
    const people: PlanInput = {
      settings: { rounds: 2, tableCapacity: 1 },
      mentors: [...mentors, { id: 'kay', name: 'Kay', table: 'T4' }],
      mentees: mentees.slice(0, 4).map((x) => ({ ...x, wishes: ['grace', 'ada'], avoid: [], group: null })),
    };
    for (let seed = 1; seed <= 30; seed++) {
      const pins = [{ menteeId: 'ana', mentorId: 'kay' }];
      const s = plan(people.settings, people.mentors, people.mentees, { seed, pins });
      expect(pinHeld(s, pins[0]!)).toBe(true);
      expect(hardRuleProblems(s, people)).toEqual([]);
      // Even with a mentor met at an earlier event, whom the planner otherwise keeps away.
      const metBefore = [{ menteeId: 'ana', mentorId: 'kay' }];
      const again = plan(people.settings, people.mentors, people.mentees, { seed, pins, metBefore });
      expect(pinHeld(again, pins[0]!)).toBe(true);
      expect(pinHeld(plan(people.settings, people.mentors, people.mentees, { seed, metBefore }), pins[0]!)).toBe(false);
    }
  });
});

describe('pins that cannot hold: left out, reported with the reason', () => {
  const unheld = (pins: PlanPin[], more: Parameters<typeof plan>[3] = {}, people = input) =>
    planWith(pins, more, people).q.pins.unheld.map((u) => u.reason);

  it('someone not taking part', () => {
    const s = plan(input.settings, mentors, mentees, { seed: 1 });
    // Grace and Ana leave before round 2; their names come from the schedule.
    const now: PlanInput = { ...input, mentors: mentors.slice(1), mentees: mentees.slice(1) };
    // Someone still here who did not meet Grace in round 1 (else the pin held then).
    const who = now.mentees.find((x) => mentorOf(s, 0, x.id) !== 'grace')!.id;
    const pins = [
      { menteeId: who, mentorId: 'grace' },
      { menteeId: 'ana', mentorId: 'ada', round: 3 },
    ];
    const after = replan(s, 2, now, { pins });
    const q = quality(after, now, { pins, fromRound: 2 });
    expect(q.pins.unheld.map((u) => u.reason)).toEqual(['Grace Hopper is not taking part', 'Ana is not taking part']);
    expect(unheld([{ menteeId: 'nobody', mentorId: 'ada' }])).toEqual(['nobody is not taking part']);
  });

  it('an avoid, and a mentor of the mentee’s own group', () => {
    expect(unheld([{ menteeId: 'zoe', mentorId: 'alan' }])).toEqual(['Zoë avoids Alan Kay']);
    expect(unheld([{ menteeId: 'bo', mentorId: 'alan', round: 1 }])).toEqual([
      'Bo and Alan Kay are both from Acme, and nobody meets a mentor of their own group',
    ]);
    // With the own-group rule off, the same pin holds.
    const off = { ...input, settings: { ...input.settings, groups: { menteesApart: true, notOwnGroupMentor: false } } };
    const { s, q } = planWith([{ menteeId: 'bo', mentorId: 'alan', round: 1 }], {}, off);
    expect(mentorOf(s, 0, 'bo')).toBe('alan');
    expect(q.pins.held).toBe(1);
  });

  it('a round beyond the event or no round at all', () => {
    expect(unheld([{ menteeId: 'ana', mentorId: 'ada', round: 4 }])).toEqual([
      "round 4 is beyond the event's 3 rounds",
    ]);
    expect(unheld([{ menteeId: 'ana', mentorId: 'ada', round: 0 }])).toEqual(['round 0 is not a round of the event']);
  });

  it('a locked round with the mentee elsewhere', () => {
    const s = plan(input.settings, mentors, mentees, { seed: 2 });
    const where = mentorOf(s, 1, 'ana');
    const other = mentors.find((m) => m.id !== where)!.id;
    const pins = [
      { menteeId: 'ana', mentorId: other, round: 2 },
      { menteeId: 'ana', mentorId: where ?? 'grace', round: 2 },
    ];
    const { s: after, q } = planWith(pins, { locked: [s.rounds[1]!] });
    expect(JSON.stringify(after.rounds[1])).toBe(JSON.stringify(s.rounds[1]));
    expect(q.pins.unheld[0]!.reason).toBe('round 2 is locked with Ana elsewhere');
    // The pin the locked round already holds counts as held (unless Ana sits out there).
    expect(q.pins.held).toBe(where ? 1 : 0);
  });

  it('a table already full of pinned meetings in that round, and a mentee pinned twice in a round', () => {
    const pins = [
      { menteeId: 'ana', mentorId: 'grace', round: 2 },
      { menteeId: 'cy', mentorId: 'grace', round: 2 },
      { menteeId: 'di', mentorId: 'grace', round: 2 },
      { menteeId: 'ana', mentorId: 'ada', round: 2 },
    ];
    const { s, q } = planWith(pins);
    expect(q.pins.unheld).toEqual([
      {
        menteeId: 'di',
        mentorId: 'grace',
        round: 2,
        reason: "Grace Hopper's table is full in round 2 with pinned meetings",
      },
      { menteeId: 'ana', mentorId: 'ada', round: 2, reason: 'Ana is pinned to Grace Hopper in round 2 already' },
    ]);
    expect(mentorOf(s, 1, 'ana')).toBe('grace');
    expect(mentorOf(s, 1, 'cy')).toBe('grace');
  });

  it('every round taken by other pins, or no round left in a replan', () => {
    const one: PlanInput = { ...input, settings: { rounds: 1, tableCapacity: 1 } };
    const pins = [
      { menteeId: 'ana', mentorId: 'grace', round: 1 },
      { menteeId: 'ana', mentorId: 'ada' },
    ];
    expect(unheld(pins, {}, one)).toEqual([
      "every round left is taken by other pinned meetings of Ana or at Ada Lovelace's table",
    ]);
    const s = plan(input.settings, mentors, mentees, { seed: 3 });
    const where = mentorOf(s, 0, 'cy');
    const other = mentors.find((m) => m.id !== where && m.id !== 'alan')!.id;
    const late = [{ menteeId: 'cy', mentorId: other, round: 1 }];
    const after = replan(s, 4, input, { pins: late });
    expect(quality(after, input, { pins: late, fromRound: 4 }).pins.unheld.map((u) => u.reason)).toEqual([
      'round 1 has already begun with Cy elsewhere',
    ]);
    // A mentor who arrives after the last round: no round is left to meet them in.
    const kay: PlanInput = { ...input, mentors: [...mentors, { id: 'kay', name: 'Kay', table: 'T4' }] };
    const anyRound = [{ menteeId: 'cy', mentorId: 'kay' }];
    const q = quality(replan(s, 4, kay, { pins: anyRound }), kay, { pins: anyRound, fromRound: 4 });
    expect(q.pins.unheld.map((u) => u.reason)).toEqual([
      'no round is left to seat them in: every round is locked or has begun',
    ]);
  });

  it('never throws and never drops a pin from quality', () => {
    const pins = [
      { menteeId: 'zoe', mentorId: 'alan' },
      { menteeId: 'ana', mentorId: 'ada', round: 9 },
      { menteeId: 'ghost', mentorId: 'nobody', round: -1 },
      { menteeId: 'cy', mentorId: 'ada', round: 1 },
    ];
    const { s, q } = planWith(pins);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(q.pins.total).toBe(4);
    expect(q.pins.held + q.pins.unheld.length).toBe(4);
    expect(q.pins.held).toBe(1);
  });
});

describe('pin properties', () => {
  it('every pin that can hold is in every plan and replan; hard rules hold; each pin is held or has a reason', () => {
    let checked = 0;
    fc.assert(
      fc.property(handCaseArb(), fc.integer({ min: 1, max: 9 }), ({ input, opts }, fromPick) => {
        const s = plan(input.settings, input.mentors, input.mentees, opts);
        for (const p of surelyHoldable(input, opts)) {
          expect(pinHeld(s, p), JSON.stringify(p)).toBe(true);
          checked++;
        }
        const locked = new Set(opts.locked.map((r) => r.round));
        expect(hardRuleProblems(s, input)).toEqual([]);
        expect(ownGroupMeetings(s, input, locked)).toEqual([]);
        const q = quality(s, input, opts);
        expect(q.pins.held + q.pins.unheld.length).toBe(opts.pins.length);
        for (const u of q.pins.unheld) expect(u.reason).not.toMatch(/^the schedule does not seat/);
        // Replan from a later round for fewer people, with the same pins.
        const from = 1 + (fromPick % (input.settings.rounds + 1));
        const now: PlanInput = { ...input, mentees: input.mentees.filter((_, i) => i % 4 !== 3) };
        const after = replan(s, from, now, opts);
        for (const p of surelyHoldable(now, opts, from)) expect(pinHeld(after, p), JSON.stringify(p)).toBe(true);
        expect(hardRuleProblems(after, now, from)).toEqual([]);
        const qa = quality(after, now, { ...opts, fromRound: from });
        for (const u of qa.pins.unheld) expect(u.reason).not.toMatch(/^the schedule does not seat/);
      }),
      { numRuns: 200, seed: 1801 },
    );
    // The property has teeth: many pins were ones that had to hold.
    expect(checked).toBeGreaterThan(100);
  });
});
