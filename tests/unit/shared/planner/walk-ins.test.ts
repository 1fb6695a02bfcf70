import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan, quality, replan, type Schedule } from '../../../../shared/planner';
import { liveCaseArb, oneMoveImprovements, ruleBreaches, simulate, unfairByes, type Replanned } from './live-sim';

// Walk-ins: mentees added at the door after the start. Fixed seeds, so a failure reproduces.
const runs = (seed: number, numRuns = 300) => ({ seed, numRuns });

/** Live cases whose door changes are walk-ins only (every batch adds 1–3 mentees). */
const walkInCaseArb = liveCaseArb.map((c) => ({
  ...c,
  steps: c.steps.map((s) => ({ ...s, changes: s.changes.map((ch) => ({ ...ch, kind: 'mentee-arrives' as const })) })),
}));

const seatedIn = (s: Schedule, round: number) =>
  new Set(s.rounds.find((r) => r.round === round)?.tables.flatMap((t) => t.menteeIds) ?? []);

/** Per replanned round: who held a seat before and sits out now, and the free seats they could have taken. */
function seatsLost(r: Replanned): { round: number; lost: string[]; freeFor: Map<string, string[]> }[] {
  const cap = r.input.settings.tableCapacity;
  const avoid = new Map(r.input.mentees.map((x) => [x.id, new Set(x.avoid)] as const));
  return r.after.rounds
    .filter((x) => x.round >= r.from)
    .map((round) => {
      const held = seatedIn(r.before, round.round);
      const lost = round.byes.filter((id) => held.has(id) && avoid.has(id));
      const free = round.tables.filter((t) => t.menteeIds.length < cap).map((t) => t.mentorId);
      const freeFor = new Map(lost.map((id) => [id, free.filter((m) => !avoid.get(id)!.has(m))] as const));
      return { round: round.round, lost, freeFor };
    });
}

/** Free seats in a round of a schedule. */
const freeSeats = (s: Schedule, round: number, cap: number) =>
  s.rounds[round - 1]!.tables.reduce((n, t) => n + Math.max(0, cap - t.menteeIds.length), 0);

describe('walk-ins in a replan', () => {
  it('no one who held a seat sits out while a seat they may take is free', () => {
    fc.assert(
      fc.property(walkInCaseArb, (c) => {
        for (const r of simulate(c)) {
          for (const x of seatsLost(r))
            for (const id of x.lost) expect(x.freeFor.get(id), `round ${x.round}: ${id}`).toEqual([]);
        }
      }),
      runs(201, 600),
    );
  });

  it('with a free seat for every walk-in in every round, nobody already here sits out more rounds', () => {
    fc.assert(
      fc.property(walkInCaseArb, (c) => {
        for (const r of simulate(c)) {
          const cap = r.input.settings.tableCapacity;
          const arrived = r.input.mentees.filter((x) => !r.before.mentees.some((y) => y.id === x.id)).length;
          const replanned = r.before.rounds.filter((x) => x.round >= r.from).map((x) => x.round);
          if (!replanned.every((n) => freeSeats(r.before, n, cap) >= arrived)) continue;
          const byes = (s: Schedule, id: string) => s.rounds.filter((x) => x.byes.includes(id)).length;
          for (const x of r.before.mentees.filter((m) => r.input.mentees.some((y) => y.id === m.id)))
            expect(byes(r.after, x.id), x.id).toBeLessThanOrEqual(byes(r.before, x.id));
        }
      }),
      runs(202, 600),
    );
  });

  it('in the round the room goes to next, walk-ins take only the seats that were free', () => {
    fc.assert(
      fc.property(walkInCaseArb, (c) => {
        for (const r of simulate(c)) {
          const known = new Set([
            ...r.before.rounds.flatMap((x) => [...x.byes, ...x.tables.flatMap((t) => t.menteeIds)]),
          ]);
          const walkIns = r.input.mentees.filter((x) => !known.has(x.id)).map((x) => x.id);
          const seated = seatedIn(r.after, r.from);
          const free = freeSeats(r.before, r.from, r.input.settings.tableCapacity);
          expect(walkIns.filter((id) => seated.has(id)).length, `round ${r.from}`).toBeLessThanOrEqual(free);
        }
      }),
      runs(203, 600),
    );
  });

  it('keeps every hard rule and bye fairness with walk-ins, and leaves no bye a free seat would avoid', () => {
    fc.assert(
      fc.property(walkInCaseArb, (c) => {
        for (const r of simulate(c)) {
          expect(ruleBreaches(r)).toEqual([]);
          expect(unfairByes(r)).toEqual([]);
          expect(oneMoveImprovements(r)).toEqual([]);
        }
      }),
      runs(204),
    );
  });

  it('a full room: the walk-in sits out the next round and shares the byes after it', () => {
    // 3 tables of 2, 7 mentees: one bye a round. A walk-in arrives for round 2 of 5.
    const settings = { rounds: 5, tableCapacity: 2 };
    const mentors = [1, 2, 3].map((i) => ({ id: `m${i}`, name: `M${i}`, table: `T${i}` }));
    const mentees = Array.from({ length: 7 }, (_, i) => ({
      id: `e${i + 1}`,
      name: `E${i + 1}`,
      wishes: [],
      avoid: [],
    }));
    const before = plan(settings, mentors, mentees, { seed: 5 });
    const walkIn = { id: 'w1', name: 'Walk-in', wishes: [], avoid: [] };
    const input = { settings, mentors, mentees: [...mentees, walkIn] };
    const after = replan(before, 2, input, { seed: 5 });
    expect(after.rounds[1]!.byes).toContain('w1');
    expect([...seatedIn(after, 2)].sort()).toEqual([...seatedIn(before, 2)].sort());
    // Over the event nobody sits out two rounds more than anyone else…
    const byes = [...mentees, walkIn].map((x) => after.rounds.filter((r) => r.byes.includes(x.id)).length);
    expect(Math.max(...byes) - Math.min(...byes)).toBeLessThanOrEqual(1);
    // …and the figures count the walk-in's byes though they missed round 1.
    const q = quality(after, input);
    expect(q.byes.partTime).toBe(1);
    expect(q.byes.total).toBe(byes.reduce((a, b) => a + b, 0));
    expect(Math.max(q.byes.max, q.byes.partTimeMax)).toBe(Math.max(...byes));
  });
});
