/**
 * Property tests of the peer planner over random pools: 0–60 peers, tables of 2–7, 1–25
 * rounds, random wishes and avoids. Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PeerInput, peerPairsBound, peerQuality, planPeers } from '../../../../../shared/planner/peer';
import { byeCounts, pairTimes, peerRuleProblems, randomPeerInput, spreadOf } from './support';

interface Instance {
  input: PeerInput;
  seed: number;
}

const instance = (maxAvoids: number) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: 60 }),
      k: fc.integer({ min: 2, max: 7 }),
      rounds: fc.integer({ min: 1, max: 25 }),
      wishes: fc.integer({ min: 0, max: 3 }),
      avoids: fc.integer({ min: 0, max: maxAvoids }),
      people: fc.integer(),
      seed: fc.integer(),
    })
    .map(
      ({ n, k, rounds, wishes, avoids, people, seed }): Instance => ({
        input: randomPeerInput(people, n, rounds, k, wishes, avoids),
        seed,
      }),
    );

const label = ({ input }: Instance) =>
  `${input.peers.length} peers, tables of ${input.settings.tableSize}, ${input.settings.rounds} rounds`;

describe('planPeers properties', () => {
  it('every hard rule holds and the same input and seed give the same plan', () => {
    fc.assert(
      fc.property(instance(3), (c) => {
        const plan = planPeers(c.input, { seed: c.seed });
        expect(peerRuleProblems(plan, c.input), label(c)).toEqual([]);
        expect(JSON.stringify(planPeers(c.input, { seed: c.seed }))).toBe(JSON.stringify(plan));
      }),
      { numRuns: 200, seed: 1701 },
    );
  });

  it('without avoids, byes differ by at most one and happen only where a table would fall below two', () => {
    fc.assert(
      fc.property(instance(0), (c) => {
        const plan = planPeers(c.input, { seed: c.seed });
        const n = c.input.peers.length;
        expect(spreadOf(byeCounts(plan, c.input)), label(c)).toBeLessThanOrEqual(1);
        const expected = n < 2 ? n : c.input.settings.tableSize === 2 ? n % 2 : 0;
        for (const r of plan.rounds) expect(r.byes.length, label(c)).toBe(expected);
      }),
      { numRuns: 200, seed: 1702 },
    );
  });

  it('quality agrees with a slow recount', () => {
    fc.assert(
      fc.property(instance(3), (c) => {
        const plan = planPeers(c.input, { seed: c.seed });
        const q = peerQuality(plan, c.input);
        const times = pairTimes(plan);
        const repeated = [...times.values()].filter((t) => t > 1);
        expect(q.pairsCovered).toBe(times.size);
        expect(q.repeatedPairs).toBe(repeated.length);
        expect(q.repeatMeetings).toBe(repeated.reduce((s, t) => s + t - 1, 0));
        expect(q.pairsBound).toBe(peerPairsBound(c.input.peers.length, c.input.settings));
        expect(q.pairsCovered).toBeLessThanOrEqual(q.pairsBound);
        const byes = byeCounts(plan, c.input);
        const n = c.input.peers.length;
        expect(q.byes).toEqual(
          n
            ? { min: Math.min(...byes), max: Math.max(...byes), spread: spreadOf(byes) }
            : { min: 0, max: 0, spread: 0 },
        );
        let wishes = 0;
        let met = 0;
        for (const p of c.input.peers) {
          for (const w of new Set(p.wishes)) {
            if (w === p.id) continue;
            wishes++;
            if (times.has(p.id < w ? `${p.id}|${w}` : `${w}|${p.id}`)) met++;
          }
        }
        expect([q.wishesMet, q.wishesTotal]).toEqual([met, wishes]);
        expect([q.avoidBreaks, q.placementBreaks]).toEqual([0, 0]);
        const sizes = plan.rounds.flatMap((r) => r.tables.map((t) => t.peerIds.length));
        expect(q.tableSizes).toEqual(
          sizes.length ? { min: Math.min(...sizes), max: Math.max(...sizes) } : { min: 0, max: 0 },
        );
      }),
      { numRuns: 150, seed: 1703 },
    );
  });

  it('quality counts broken avoids, misplaced peers and repeats in a hand-made plan', () => {
    const input: PeerInput = {
      settings: { rounds: 2, tableSize: 3 },
      peers: [
        { id: 'a', name: 'A', avoid: ['b'], wishes: ['c', 'zz'] },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
    };
    const q = peerQuality(
      {
        seed: 1,
        settings: input.settings,
        rounds: [
          { round: 1, tables: [{ table: 'T1', peerIds: ['a', 'b'] }], byes: ['c'] },
          { round: 2, tables: [{ table: 'T1', peerIds: ['a', 'b', 'x'] }], byes: ['b'] },
        ],
      },
      input,
    );
    // Round 2: c missing, b twice, x unknown.
    expect(q).toMatchObject({ avoidBreaks: 2, placementBreaks: 3, repeatedPairs: 1, pairsCovered: 1 });
    expect([q.wishesMet, q.wishesTotal]).toEqual([0, 1]);
    expect(q.byes).toEqual({ min: 0, max: 1, spread: 1 });
  });
});
