/**
 * Lane speeds for group tables. Seat lanes move a fixed number of tables each round; two mentees
 * in lanes with speeds a and b share a table again only after T / gcd(a − b, T) rounds, so
 * speeds whose differences are coprime with T keep table-mates fresh (the affine-plane idea:
 * with T prime any distinct speeds do). A lane must also visit a new table every round, which
 * needs T / gcd(speed, T) ≥ rounds.
 */
import { gcd, mod } from './number-theory';

/** Rounds before a lane moving `step` tables a round is back at its first table, on T tables. */
export function period(step: number, T: number): number {
  return T / gcd(mod(step, T), T);
}

/**
 * Speeds for `lanes` lanes on T tables: the first is 1 (the classic one-table-on move); each next
 * one is the smallest speed that keeps every pair of lanes apart for the most rounds.
 * `unitsOnly` demands speeds coprime with T (lanes that pass bye positions need every table).
 */
export function chooseSpeeds(T: number, lanes: number, rounds: number, unitsOnly: boolean): number[] {
  if (lanes <= 0) return [];
  if (T === 1) return new Array<number>(lanes).fill(0);
  const need = Math.min(rounds, T);
  const speeds = [1];
  while (speeds.length < lanes) {
    let best = 1;
    let bestScore = 0;
    for (let s = 1; s < T; s++) {
      const p = period(s, T);
      if (unitsOnly ? p !== T : p < need) continue;
      let score = T;
      for (const t of speeds) score = Math.min(score, period(s - t, T));
      if (score > bestScore) {
        best = s;
        bestScore = score;
        // Apart for all the rounds planned is as good as it gets; the smallest such speed wins.
        if (score >= need) break;
      }
    }
    speeds.push(best);
  }
  return speeds;
}

/** The fewest rounds after which two of these lanes can seat the same two people together again. */
export function pairPeriod(speeds: readonly number[], T: number): number {
  let p = T;
  for (let i = 0; i < speeds.length; i++) {
    for (let j = i + 1; j < speeds.length; j++) p = Math.min(p, period(speeds[i]! - speeds[j]!, T));
  }
  return p;
}
