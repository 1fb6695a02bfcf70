/**
 * What the rounds kept before a replan tell the rotation: each table's visits (by label, for the
 * mentors here now), each mentor's rests, each table's byes, which mentors were here all along
 * (only their rests are kept within one), and where each mentor sat in the last round kept.
 */
import type { Model } from '../model';
import { compareLabels } from './labels';
import type { MovingRound } from './types';

/** History arrays in the replan's indices (labels: its tables in rotation order). */
export interface KeptHistory {
  met: Int32Array;
  rests: Int32Array;
  byes: Int32Array;
  counted: Uint8Array;
  /** Table of each mentor in the last round kept, or −1. */
  last: Int32Array;
}

/** Read the kept rounds. */
export function keptHistory(model: Model, labels: readonly string[], kept: readonly MovingRound[]): KeptHistory {
  const { T } = model;
  const G = labels.length;
  const at = new Map(labels.map((l, p) => [l, p] as const));
  const met = new Int32Array(G * T);
  const rests = new Int32Array(T);
  const byes = new Int32Array(G);
  const present = new Int32Array(T);
  const last = new Int32Array(T).fill(-1);
  kept.forEach((round, r) => {
    const seen = new Uint8Array(G);
    for (const v of round.tables) {
      const m = model.mentorIndex.get(v.mentorId);
      const p = typeof v.table === 'string' ? at.get(v.table) : undefined;
      if (p !== undefined) seen[p] = 1;
      if (m === undefined) continue;
      present[m]!++;
      if (typeof v.table !== 'string') rests[m]!++;
      if (p !== undefined) met[p * T + m]!++;
      if (r === kept.length - 1 && typeof v.table === 'string') last[m] = p ?? before(labels, v.table);
    }
    for (let p = 0; p < G; p++) if (!seen[p]) byes[p]!++;
  });
  const counted = Uint8Array.from(present, (n) => (n === kept.length ? 1 : 0));
  return { met, rests, byes, counted, last };
}

/** For a table no longer visited: the table before where it stood, so "one on" is the one after it. */
function before(labels: readonly string[], gone: string): number {
  const G = labels.length;
  if (G === 0) return -1;
  const n = labels.filter((l) => compareLabels(l, gone) < 0).length;
  return (n - 1 + G) % G;
}
