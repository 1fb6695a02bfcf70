import { describe, expect, it } from 'vitest';
import { isPrime, modInverse } from '../../../../shared/planner/number-theory';
import { chooseSpeeds, pairPeriod, period } from '../../../../shared/planner/speeds';
import { buildStructure, firstVisit, realIndex, slotsAt, tableAt } from '../../../../shared/planner/structure';

describe('rotation arithmetic', () => {
  it('number helpers', () => {
    expect(modInverse(3, 7)).toBe(5);
    expect(modInverse(2, 4)).toBe(-1);
    expect([2, 3, 5, 7, 11, 13].every(isPrime)).toBe(true);
    expect([0, 1, 4, 9, 15].some(isPrime)).toBe(false);
    expect(period(2, 10)).toBe(5);
    expect(period(0, 10)).toBe(1);
  });

  it('speeds: 1 first; on a prime table count any distinct speeds keep pairs apart all event', () => {
    expect(chooseSpeeds(7, 3, 6, false)).toEqual([1, 2, 3]);
    expect(pairPeriod([1, 2, 3], 7)).toBe(7);
    // On 10 tables for 5 rounds, speeds whose differences share no factor beyond 2 with 10 suffice.
    const s = chooseSpeeds(10, 3, 5, false);
    expect(s[0]).toBe(1);
    expect(pairPeriod(s, 10)).toBeGreaterThanOrEqual(5);
    expect(s.every((v) => period(v, 10) >= 5)).toBe(true);
  });

  it('bye positions are spread evenly: any run of rounds holds the same number of byes, give or take one', () => {
    const V = 11;
    const T = 4;
    for (let len = 1; len <= V; len++) {
      const counts = Array.from(
        { length: V },
        (_, p) => Array.from({ length: len }, (_, r) => realIndex((p + r) % V, V, T) < 0).filter(Boolean).length,
      );
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('every round fills each table at most to capacity, and firstVisit/slotsAt agree with tableAt', () => {
    for (const [T, cap, n, R] of [
      [7, 3, 21, 6],
      [10, 3, 26, 5],
      [4, 3, 11, 4],
      [6, 3, 25, 5],
      [5, 1, 12, 7],
    ] as const) {
      const st = buildStructure(T, cap, n, R);
      for (let r = 0; r < R; r++) {
        const load = new Array<number>(T).fill(0);
        for (let s = 0; s < n; s++) {
          const t = tableAt(st, s, r);
          if (t >= 0) load[t]!++;
        }
        expect(Math.max(...load)).toBeLessThanOrEqual(cap);
      }
      const buf = new Int32Array(n * R + 8);
      for (let m = 0; m < T; m++) {
        const listed = new Set(Array.from(buf.subarray(0, slotsAt(st, m, R, buf))));
        for (let s = 0; s < n; s++) {
          const rounds = Array.from({ length: R }, (_, r) => r).filter((r) => tableAt(st, s, r) === m);
          const first = firstVisit(st, s, m);
          expect(rounds.length > 0 ? first : first < 0 || first >= R).toBe(rounds.length > 0 ? rounds[0] : true);
          expect(listed.has(s)).toBe(rounds.length > 0);
        }
      }
    }
  });
});
