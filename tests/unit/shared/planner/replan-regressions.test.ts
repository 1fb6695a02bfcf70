/**
 * The smallest cases the properties in replan-properties.test.ts found, kept as plain
 * examples for the planner: each test names what a live organizer would see go wrong.
 */
import { describe, expect, it } from 'vitest';
import { replan } from '../../../../shared/planner';
import { bystandersMoved, oneMoveImprovements, simulate, unfairByes, type LiveCase } from './live-sim';

const only = (c: LiveCase) => simulate(c).at(-1)!;

describe('replan: cases found by the live properties', () => {
  it('a later replan with nobody changing changes nothing (a preview after the clock moved proposes no moves)', () => {
    // 2 mentors, 3 mentees; in round 2 two mentees leave and one newcomer arrives.
    const r = only({
      mentors: 2,
      mentees: 3,
      cap: 1,
      rounds: 4,
      avoids: [],
      wishes: [],
      seed: 1,
      steps: [
        {
          advance: 1,
          changes: [
            { kind: 'mentee-leaves', pick: 14 },
            { kind: 'mentee-leaves', pick: 0 },
          ],
        },
        { advance: 0, changes: [{ kind: 'mentee-arrives', pick: 0 }] },
      ],
    });
    // One round later nothing has changed at the door: the organizer's preview should be empty.
    const later = replan(r.after, 3, r.input);
    expect(JSON.stringify(later.rounds)).toBe(JSON.stringify(r.after.rounds));
  });

  it('a mentor leaving does not leave a free seat empty while a mentee who never meets that mentor sits out', () => {
    // 3 mentors, tables of 2, 7 mentees (one avoids m1); a newcomer in round 2, then m2 leaves.
    const r = only({
      mentors: 3,
      mentees: 7,
      cap: 2,
      rounds: 3,
      avoids: [[0, 0]],
      wishes: [],
      seed: 3380,
      steps: [
        { advance: 1, changes: [{ kind: 'mentee-arrives', pick: 0 }] },
        { advance: 0, changes: [{ kind: 'mentor-leaves', pick: 10 }] },
      ],
    });
    expect(oneMoveImprovements(r)).toEqual([]);
  });

  it('one mentor leaving before the start moves about one bystander a round, not three', () => {
    // 6 mentors, 10 mentees, 6 rounds, tables of 1: m1 leaves. Each round one mentee loses
    // their seat (6 in all, all different); byes stay fair with one swap (e7 would otherwise
    // sit out 4 rounds against 2 for e1 and e5): 8 moves would do. The planner moves 19.
    const r = only({
      mentors: 6,
      mentees: 10,
      cap: 1,
      rounds: 6,
      avoids: [],
      wishes: [],
      seed: 1,
      steps: [{ advance: 0, changes: [{ kind: 'mentor-leaves', pick: 0 }] }],
    });
    const moved = bystandersMoved(r).flatMap((x) => x.moved.map((id) => `r${x.round}:${id}`));
    expect(moved.length, moved.join(' ')).toBeLessThanOrEqual(10);
  });

  it('a latecomer does not take the free seat from someone who has sat out every round so far', () => {
    // 2 mentors, tables of 1, 2 rounds; two newcomers before the start (n1 seated in round 1,
    // n2 sits out round 1). In round 2, e1 leaves and n3 arrives: the seat e1 frees goes to n3,
    // so n2 sits out the whole event while the latecomer meets a mentor at once.
    const r = only({
      mentors: 2,
      mentees: 3,
      cap: 1,
      rounds: 2,
      avoids: [],
      wishes: [],
      seed: 1,
      steps: [
        {
          advance: 0,
          changes: [
            { kind: 'mentee-arrives', pick: 0 },
            { kind: 'mentee-arrives', pick: 0 },
          ],
        },
        {
          advance: 1,
          changes: [
            { kind: 'mentee-arrives', pick: 0 },
            { kind: 'mentee-leaves', pick: 0 },
          ],
        },
      ],
    });
    expect(unfairByes(r)).toEqual([]);
  });

  it('a mentor arriving mid-event takes mentees from the byes instead of moving everyone', () => {
    // Tables of 1; mentors and mentees arrive over rounds 2–3; in round 4 mentor k5 arrives.
    // Two mentees sit out round 4 and two round 5: the new table can be filled from them. The
    // planner moves 12 places (every mentee in round 6).
    const r = only({
      mentors: 2,
      mentees: 3,
      cap: 1,
      rounds: 6,
      avoids: [
        [0, 1],
        [0, 0],
      ],
      wishes: [],
      seed: 4565,
      steps: [
        {
          advance: 1,
          changes: [
            { kind: 'mentor-arrives', pick: 0 },
            { kind: 'mentee-arrives', pick: 0 },
          ],
        },
        {
          advance: 1,
          changes: [
            { kind: 'mentor-arrives', pick: 0 },
            { kind: 'mentee-arrives', pick: 0 },
          ],
        },
        { advance: 1, changes: [{ kind: 'mentor-arrives', pick: 0 }] },
      ],
    });
    const moved = bystandersMoved(r).flatMap((x) => x.moved.map((id) => `r${x.round}:${id}`));
    expect(moved.length, moved.join(' ')).toBeLessThanOrEqual(
      3 * r.input.settings.tableCapacity * bystandersMoved(r).length,
    );
  });

  it('two newcomers arriving together share the byes', () => {
    // Round 5 of 7: n4 and n5 arrive at once. n4 sits out rounds 6 and 7 while n5 sits at a
    // table every round, including k3's table in round 7, which n4 never meets.
    const r = only({
      mentors: 2,
      mentees: 2,
      cap: 1,
      rounds: 7,
      avoids: [
        [7, 0],
        [0, 0],
      ],
      wishes: [],
      seed: 5254,
      steps: [
        {
          advance: 1,
          changes: [
            { kind: 'mentor-leaves', pick: 31 },
            { kind: 'mentee-arrives', pick: 0 },
          ],
        },
        {
          advance: 1,
          changes: [
            { kind: 'mentee-leaves', pick: 0 },
            { kind: 'mentor-leaves', pick: 0 },
          ],
        },
        { advance: 1, changes: [{ kind: 'mentor-arrives', pick: 0 }] },
        { advance: 0, changes: [{ kind: 'mentor-arrives', pick: 0 }] },
        {
          advance: 1,
          changes: [
            { kind: 'mentee-arrives', pick: 0 },
            { kind: 'mentee-arrives', pick: 0 },
          ],
        },
      ],
    });
    expect(unfairByes(r)).toEqual([]);
  });
});
