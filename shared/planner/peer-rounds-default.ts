/**
 * How many rounds a peer event runs when the organizer sets none (issue 17): enough for everyone
 * to meet everyone once where the numbers allow. Tables of 2: n − 1 rounds for an even pool (the
 * circle method meets every pair exactly once), n for an odd one (each peer sits out once). Tables
 * of k: each round meets k − 1 others, so ⌈(n − 1)/(k − 1)⌉. Capped at the settings' 200 rounds.
 */

/** The table size of a peer event: `tableCapacity` peers a table, and never fewer than 2. */
export const peerTableSize = (tableCapacity: number): number => Math.max(2, tableCapacity);

/** The default round count of a peer event of `n` peers (at least 1). */
export function peerDefaultRounds(n: number, tableCapacity: number): number {
  const k = peerTableSize(tableCapacity);
  if (n < 2) return 1;
  const rounds = k === 2 ? (n % 2 === 0 ? n - 1 : n) : Math.ceil((n - 1) / (k - 1));
  return Math.min(200, Math.max(1, rounds));
}
