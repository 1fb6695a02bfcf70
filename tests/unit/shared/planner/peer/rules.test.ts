/** Input checks, avoids (hard) and wishes (met early) of the peer planner. */
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../../../shared/planner/errors';
import { type PeerInput, peerQuality, planPeers } from '../../../../../shared/planner/peer';
import { makePeers, peerInput, peerRuleProblems, randomPeerInput } from './support';

describe('peer input checks', () => {
  it.each([
    [{ rounds: 3, tableSize: 1 }, /tableSize must be a whole number from 2/],
    [{ rounds: 0, tableSize: 2 }, /rounds must be a whole number from 1/],
    [{ rounds: 2.5, tableSize: 2 }, /rounds must be a whole number/],
    [{ rounds: 3, tableSize: 'x' }, /tableSize must be a whole number/],
  ])('refuses settings %j', (settings, message) => {
    expect(() => planPeers({ settings: settings as never, peers: makePeers(4) })).toThrow(PlanError);
    expect(() => planPeers({ settings: settings as never, peers: makePeers(4) })).toThrow(message);
  });

  it('refuses duplicate ids, unknown wish and avoid ids, and pools too large', () => {
    const peers = makePeers(3);
    const settings = { rounds: 2, tableSize: 2 };
    expect(() => planPeers({ settings, peers: [...peers, { id: 'p2', name: 'Again' }] })).toThrow(
      'two peers share the id "p2"',
    );
    expect(() => planPeers({ settings, peers: [...peers, { id: 'x', name: 'X', wishes: ['nobody'] }] })).toThrow(
      'peer "x" wishes unknown peer "nobody"',
    );
    expect(() => planPeers({ settings, peers: [...peers, { id: 'x', name: 'X', avoid: ['ghost'] }] })).toThrow(
      'peer "x" avoids unknown peer "ghost"',
    );
    expect(() => planPeers({ settings: { rounds: 100, tableSize: 2 }, peers: makePeers(1001) })).toThrow(/too large/);
    expect(() => planPeers({ settings, peers: undefined as never })).toThrow(PlanError);
  });

  it('plans empty and one-person pools: everyone sits out', () => {
    expect(planPeers(peerInput(0, 2, 3)).rounds).toEqual([
      { round: 1, tables: [], byes: [] },
      { round: 2, tables: [], byes: [] },
    ]);
    expect(planPeers(peerInput(1, 1, 2)).rounds).toEqual([{ round: 1, tables: [], byes: ['p1'] }]);
  });

  it('ignores naming oneself and repeated ids', () => {
    const input: PeerInput = {
      settings: { rounds: 3, tableSize: 2 },
      peers: [{ id: 'a', name: 'A', wishes: ['a', 'p2', 'p2'], avoid: ['a'] }, ...makePeers(3)],
    };
    const plan = planPeers(input);
    expect(peerRuleProblems(plan, input)).toEqual([]);
    expect(peerQuality(plan, input).wishesTotal).toBe(1);
  });
});

describe('peer avoids and wishes', () => {
  it('two peers who avoid each other never meet, even over the whole cycle', () => {
    for (const [n, k] of [
      [8, 2],
      [9, 2],
      [12, 3],
      [28, 4],
      [30, 4],
    ] as const) {
      const base = peerInput(n, n, k);
      const input: PeerInput = {
        ...base,
        peers: base.peers.map((p, i) => (i < 4 ? { ...p, avoid: [`p${((i + 1) % 4) + 1}`] } : p)),
      };
      const plan = planPeers(input, { seed: 3 });
      expect(peerRuleProblems(plan, input), `${n} at ${k}`).toEqual([]);
      expect(peerQuality(plan, input).avoidBreaks).toBe(0);
    }
  });

  it('where no arrangement keeps an avoid, someone sits out instead', () => {
    const two: PeerInput = {
      settings: { rounds: 2, tableSize: 2 },
      peers: [
        { id: 'a', name: 'A', avoid: ['b'] },
        { id: 'b', name: 'B' },
      ],
    };
    expect(planPeers(two).rounds.map((r) => r.byes)).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
    const three: PeerInput = {
      settings: { rounds: 3, tableSize: 2 },
      peers: [
        { id: 'a', name: 'A', avoid: ['b', 'c'] },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
    };
    const plan = planPeers(three);
    expect(peerRuleProblems(plan, three)).toEqual([]);
    expect(plan.rounds.every((r) => r.byes.includes('a') && r.tables.length === 1)).toBe(true);
  });

  it('wished pairs meet more often than plain pairs when rounds are few', () => {
    let wishedShare = 0;
    let plainShare = 0;
    for (const [n, k] of [
      [40, 2],
      [60, 4],
      [55, 5],
    ] as const) {
      const input = randomPeerInput(7, n, 3, k, 2, 0);
      const q = peerQuality(planPeers(input), input);
      wishedShare += q.wishesMet / q.wishesTotal;
      plainShare += q.pairsCovered / ((n * (n - 1)) / 2);
    }
    expect(wishedShare / 3).toBeGreaterThan(0.6);
    expect(wishedShare).toBeGreaterThan(4 * plainShare);
  });

  it('a first wish is met in the first rounds of a long one-to-one event', () => {
    const base = peerInput(20, 19, 2);
    const input: PeerInput = { ...base, peers: base.peers.map((p, i) => (i === 0 ? { ...p, wishes: ['p20'] } : p)) };
    const plan = planPeers(input, { seed: 11 });
    const round = plan.rounds.findIndex((r) =>
      r.tables.some((t) => t.peerIds.includes('p1') && t.peerIds.includes('p20')),
    );
    expect(round).toBe(0);
  });
});
