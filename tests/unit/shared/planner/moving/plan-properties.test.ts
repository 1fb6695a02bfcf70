/**
 * Property tests of planMovingMentors over random events: the hard rules, determinism, and
 * without avoids coverage at the bound, spreads within one and the rhythm. Seeds are fixed so a
 * failure reproduces.
 */
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { quality } from '../../../../../shared/planner';
import { movingQuality, planMovingMentors } from '../../../../../shared/planner/moving';
import { describe, movingEvent, problems, runs, seats, spread, visitsByTable } from './support';

group('planMovingMentors properties', () => {
  it('keeps every hard rule, fixed seats included, and the same input and seed give the same schedule', () => {
    fc.assert(
      fc.property(movingEvent({ avoids: 3, fixed: true }), ({ input, seed }) => {
        const s = planMovingMentors(input, { seed });
        expect(problems(s, input), describe(input)).toEqual([]);
        expect(JSON.stringify(planMovingMentors(input, { seed }))).toBe(JSON.stringify(s));
        const q = quality(s, input);
        expect([q.avoidViolations, q.capacityViolations, q.placementViolations]).toEqual([0, 0, 0]);
        const mq = movingQuality(s, input);
        expect([mq.avoidBreaks, mq.doubleVisits, mq.seatMoves]).toEqual([0, 0, 0]);
      }),
      runs(200, 1701),
    );
  });

  it('forms the fewest tables, balanced within one, when no seat is fixed', () => {
    fc.assert(
      fc.property(movingEvent({ avoids: 3 }), ({ input, seed }) => {
        const s = planMovingMentors(input, { seed });
        const M = input.mentees.length;
        expect(s.tables.length).toBe(M === 0 ? 0 : Math.ceil(M / input.settings.tableCapacity));
        expect(spread(s.tables.map((t) => t.menteeIds.length))).toBeLessThanOrEqual(1);
        expect(s.tables.map((t) => t.table)).toEqual(s.tables.map((_, i) => `T${i + 1}`));
      }),
      runs(150, 1702),
    );
  });

  it('without avoids: coverage at the bound, min(tables, mentors) visits a round, spreads ≤ 1, no early repeat', () => {
    fc.assert(
      fc.property(movingEvent({ avoids: 0 }), ({ input, seed }) => {
        const s = planMovingMentors(input, { seed });
        const q = movingQuality(s, input);
        const T = input.mentors.length;
        const G = s.tables.length;
        const R = input.settings.rounds;
        expect(q.distinctMeetings, describe(input)).toBe(q.coverageBound);
        expect(q.shortRounds).toBe(0);
        expect(q.visits).toBe(R * Math.min(G, T));
        expect(q.avoidableRepeats).toBe(0);
        if (T > G) expect(q.rests.spread).toBeLessThanOrEqual(1);
        if (G > T) expect(q.groupByes.spread).toBeLessThanOrEqual(1);
        for (const [, mentors] of visitsByTable(s)) {
          // No table meets a mentor twice while one it has not met could come …
          const distinct = new Set(mentors).size;
          expect(distinct).toBe(Math.min(mentors.length, T));
          // … and with rounds ≥ max(tables, mentors) every table meets every mentor.
          if (R >= Math.max(G, T)) expect(distinct).toBe(T);
        }
        // Larger tables get the extra visits, so the mentee-level bound is reached as well.
        if (G <= T) expect(quality(s, input).coverageRatio).toBe(1);
      }),
      runs(200, 1703),
    );
  });

  it('the rhythm holds fully without avoids: every move between tables goes one table on', () => {
    fc.assert(
      fc.property(movingEvent({ avoids: 0 }), ({ input, seed }) => {
        const q = movingQuality(planMovingMentors(input, { seed }), input);
        expect(q.rhythm.moves).toBe(q.rhythm.total);
      }),
      runs(150, 1704),
    );
  });

  it('with tables == mentors and no avoids, mentor at Ti goes to T(i+1) every round', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer(),
        (T, cap, rounds, seed) => {
          const M = T * cap;
          const input = {
            settings: { rounds, tableCapacity: cap },
            mentors: Array.from({ length: T }, (_, i) => ({ id: `m${i + 1}`, name: `M${i + 1}`, table: '' })),
            mentees: Array.from({ length: M }, (_, i) => ({
              id: `e${i + 1}`,
              name: `E${i + 1}`,
              wishes: [`m${1 + ((i * 7) % T)}`],
              avoid: [],
            })),
          };
          const s = planMovingMentors(input, { seed });
          expect(s.tables.length).toBe(T);
          for (let r = 1; r < rounds; r++) {
            s.rounds[r]!.tables.forEach((v, m) => {
              const before = Number(s.rounds[r - 1]!.tables[m]!.table!.slice(1));
              expect(v.table).toBe(`T${(before % T) + 1}`);
            });
          }
        },
      ),
      runs(80, 1705),
    );
  });

  it('with avoids: no avoidable repeat in almost every event, and coverage stays near the bound', () => {
    let events = 0;
    let withRepeat = 0;
    let ratio = 0;
    fc.assert(
      fc.property(movingEvent({ avoids: 2 }), ({ input, seed }) => {
        const q = movingQuality(planMovingMentors(input, { seed }), input);
        events++;
        if (q.avoidableRepeats > 0) withRepeat++;
        ratio += q.coverageRatio;
      }),
      runs(200, 1706),
    );
    expect(withRepeat / events).toBeLessThanOrEqual(0.02);
    expect(ratio / events).toBeGreaterThan(0.9);
  });

  it('seats each mentee once for the whole event: every round lists the same groups', () => {
    fc.assert(
      fc.property(movingEvent({ avoids: 2, fixed: true }), ({ input, seed }) => {
        const s = planMovingMentors(input, { seed });
        const seat = seats(s);
        for (const round of s.rounds)
          for (const v of round.tables) for (const id of v.menteeIds) expect(seat.get(id)).toBe(v.table);
      }),
      runs(100, 1707),
    );
  });
});
