import { describe, expect, it } from 'vitest';
import { plan, quality, type PlanInput } from '../../../../shared/planner';
import { byeCounts, hardRuleProblems, makeInput, meetings, randomInput, spreadOf } from './support';

const run = (input: PlanInput, seed = 1) => plan(input.settings, input.mentors, input.mentees, { seed });

describe('avoids', () => {
  it('never seats a mentee with a mentor they avoid, and they still meet everyone else', () => {
    const input = makeInput(6, 6, 5);
    input.mentees[0]!.avoid = ['m2', 'm4'];
    input.mentees[3]!.avoid = ['m1'];
    const s = run(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    const met = meetings(s);
    expect([...met.get('e1')!.keys()].sort()).toEqual(['m1', 'm3', 'm5', 'm6']);
    expect(met.get('e4')!.has('m1')).toBe(false);
    expect(quality(s, input).avoidableRepeats).toBe(0);
  });

  it('gives a mentee who avoids every mentor a bye every round, without skewing everyone else’s byes', () => {
    const input = makeInput(3, 5, 4);
    input.mentees[2]!.avoid = ['m1', 'm2', 'm3'];
    const s = run(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    for (const r of s.rounds) expect(r.byes).toContain('e3');
    expect(spreadOf(byeCounts(s, input))).toBeLessThanOrEqual(1);
    const q = quality(s, input);
    expect(q.byes).toMatchObject({ forced: 4, forcedMentees: 1 });
    expect(q.byes.spread).toBeLessThanOrEqual(1);
  });

  it('an avoid wins over a wish for the same mentor', () => {
    const input = makeInput(4, 4, 4);
    input.mentees[0]!.wishes = ['m3'];
    input.mentees[0]!.avoid = ['m3'];
    const s = run(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(meetings(s).get('e1')!.has('m3')).toBe(false);
    expect(quality(s, input).wishes.total).toBe(0);
  });

  it('ignores wishes and avoids naming mentors who are not present', () => {
    const input = makeInput(3, 3, 3);
    input.mentees[0]!.wishes = ['ghost'];
    input.mentees[0]!.avoid = ['nobody'];
    const s = run(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(meetings(s).get('e1')!.size).toBe(3);
  });

  it('with heavy avoids still meets at least 98% of the bound and keeps byes fair (a larger event)', () => {
    const input = randomInput(11, 40, 150, { rounds: 12, tableCapacity: 3 }, 3, 3);
    const s = run(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    const q = quality(s, input);
    expect(q.coverageRatio).toBeGreaterThanOrEqual(0.98);
    expect(q.byes.spread).toBeLessThanOrEqual(1);
    expect(q.avoidableRepeats).toBe(0);
  });
});

describe('wishes', () => {
  it('meets a wished mentor the rotation would not reach', () => {
    const input = makeInput(10, 10, 3);
    // Whatever the rotation, three rounds reach only three of ten mentors: ask for far ones.
    for (const [i, x] of input.mentees.entries()) x.wishes = [`m${((i + 5) % 10) + 1}`];
    const s = run(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    const met = meetings(s);
    for (const x of input.mentees) expect(met.get(x.id)!.has(x.wishes[0]!)).toBe(true);
    expect(quality(s, input).wishes).toMatchObject({ met: 10, total: 10, topMet: 10, topTotal: 10 });
  });

  it('shares a popular mentor fairly: every top wish before anyone’s second', () => {
    // m1 has 2 rounds × 1 seat = 2 meetings to give. e1 and e2 wish m1 second, e3 and e4 first.
    const input = makeInput(6, 6, 2);
    input.mentees[0]!.wishes = ['m2', 'm1'];
    input.mentees[1]!.wishes = ['m3', 'm1'];
    input.mentees[2]!.wishes = ['m1'];
    input.mentees[3]!.wishes = ['m1'];
    const s = run(input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    const met = meetings(s);
    expect(met.get('e3')!.has('m1')).toBe(true);
    expect(met.get('e4')!.has('m1')).toBe(true);
    expect(met.get('e1')!.has('m2')).toBe(true);
    expect(met.get('e2')!.has('m3')).toBe(true);
  });

  it('meets at least 90% of wishes when rounds allow (30 tables of 3, 90 mentees, 8 rounds, 3 wishes each)', () => {
    const input = randomInput(5, 30, 90, { rounds: 8, tableCapacity: 3 }, 3, 0);
    for (const [i, x] of input.mentees.entries()) x.wishes = [1, 2, 3].map((k) => `m${((i * 7 + k * 11) % 30) + 1}`);
    const s = run(input);
    const q = quality(s, input);
    expect(hardRuleProblems(s, input)).toEqual([]);
    expect(q.wishes.total).toBe(270);
    expect(q.wishes.ratio).toBeGreaterThanOrEqual(0.9);
    expect(q.wishes.topMet).toBe(90);
    // Wishes are granted by exchanges that keep coverage and fairness intact.
    expect(q.distinctMeetings).toBe(q.coverageBound);
    expect(q.idleSeats.spread).toBeLessThanOrEqual(1);
  });
});
