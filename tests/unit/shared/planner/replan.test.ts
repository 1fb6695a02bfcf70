import { describe, expect, it } from 'vitest';
import { plan, PlanError, quality, replan, type PlanInput, type Schedule } from '../../../../shared/planner';
import { byeCounts, hardRuleProblems, makeInput, meetings, mentorOf, spreadOf } from './support';

const start = (input: PlanInput) => plan(input.settings, input.mentors, input.mentees, { seed: 3 });
const pastRounds = (s: Schedule, from: number) => JSON.stringify(s.rounds.filter((r) => r.round < from));
/** Seats (mentee → mentor) that differ between two schedules in rounds ≥ from, for people in both. */
function movedSeats(a: Schedule, b: Schedule, from: number): number {
  let moved = 0;
  for (let r = from - 1; r < Math.min(a.rounds.length, b.rounds.length); r++) {
    for (const t of b.rounds[r]!.tables)
      for (const id of t.menteeIds)
        if (a.rounds[r]!.tables.some((u) => u.menteeIds.includes(id)) && mentorOf(a, r, id) !== t.mentorId) moved++;
  }
  return moved;
}

describe('replan', () => {
  it('keeps earlier rounds byte-identical and changes nothing when nothing changed', () => {
    const input = makeInput(6, 14, 6, 2);
    const s = start(input);
    const again = replan(s, 3, input, { seed: 3 });
    expect(JSON.stringify(again.rounds)).toBe(JSON.stringify(s.rounds));
  });

  it('a newcomer takes over the seats of someone who left; nobody else moves', () => {
    const input = makeInput(7, 21, 6, 3);
    const s = start(input);
    const changes: PlanInput = {
      ...input,
      mentees: [...input.mentees.filter((x) => x.id !== 'e5'), { id: 'n1', name: 'New', wishes: [], avoid: [] }],
    };
    const after = replan(s, 3, changes);
    expect(pastRounds(after, 3)).toBe(pastRounds(s, 3));
    expect(hardRuleProblems(after, changes, 3)).toEqual([]);
    for (let r = 2; r < 6; r++) expect(mentorOf(after, r, 'n1')).toBe(mentorOf(s, r, 'e5'));
    expect(movedSeats(s, after, 3)).toBe(0);
    // The departed mentee stays listed, as the past rounds name them; the newcomer is added.
    expect(after.mentees.map((x) => x.id)).toContain('e5');
    expect(after.mentees.map((x) => x.id)).toContain('n1');
  });

  it('a mentor leaving moves only that table’s mentees, onto mentors they have not met', () => {
    const input = makeInput(8, 8, 6);
    const s = start(input);
    const changes: PlanInput = { ...input, mentors: input.mentors.filter((m) => m.id !== 'm4') };
    const after = replan(s, 3, changes);
    expect(pastRounds(after, 3)).toBe(pastRounds(s, 3));
    for (const r of after.rounds.slice(2)) expect(r.tables.map((t) => t.mentorId)).not.toContain('m4');
    // Each later round, the mentee who would have sat with m4 is the only one displaced (or sits out).
    expect(movedSeats(s, after, 3)).toBeLessThanOrEqual(4 * 2);
    expect(quality(after, changes)).toMatchObject({ avoidableRepeats: 0, avoidViolations: 0, placementViolations: 0 });
    expect(after.mentors.map((m) => m.id)).toContain('m4');
  });

  it('a new mentor gets a fair share of mentees, spread over the rounds, without repeats', () => {
    const input = makeInput(4, 8, 6, 3);
    const s = start(input);
    const changes: PlanInput = { ...input, mentors: [...input.mentors, { id: 'm9', name: 'Late', table: 'T9' }] };
    const after = replan(s, 2, changes);
    const seated = after.rounds.slice(1).map((r) => r.tables.find((t) => t.mentorId === 'm9')!.menteeIds.length);
    // 8 mentees over 5 tables for 5 rounds is 8 seatings a table; not all crammed into a few rounds.
    expect(seated.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...seated)).toBeLessThanOrEqual(2);
    expect(meetings(after).get('e1')!.has('m9')).toBe(true);
    const q = quality(after, changes);
    expect(q).toMatchObject({ avoidableRepeats: 0, avoidViolations: 0, capacityViolations: 0, placementViolations: 0 });
  });

  it('honours a new avoid from the replanned round on', () => {
    const input = makeInput(5, 5, 5);
    const s = start(input);
    const target = mentorOf(s, 3, 'e2')!; // where e2 would sit in round 4
    const changes: PlanInput = {
      ...input,
      mentees: input.mentees.map((x) => (x.id === 'e2' ? { ...x, avoid: [target] } : x)),
    };
    const after = replan(s, 4, changes);
    expect(mentorOf(after, 3, 'e2')).not.toBe(target);
    expect(mentorOf(after, 4, 'e2')).not.toBe(target);
    expect(pastRounds(after, 4)).toBe(pastRounds(s, 4));
  });

  it('adds rounds at the end continuing the rotation, and removes rounds from the end', () => {
    const input = makeInput(6, 6, 4);
    const s = start(input);
    const longer = replan(s, 5, { ...input, settings: { rounds: 6, tableCapacity: 1 } });
    expect(longer.rounds).toHaveLength(6);
    expect(JSON.stringify(longer.rounds.slice(0, 4))).toBe(JSON.stringify(s.rounds));
    expect(quality(longer, { ...input, settings: { rounds: 6, tableCapacity: 1 } })).toMatchObject({
      repeatMeetings: 0,
      oneTableOn: { share: 1 },
    });
    for (const mine of meetings(longer).values()) expect(mine.size).toBe(6);
    const shorter = replan(s, 3, { ...input, settings: { rounds: 3, tableCapacity: 1 } });
    expect(shorter.rounds).toHaveLength(3);
    expect(shorter.settings).toEqual({ rounds: 3, tableCapacity: 1 });
  });

  it('a larger table capacity from a round on seats those who would sit out, at mentors they have not met', () => {
    const input = makeInput(4, 11, 4);
    const s = start(input);
    const changes: PlanInput = { ...input, settings: { rounds: 4, tableCapacity: 3 } };
    const after = replan(s, 3, changes);
    expect(pastRounds(after, 3)).toBe(pastRounds(s, 3));
    expect(hardRuleProblems(after, changes, 3)).toEqual([]);
    expect(after.rounds.slice(2).map((r) => r.byes.length)).toEqual([0, 0]);
    expect(quality(after, changes)).toMatchObject({ repeatMeetings: 0, capacityViolations: 0 });
  });

  it('keeps bye fairness over the whole event when a mentee leaves mid-way', () => {
    const input = makeInput(4, 11, 8);
    const s = start(input);
    const changes: PlanInput = { ...input, mentees: input.mentees.slice(1) };
    const after = replan(s, 4, changes);
    expect(spreadOf(byeCounts(after, changes))).toBeLessThanOrEqual(1);
    expect(pastRounds(after, 4)).toBe(pastRounds(s, 4));
  });

  it('refuses what cannot be done, with a clear message', () => {
    const input = makeInput(3, 3, 4);
    const s = start(input);
    expect(() => replan(s, 0, input)).toThrow(PlanError);
    expect(() => replan(s, 1.5, input)).toThrow(/fromRound must be a whole number/);
    expect(() => replan(s, 4, { ...input, settings: { rounds: 2, tableCapacity: 1 } })).toThrow(
      /cannot shorten the event to 2 rounds: rounds 1–3 are already fixed/,
    );
    expect(() => replan(s, 2, { ...input, mentors: [] })).toThrow(
      'no mentors: add at least one mentor before planning',
    );
  });

  it('is deterministic and reuses the schedule’s seed', () => {
    const input = makeInput(5, 12, 5, 2);
    const s = start(input);
    const changes: PlanInput = { ...input, mentees: input.mentees.slice(2) };
    expect(JSON.stringify(replan(s, 2, changes))).toBe(JSON.stringify(replan(s, 2, changes)));
    expect(replan(s, 2, changes).seed).toBe(3);
  });
});
