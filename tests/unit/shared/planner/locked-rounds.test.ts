/**
 * Locked rounds (issue 18): kept exactly as given for the people still present, and the other
 * rounds planned around them (their meetings count as met, their byes as byes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan, quality, replan, type PlanInput } from '../../../../shared/planner';
import type { RoundSeating } from '../../../../shared/schemas/schedule';
import { handCaseArb, keptLock } from './hand-support';
import { byeCounts, hardRuleProblems, makeInput, spreadOf } from './support';

const run = (input: PlanInput, seed: number, locked: RoundSeating[] = []) =>
  plan(input.settings, input.mentors, input.mentees, { seed, locked });

describe('locked rounds', () => {
  it('are kept byte for byte, and the other rounds meet around them (no repeat of a locked meeting)', () => {
    const input = makeInput(5, 5, 5, 1);
    for (let seed = 1; seed <= 20; seed++) {
      const first = run(input, seed);
      const lock = [first.rounds[2]!, first.rounds[4]!];
      const again = run(input, seed + 100, lock);
      expect(JSON.stringify(again.rounds[2])).toBe(JSON.stringify(first.rounds[2]));
      expect(JSON.stringify(again.rounds[4])).toBe(JSON.stringify(first.rounds[4]));
      expect(hardRuleProblems(again, input)).toEqual([]);
      const q = quality(again, input);
      expect(q.distinctMeetings).toBe(25);
      expect(q.repeatMeetings).toBe(0);
    }
  });

  it('count their byes as byes: sitting out in a locked round means a seat elsewhere', () => {
    // 6 mentees, 2 tables of 2, 3 rounds: 2 sit out each round, each mentee once.
    const input = makeInput(2, 6, 3, 2);
    const lock: RoundSeating = {
      round: 1,
      tables: [
        { mentorId: 'm1', menteeIds: ['e1', 'e2'] },
        { mentorId: 'm2', menteeIds: ['e3', 'e4'] },
      ],
      byes: ['e5', 'e6'],
    };
    for (let seed = 1; seed <= 20; seed++) {
      const s = run(input, seed, [lock]);
      expect(s.rounds[0]).toEqual(lock);
      expect(s.rounds.slice(1).every((r) => !r.byes.includes('e5') && !r.byes.includes('e6'))).toBe(true);
      expect(spreadOf(byeCounts(s, input))).toBe(0);
    }
  });

  it('keep only the people present: the gone are left out (a mentor with their table), a newcomer sits out', () => {
    const input = makeInput(3, 4, 3, 2);
    const lock: RoundSeating = {
      round: 2,
      tables: [
        { mentorId: 'm3', menteeIds: ['e4', 'gone'] },
        { mentorId: 'm1', menteeIds: ['e1', 'e2'] },
        { mentorId: 'left', menteeIds: ['e3'] },
      ],
      byes: ['also-gone'],
    };
    input.mentees.push({ id: 'new', name: 'Newcomer', wishes: [], avoid: [] });
    const s = run(input, 1, [lock]);
    expect(s.rounds[1]).toEqual({
      round: 2,
      tables: [
        { mentorId: 'm1', menteeIds: ['e1', 'e2'] },
        { mentorId: 'm2', menteeIds: [] },
        { mentorId: 'm3', menteeIds: ['e4'] },
      ],
      byes: ['e3', 'new'],
    });
    expect(hardRuleProblems(s, input)).toEqual([]);
  });

  it('are kept as the organizer locked them even over a smaller capacity (quality reports it)', () => {
    const input = makeInput(2, 4, 2, 2);
    const first = run(input, 1);
    const smaller = { ...input, settings: { rounds: 2, tableCapacity: 1 } };
    const s = run(smaller, 1, [first.rounds[0]!]);
    expect(JSON.stringify(s.rounds[0])).toBe(JSON.stringify(first.rounds[0]));
    expect(quality(s, smaller).capacityViolations).toBe(2);
    expect(hardRuleProblems(s, smaller, 2)).toEqual([]);
  });

  it('in a replan: a locked round from fromRound on is kept, for the people still present', () => {
    const input = makeInput(4, 10, 5, 3);
    const s = run(input, 1);
    const now: PlanInput = { ...input, mentees: input.mentees.filter((x) => x.id !== 'e3') };
    const lock = [s.rounds[3]!, s.rounds[0]!];
    const after = replan(s, 2, now, { locked: lock });
    expect(after.rounds[3]).toEqual(keptLock(s.rounds[3]!, now));
    // Round 1 is before fromRound: history, unchanged anyway.
    expect(JSON.stringify(after.rounds[0])).toBe(JSON.stringify(s.rounds[0]));
    expect(hardRuleProblems(after, now, 2)).toEqual([]);
  });

  it('property: kept exactly in plans and replans, hard rules hold elsewhere, equal input gives equal output', () => {
    let kept = 0;
    fc.assert(
      fc.property(handCaseArb(), fc.integer({ min: 1, max: 9 }), ({ input, opts }, fromPick) => {
        const s = plan(input.settings, input.mentors, input.mentees, opts);
        for (const lock of opts.locked) {
          expect(JSON.stringify(s.rounds[lock.round - 1])).toBe(JSON.stringify(lock));
          kept++;
        }
        expect(hardRuleProblems(s, input)).toEqual([]);
        expect(JSON.stringify(plan(input.settings, input.mentors, input.mentees, opts))).toBe(JSON.stringify(s));
        const from = 1 + (fromPick % (input.settings.rounds + 1));
        const now: PlanInput = { ...input, mentees: input.mentees.filter((_, i) => i % 5 !== 1) };
        const after = replan(s, from, now, opts);
        for (const lock of opts.locked.filter((r) => r.round >= from))
          expect(after.rounds[lock.round - 1]).toEqual(keptLock(lock, now));
        expect(hardRuleProblems(after, now, from)).toEqual([]);
        expect(JSON.stringify(replan(s, from, now, opts))).toBe(JSON.stringify(after));
      }),
      { numRuns: 200, seed: 1804 },
    );
    expect(kept).toBeGreaterThan(100);
  });
});
