/**
 * Property tests of replanMovingMentors: random live changes at the door (mentees leave and
 * arrive, mentors leave and arrive) from a random round. The rounds before stay as they were,
 * seated mentees never move, a newcomer takes a free seat while there is one, and every hard
 * rule holds from the round replanned on.
 */
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import {
  type MovingInput,
  movingQuality,
  planMovingMentors,
  replanMovingMentors,
} from '../../../../../shared/planner/moving';
import { describe, movingEvent, problems, runs, seats } from './support';

const change = fc.record({
  leaveEvery: fc.integer({ min: 0, max: 5 }),
  arrive: fc.integer({ min: 0, max: 8 }),
  mentorLeaves: fc.boolean(),
  mentorArrives: fc.boolean(),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
});

group('replanMovingMentors properties', () => {
  it('keeps earlier rounds and seats, seats newcomers in free seats first, and keeps every hard rule', () => {
    fc.assert(
      fc.property(movingEvent({ avoids: 2, fixed: true }), change, ({ input, seed }, c) => {
        const before = planMovingMentors(input, { seed });
        const R = input.settings.rounds;
        const fromRound = 1 + Math.floor(c.at * R);
        const T = input.mentors.length;
        const mentors = [
          ...input.mentors.filter((_, i) => !(c.mentorLeaves && T > 1 && i === T - 1)),
          ...(c.mentorArrives ? [{ id: 'm-new', name: 'New mentor', table: '' }] : []),
        ];
        const stay = input.mentees.filter((_, i) => c.leaveEvery === 0 || i % c.leaveEvery !== 1);
        const comers = Array.from({ length: c.arrive }, (_, i) => ({
          id: `n${i + 1}`,
          name: `Newcomer ${i + 1}`,
          wishes: [mentors[i % mentors.length]!.id],
          avoid: i % 3 === 0 ? [mentors[(i + 1) % mentors.length]!.id] : [],
        }));
        const now: MovingInput = { settings: input.settings, mentors, mentees: [...stay, ...comers] };
        const after = replanMovingMentors(before, now, fromRound, { seed });
        const context = `${describe(input)}, from round ${fromRound}, ${JSON.stringify(c)}`;
        expect(after.rounds.slice(0, fromRound - 1)).toEqual(before.rounds.slice(0, fromRound - 1));
        expect(problems(after, now, fromRound), context).toEqual([]);
        const was = seats(before);
        const is = seats(after);
        for (const x of stay) expect(is.get(x.id), context).toBe(was.get(x.id));
        // A newcomer opens a table only when every table still in use was full.
        const opened = after.tables.filter((t) => !before.tables.some((b) => b.table === t.table));
        if (opened.length > 0) {
          const kept = after.tables.filter((t) => !opened.includes(t));
          for (const t of kept)
            expect(t.menteeIds.length, context).toBeGreaterThanOrEqual(input.settings.tableCapacity);
        }
        const q = movingQuality(after, now);
        expect([q.avoidBreaks, q.doubleVisits]).toEqual([0, 0]);
        expect(JSON.stringify(replanMovingMentors(before, now, fromRound, { seed }))).toBe(JSON.stringify(after));
      }),
      runs(200, 1801),
    );
  });

  it('with nobody changed returns the schedule as it was, and replanning a replan proposes no moves', () => {
    fc.assert(
      fc.property(movingEvent({ avoids: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), ({ input, seed }, at) => {
        const s = planMovingMentors(input, { seed });
        const from = 1 + Math.floor(at * input.settings.rounds);
        expect(replanMovingMentors(s, input, from, { seed })).toEqual(s);
        const now = { ...input, mentees: [...input.mentees, { id: 'late', name: 'Late', wishes: [], avoid: [] }] };
        const once = replanMovingMentors(s, now, from, { seed });
        expect(replanMovingMentors(once, now, from, { seed })).toEqual(once);
      }),
      runs(100, 1802),
    );
  });

  it('a late mentee with no other change joins a table with a free seat and the mentors keep their tracks', () => {
    const input = {
      settings: { rounds: 6, tableCapacity: 4 },
      mentors: Array.from({ length: 6 }, (_, i) => ({ id: `m${i + 1}`, name: `M${i + 1}`, table: '' })),
      mentees: Array.from({ length: 22 }, (_, i) => ({ id: `e${i + 1}`, name: `E${i + 1}`, wishes: [], avoid: [] })),
    };
    const s = planMovingMentors(input);
    expect(s.tables.map((t) => t.menteeIds.length).sort()).toEqual([3, 3, 4, 4, 4, 4]);
    const now = { ...input, mentees: [...input.mentees, { id: 'late', name: 'Late', wishes: ['m2'], avoid: [] }] };
    const after = replanMovingMentors(s, now, 3);
    const table = seats(after).get('late')!;
    expect(s.tables.find((t) => t.table === table)!.menteeIds.length).toBe(3);
    for (let r = 0; r < 6; r++)
      expect(after.rounds[r]!.tables.map((v) => v.table)).toEqual(s.rounds[r]!.tables.map((v) => v.table));
  });
});
