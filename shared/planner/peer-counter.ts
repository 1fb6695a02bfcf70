import type { Model } from './model';

/** Pairs of table-mates a whole plan can produce: rounds × tables × pairs per full table, capped by all pairs. */
export function expectedPairs(model: Model): number {
  const perTable = Math.min(model.cap, model.M);
  return Math.min(model.R * model.T * ((perTable * (perTable - 1)) / 2), (model.M * (model.M - 1)) / 2);
}

/**
 * Counts, for each pair of mentees, the rounds in which they shared a table. An open-addressing
 * hash table on typed arrays: a plan updates tens of thousands of pairs, and a Map of numbers
 * was the planner's single largest cost. With `group` (mentees of one group kept apart), two of
 * one group count one round more, as if they had sat together before: every pass that spreads
 * known table-mates then spreads them too, without storing a pair per two people of a group.
 */
export class PeerCounter {
  private keys: Int32Array;
  private values: Int32Array;
  private size = 0;
  /** Σ over pairs of (shared rounds − 1) where positive: every time two mentees meet again. */
  repeats = 0;

  /** `n` is the number of mentees (pairs are keyed a·n + b with a < b); `expected` sizes the table. */
  constructor(
    private readonly n: number,
    expected = 512,
    private readonly group: Int32Array | null = null,
  ) {
    let size = 1024;
    while (size < 2 * expected && size < 1 << 26) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const j = this.slot(keys[i]!);
      this.keys[j] = keys[i]!;
      this.values[j] = values[i]!;
    }
  }

  /** 1 when a and b are of one group kept apart, else 0. */
  private kin(a: number, b: number): number {
    const g = this.group;
    return g !== null && g[a]! >= 0 && g[a] === g[b] ? 1 : 0;
  }

  /** Rounds a and b have shared a table so far (one more for two of one group). */
  get(a: number, b: number): number {
    const i = this.slot(a < b ? a * this.n + b : b * this.n + a);
    return (this.keys[i] === -1 ? 0 : this.values[i]!) + this.kin(a, b);
  }

  /** Add `delta` shared rounds for a and b (entries at 0 stay, which is harmless). */
  add(a: number, b: number, delta = 1): void {
    const key = a < b ? a * this.n + b : b * this.n + a;
    let i = this.slot(key);
    if (this.keys[i] === -1) {
      if (delta === 0) return;
      if (2 * (this.size + 1) > this.keys.length) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
      this.size++;
    }
    const stored = this.values[i]!;
    this.values[i] = stored + delta;
    const old = stored + this.kin(a, b);
    const v = old + delta;
    this.repeats += Math.max(0, v - 1) - Math.max(0, old - 1);
  }

  /** Add `delta` to every pair among members[from..to). */
  addGroup(members: ArrayLike<number>, from: number, to: number, delta = 1): void {
    for (let i = from; i < to; i++) for (let j = i + 1; j < to; j++) this.add(members[i]!, members[j]!, delta);
  }

  /** How many of x's table-mates at members[from..to) x has sat with before (`except` is skipped). */
  known(x: number, members: ArrayLike<number>, from: number, to: number, except = -1): number {
    let n = 0;
    for (let i = from; i < to; i++) {
      const z = members[i]!;
      if (z !== x && z !== except && this.get(x, z) > 0) n++;
    }
    return n;
  }
}
