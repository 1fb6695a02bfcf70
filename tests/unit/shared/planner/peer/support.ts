/**
 * Helpers for the peer-planner tests: people factories and checks written apart from the
 * planner's own code (quality.ts included), so a bug in one cannot hide a bug in the other.
 */
import type { PeerInput, PeerPlan, PlanPeer } from '../../../../../shared/planner/peer';
import { createRng } from '../../../../../shared/planner/prng';

/** Peers p1…pn with no wishes or avoids. */
export const makePeers = (n: number): PlanPeer[] =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, name: `Peer ${i + 1}` }));

/** A plain input: n peers, `rounds` rounds at tables of `tableSize`. */
export const peerInput = (n: number, rounds: number, tableSize: number): PeerInput => ({
  settings: { rounds, tableSize },
  peers: makePeers(n),
});

/** A seeded random input where each peer wishes up to `wishes` and avoids up to `avoids` others. */
export function randomPeerInput(
  seed: number,
  n: number,
  rounds: number,
  tableSize: number,
  wishes: number,
  avoids: number,
): PeerInput {
  const rng = createRng(seed);
  const other = (i: number) => `p${1 + ((i + 1 + rng.int(Math.max(1, n - 1))) % n)}`;
  const peers = makePeers(n).map((p, i) => ({
    ...p,
    wishes: n < 2 ? [] : Array.from({ length: rng.int(wishes + 1) }, () => other(i)),
    avoid: n < 2 ? [] : Array.from({ length: rng.int(avoids + 1) }, () => other(i)),
  }));
  return { settings: { rounds, tableSize }, peers };
}

/** Every hard-rule breach as a readable string (empty when all hold). */
export function peerRuleProblems(plan: PeerPlan, input: PeerInput): string[] {
  const problems: string[] = [];
  const ids = input.peers.map((p) => p.id);
  const avoid = new Map(input.peers.map((p) => [p.id, new Set(p.avoid ?? [])] as const));
  if (plan.rounds.length !== input.settings.rounds) problems.push(`${plan.rounds.length} rounds planned`);
  plan.rounds.forEach((round, r) => {
    if (round.round !== r + 1) problems.push(`round ${r + 1} is numbered ${round.round}`);
    const all = [...round.tables.flatMap((t) => t.peerIds), ...round.byes].sort();
    if (all.join() !== [...ids].sort().join()) problems.push(`round ${r + 1}: not every peer exactly once`);
    const labels = round.tables.map((t) => t.table);
    if (new Set(labels).size !== labels.length) problems.push(`round ${r + 1}: a table label twice`);
    for (const t of round.tables) {
      const size = t.peerIds.length;
      if (size < 2 || size > input.settings.tableSize) problems.push(`round ${r + 1} ${t.table}: ${size} peers`);
      if (t.stays !== undefined && !t.peerIds.includes(t.stays)) problems.push(`${t.table}: stays is not there`);
      for (const a of t.peerIds) {
        for (const b of t.peerIds) {
          if (a !== b && avoid.get(a)!.has(b)) problems.push(`round ${r + 1} ${t.table}: ${a} avoids ${b}`);
        }
      }
    }
  });
  return problems;
}

/** How often each unordered pair shares a table, keyed "a|b" with a < b. */
export function pairTimes(plan: PeerPlan): Map<string, number> {
  const times = new Map<string, number>();
  for (const round of plan.rounds) {
    for (const t of round.tables) {
      for (const a of t.peerIds) {
        for (const b of t.peerIds) {
          if (a < b) times.set(`${a}|${b}`, (times.get(`${a}|${b}`) ?? 0) + 1);
        }
      }
    }
  }
  return times;
}

/** Rounds each peer sits out. */
export function byeCounts(plan: PeerPlan, input: PeerInput): number[] {
  return input.peers.map((p) => plan.rounds.filter((r) => r.byes.includes(p.id)).length);
}

/** max − min of a list (0 for none). */
export const spreadOf = (xs: number[]): number => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);
