/**
 * A round being built, in person numbers, and the running count of how often each pair has
 * shared a table. Table i is labelled T(i + 1) in every round, so labels stay put.
 */

/** One round in person numbers; `stays[i]` is the person who stays at table i, or −1. */
export interface Draft {
  tables: number[][];
  stays: number[];
  byes: number[];
}

/** How often each pair shares a table: n × n bytes, symmetric, saturating at 255. */
export class PairCounts {
  readonly n: number;
  /** The counts themselves, m[a·n + b], for hot loops; change them only through `add`. */
  readonly m: Uint8Array;

  constructor(n: number) {
    this.n = n;
    this.m = new Uint8Array(n * n);
  }

  get(a: number, b: number): number {
    return this.m[a * this.n + b]!;
  }

  /** Count (or, with −1, uncount) one meeting of a and b. */
  add(a: number, b: number, delta: 1 | -1): void {
    const i = a * this.n + b;
    const v = Math.min(255, Math.max(0, this.m[i]! + delta));
    this.m[i] = v;
    this.m[b * this.n + a] = v;
  }

  /** Meetings beyond each pair's first, over all pairs. */
  repeats(): number {
    let r = 0;
    for (let i = 0; i < this.m.length; i++) if (this.m[i]! > 1) r += this.m[i]! - 1;
    return r / 2;
  }

  /** Count (or uncount) every pair at every table of a round. */
  addRound(draft: Draft, delta: 1 | -1): void {
    for (const t of draft.tables) {
      for (let i = 0; i < t.length; i++) for (let j = i + 1; j < t.length; j++) this.add(t[i]!, t[j]!, delta);
    }
  }
}
