/**
 * The peer-rounds planner's bench rows (issue 17): median plan time and quality figures for a
 * one-to-one room of 500 (rounds capped at 30) and a room of 400 at tables of 4 for 10 rounds,
 * each plain and with 3 wishes and 1 avoid a peer (seeded). Goal: each under 100 ms.
 * `peerBenchRows()` returns a header row and one row a case, for `formatTable`.
 */
import { type PeerInput, peerQuality, planPeers } from '../../shared/planner/peer';
import { createRng } from '../../shared/planner/prng';
import { medianMs } from './median-ms';

/** The planner's goal for each case (ms). */
export const PEER_GOAL_MS = 100;
const WARMUP_RUNS = 5;
const RUNS = 11;

interface PeerCase {
  label: string;
  peers: number;
  tableSize: number;
  rounds: number;
  rules: boolean;
}

const CASES: PeerCase[] = [
  { label: 'peer 1:1, 500 peers × 30 rounds', peers: 500, tableSize: 2, rounds: 30, rules: false },
  { label: 'peer 1:1, 500 peers × 30 rounds, wishes + avoid', peers: 500, tableSize: 2, rounds: 30, rules: true },
  { label: 'peer tables of 4, 400 peers × 10 rounds', peers: 400, tableSize: 4, rounds: 10, rules: false },
  {
    label: 'peer tables of 4, 400 peers × 10 rounds, wishes + avoid',
    peers: 400,
    tableSize: 4,
    rounds: 10,
    rules: true,
  },
];

/** A seeded pool: peers q1…; with rules, 3 wishes and 1 avoid each, all different peers. */
export function peerBenchInput(c: PeerCase, seed = 2024): PeerInput {
  const rng = createRng(seed);
  const n = c.peers;
  const peers = Array.from({ length: n }, (_, i) => {
    if (!c.rules) return { id: `q${i + 1}`, name: `Peer ${i + 1}` };
    const picked = new Set<number>();
    while (picked.size < 4) {
      const j = rng.int(n);
      if (j !== i) picked.add(j);
    }
    const ids = [...picked].map((j) => `q${j + 1}`);
    return { id: `q${i + 1}`, name: `Peer ${i + 1}`, wishes: ids.slice(0, 3), avoid: ids.slice(3) };
  });
  return { settings: { rounds: Math.min(c.rounds, 30), tableSize: c.tableSize }, peers };
}

/** Header and one row a case: median ms, pairs covered/bound, repeats, byes, wishes met, rule breaks. */
export function peerBenchRows(): string[][] {
  const rows: string[][] = [
    ['peer case', 'median ms', 'goal', 'pairs/bound', 'repeated pairs', 'byes', 'wishes met', 'rule breaks'],
  ];
  for (const c of CASES) {
    const input = peerBenchInput(c);
    const run = () => planPeers(input, { seed: 7 });
    const ms = medianMs(run, WARMUP_RUNS, RUNS);
    const q = peerQuality(run(), input);
    const pct = (a: number, b: number) => `${((b ? a / b : 1) * 100).toFixed(1)}%`;
    rows.push([
      c.label,
      ms.toFixed(1),
      ms < PEER_GOAL_MS ? 'met' : 'NOT met',
      `${q.pairsCovered}/${q.pairsBound} ${pct(q.pairsCovered, q.pairsBound)}`,
      String(q.repeatedPairs),
      `${q.byes.min}–${q.byes.max}`,
      `${q.wishesMet}/${q.wishesTotal} ${pct(q.wishesMet, q.wishesTotal)}`,
      String(q.avoidBreaks + q.placementBreaks),
    ]);
  }
  return rows;
}
