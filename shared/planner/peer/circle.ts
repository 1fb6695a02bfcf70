/**
 * The circle method for one-to-one rounds. With N (even) places, place N − 1 is fixed and places
 * 0..N − 2 sit on a circle; in round r the fixed place meets place r, and places r + i and r − i
 * (mod N − 1) meet at table i + 1. Every pair meets exactly once in N − 1 rounds and the pattern
 * then repeats. With an odd count the fixed place is a phantom: whoever would meet it sits out,
 * each peer once in n rounds, in turn.
 *
 * Movement: a peer's offset p − r falls by one a round, so a peer on the A side (first seat)
 * moves one table down towards T1, reaches the fixed peer at T1 (or the bye, odd count), comes
 * back on the B side moving one table up, and at the last table turns round by changing seats
 * at the same table. So every phone can say "stay at T1" (the fixed peer), "move to the next
 * table, T(x ± 1)", or "stay at this table, other seat"; nobody ever crosses the room.
 */
import { mod } from '../number-theory';
import type { Layout, LayoutRound } from './layout';

/** The circle layout for n ≥ 2 peers at tables of 2. */
export function circleLayout(n: number): Layout {
  const odd = n % 2 === 1;
  const M = odd ? n : n - 1; // places on the circle
  const tables = (M + 1) / 2; // pairs a round, counting the one with the fixed place
  const inv2 = (M + 1) / 2; // 2 · inv2 ≡ 1 (mod M), M odd
  const fixed = M; // only a person when n is even
  const places = Array.from({ length: n }, (_, i) => i);
  const seat = (r: number): LayoutRound => {
    const out: LayoutRound = { tables: [], stays: [], byes: [] };
    const at = mod(r, M);
    if (odd) out.byes.push(at);
    else {
      out.tables.push([fixed, at]);
      out.stays.push(true);
    }
    for (let i = 1; i < tables; i++) {
      out.tables.push([mod(r + i, M), mod(r - i, M)]);
      out.stays.push(false);
    }
    return out;
  };
  const firstMeeting = (a: number, b: number): number => {
    if (a === b) return -1;
    if (a === fixed) return b;
    if (b === fixed) return a;
    return mod((a + b) * inv2, M);
  };
  const partners = (p: number, r: number): number[] => {
    const at = mod(r, M);
    if (p === fixed) return [at];
    if (p === at) return odd ? [] : [fixed];
    return [mod(2 * r - p, M)];
  };
  return { places, rounds: Number.POSITIVE_INFINITY, seat, firstMeeting, partners };
}
