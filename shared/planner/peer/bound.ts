/**
 * The most distinct pairs a plan can reach. Each round seats its tables as `peerTableShape`
 * says, so it makes at most Σ C(size, 2) pairs; nobody meets more than everyone, so there are at
 * most C(n, 2). The bound ignores avoids (a pair that avoids each other cannot meet, and the
 * quality report shows what was reached). Tables of 2 reach it always (the circle method), and
 * tables of k do when the table count is prime, at least k, and rounds ≤ tables.
 */
import { peerTableShape } from './table-sizes';
import type { PeerSettings } from './types';

/** The most distinct pairs n peers can meet over `settings.rounds` rounds at tables of `settings.tableSize`. */
export function peerPairsBound(n: number, settings: PeerSettings): number {
  const { sizes } = peerTableShape(n, settings.tableSize);
  let perRound = 0;
  for (const s of sizes) perRound += (s * (s - 1)) / 2;
  return Math.min((n * (n - 1)) / 2, settings.rounds * perRound);
}
