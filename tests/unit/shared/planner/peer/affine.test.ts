/** Tables of k at a prime number of tables: the affine plane, no pair twice. */
import { describe, expect, it } from 'vitest';
import { peerQuality, planPeers } from '../../../../../shared/planner/peer';
import { pairTimes, peerInput, peerRuleProblems } from './support';

describe('peer rounds at tables of k with a prime table count', () => {
  it.each([
    [3, 3],
    [5, 3],
    [5, 4],
    [7, 4],
    [7, 6],
    [11, 5],
    [13, 4],
    [31, 8],
  ])('%i tables of %i: no repeated pair over min(rounds, tables) rounds', (g, k) => {
    for (const rounds of [1, Math.ceil(g / 2), g, g + 3]) {
      const input = peerInput(g * k, rounds, k);
      const plan = planPeers(input, { seed: rounds });
      expect(peerRuleProblems(plan, input)).toEqual([]);
      const q = peerQuality({ ...plan, rounds: plan.rounds.slice(0, Math.min(rounds, g)) }, input);
      expect(q.repeatedPairs).toBe(0);
      expect(q.pairsCovered).toBe(Math.min(rounds, g) * g * ((k * (k - 1)) / 2));
      expect(q.tableSizes).toEqual({ min: k, max: k });
    }
  });

  it.each([3, 5, 7])('k = g = %i: g + 1 rounds meet every pair exactly once', (g) => {
    const input = peerInput(g * g, g + 1, g);
    const plan = planPeers(input);
    const times = pairTimes(plan);
    expect(times.size).toBe((g * g * (g * g - 1)) / 2);
    expect([...times.values()].every((t) => t === 1)).toBe(true);
  });

  it('a few short of g·k: tables of k and k − 1, still no repeated pair', () => {
    for (const [g, k, missing] of [
      [7, 4, 3],
      [11, 5, 4],
      [5, 5, 1],
      [13, 3, 2],
    ] as const) {
      const input = peerInput(g * k - missing, g, k);
      const plan = planPeers(input, { seed: 5 });
      expect(peerRuleProblems(plan, input)).toEqual([]);
      const q = peerQuality(plan, input);
      expect(q.repeatedPairs).toBe(0);
      expect(q.tableSizes).toEqual({ min: k - 1, max: k });
      expect(q.pairsCovered).toBe(q.pairsBound);
      for (const r of plan.rounds) expect(r.tables.filter((t) => t.peerIds.length === k - 1).length).toBe(missing);
    }
  });

  it('one peer a table stays there all event and the others move a fixed number of tables on', () => {
    const input = peerInput(28, 7, 4);
    const plan = planPeers(input, { seed: 1 });
    for (const t of plan.rounds[0]!.tables) {
      expect(t.stays).toBeDefined();
      for (const r of plan.rounds) expect(r.tables.find((u) => u.table === t.table)!.stays).toBe(t.stays);
    }
    const at = (id: string) =>
      plan.rounds.map((r) => Number(r.tables.find((t) => t.peerIds.includes(id))!.table.slice(1)));
    for (const p of input.peers) {
      const tables = at(p.id);
      const steps = new Set(tables.slice(1).map((t, i) => (t - tables[i]! + 7) % 7));
      expect(steps.size).toBe(1);
    }
  });

  it('elsewhere the heuristic keeps rooms of 400 at tables of 4 free of repeats over 10 rounds', () => {
    const input = peerInput(400, 10, 4);
    const q = peerQuality(planPeers(input), input);
    expect([q.repeatedPairs, q.pairsCovered, q.pairsBound]).toEqual([0, 6000, 6000]);
  });
});
