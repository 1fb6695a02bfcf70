/** Tables of 2: the circle method (every pair once in n − 1 rounds, fair sit-outs, short moves). */
import { describe, expect, it } from 'vitest';
import { type PeerPlan, peerQuality, planPeers } from '../../../../../shared/planner/peer';
import { byeCounts, pairTimes, peerInput, peerRuleProblems } from './support';

/** The table number (1…) of `id` in each round, or 0 for a bye. */
const tableNumbers = (plan: PeerPlan, id: string) =>
  plan.rounds.map((r) => Number(r.tables.find((t) => t.peerIds.includes(id))?.table.slice(1) ?? 0));

describe('peer rounds at tables of 2', () => {
  it.each([2, 4, 6, 10, 16, 30, 64])('%i peers meet every pair exactly once in n − 1 rounds', (n) => {
    const input = peerInput(n, n - 1, 2);
    const plan = planPeers(input, { seed: n });
    expect(peerRuleProblems(plan, input)).toEqual([]);
    const times = pairTimes(plan);
    expect(times.size).toBe((n * (n - 1)) / 2);
    expect([...times.values()].every((t) => t === 1)).toBe(true);
    const q = peerQuality(plan, input);
    expect([q.pairsCovered, q.repeatedPairs]).toEqual([q.pairsBound, 0]);
  });

  it.each([3, 5, 9, 21])('%i peers (odd): n rounds meet every pair once and each sits out exactly once', (n) => {
    const input = peerInput(n, n, 2);
    const plan = planPeers(input, { seed: 4 });
    expect(peerRuleProblems(plan, input)).toEqual([]);
    expect(byeCounts(plan, input)).toEqual(new Array(n).fill(1));
    expect([...pairTimes(plan).values()].every((t) => t === 1)).toBe(true);
    expect(pairTimes(plan).size).toBe((n * (n - 1)) / 2);
  });

  it('fewer rounds than n − 1 have no repeat; odd sit-outs stay within one', () => {
    for (const n of [7, 8, 13, 40, 41]) {
      const input = peerInput(n, 5, 2);
      const q = peerQuality(planPeers(input), input);
      expect(q.repeatedPairs).toBe(0);
      expect(q.pairsCovered).toBe(q.pairsBound);
      expect(q.byes.spread).toBeLessThanOrEqual(1);
    }
  });

  it('the fixed peer stays at T1 all event, table labels are stable and nobody moves more than one table', () => {
    const input = peerInput(12, 11, 2);
    const plan = planPeers(input, { seed: 9 });
    const fixed = plan.rounds[0]!.tables[0]!.stays!;
    expect(fixed).toBeDefined();
    for (const r of plan.rounds) {
      expect(r.tables.map((t) => t.table)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
      expect(r.tables[0]!.stays).toBe(fixed);
      expect(r.tables.slice(1).every((t) => t.stays === undefined)).toBe(true);
    }
    for (const p of input.peers) {
      const at = tableNumbers(plan, p.id);
      for (let r = 1; r < at.length; r++) expect(Math.abs(at[r]! - at[r - 1]!)).toBeLessThanOrEqual(1);
    }
  });

  it('with an odd count the bye sits at the T1 end, so moves stay short there too', () => {
    const input = peerInput(9, 9, 2);
    const plan = planPeers(input, { seed: 2 });
    for (const p of input.peers) {
      const at = tableNumbers(plan, p.id);
      for (let r = 1; r < at.length; r++) expect(Math.abs(at[r]! - at[r - 1]!)).toBeLessThanOrEqual(1);
    }
  });

  it('rounds beyond n − 1 continue the cycle: each extra round repeats, and quality says so', () => {
    const input = peerInput(6, 8, 2);
    const plan = planPeers(input);
    expect(peerRuleProblems(plan, input)).toEqual([]);
    const q = peerQuality(plan, input);
    expect(q.pairsCovered).toBe(15);
    expect(q.repeatMeetings).toBe(3 * 3);
    expect(JSON.stringify(plan.rounds[5]!.tables)).toBe(JSON.stringify(plan.rounds[0]!.tables));
  });
});
