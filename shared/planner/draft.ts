/**
 * The draft: the rotation written out round by round (grid[r·M + x] = table, or −1 for a bye),
 * with what exchanges need to stay cheap: who sits at each table in each round, how often each
 * mentee meets each mentor, table-mate counts and each mentor's empty seats.
 */
import type { Model } from './model';
import { expectedPairs, PeerCounter } from './peer-counter';
import { tableAt, type Structure } from './structure';

/** The draft schedule and its bookkeeping. */
export interface Draft {
  model: Model;
  grid: Int32Array;
  /** Storage per (round, table): enough for the fullest table plus one. */
  K: number;
  occ: Int32Array;
  load: Int32Array;
  posIn: Int32Array;
  /** cnt[x·T + m]: rounds mentee x sits with mentor m in the draft (saturates at 255). */
  cnt: Uint8Array;
  peers: PeerCounter | null;
  /** Empty seats per mentor over all rounds. */
  idle: Int32Array;
  /** Places already changed for a reason (a fixed avoid, a granted wish) that later exchanges keep. */
  locked: Uint8Array;
  /**
   * Places no exchange may change at all (a locked round, a pinned seat), or null when there are
   * none; they are in `locked` too.
   */
  fixed: Uint8Array | null;
  /** Places the avoid exchange moves away as if avoided (draft-fixed.ts), or null. */
  unwanted: Uint8Array | null;
}

/** Write the rotation out as a grid: every active mentee follows its slot. */
export function draftGrid(model: Model, st: Structure, slotOf: Int32Array): Int32Array {
  const { M, R } = model;
  const grid = new Int32Array(R * M).fill(-1);
  for (let x = 0; x < M; x++) {
    const slot = slotOf[x]!;
    if (slot < 0) continue;
    for (let r = 0; r < R; r++) grid[r * M + x] = tableAt(st, slot, r);
  }
  return grid;
}

/** Build the bookkeeping for a grid. */
export function createDraft(model: Model, grid: Int32Array): Draft {
  const { M, T, R, cap } = model;
  const load = new Int32Array(R * T);
  let maxLoad = 0;
  for (let r = 0; r < R; r++) {
    for (let x = 0; x < M; x++) {
      const m = grid[r * M + x]!;
      if (m >= 0) maxLoad = Math.max(maxLoad, ++load[r * T + m]!);
    }
  }
  // A locked round may hold a table fuller than the capacity (kept as the organizer locked it).
  const K = Math.max(1, Math.min(cap, maxLoad + 1), maxLoad);
  const occ = new Int32Array(R * T * K);
  const posIn = new Int32Array(R * M).fill(-1);
  const cnt = new Uint8Array(M * T);
  load.fill(0);
  for (let r = 0; r < R; r++) {
    for (let x = 0; x < M; x++) {
      const m = grid[r * M + x]!;
      if (m < 0) continue;
      const cell = r * T + m;
      posIn[r * M + x] = load[cell]!;
      occ[cell * K + load[cell]!] = x;
      load[cell]!++;
      if (cnt[x * T + m]! < 255) cnt[x * T + m]!++;
    }
  }
  // A pair that met at an earlier event counts as met: exchanges do not bring them together.
  if (model.history) for (let i = 0; i < M * T; i++) if (model.history[i] && cnt[i]! < 255) cnt[i]!++;
  const peers = cap > 1 ? new PeerCounter(M, expectedPairs(model), model.apart) : null;
  const idle = new Int32Array(T);
  for (let r = 0; r < R; r++) {
    for (let m = 0; m < T; m++) {
      const cell = r * T + m;
      peers?.addGroup(occ, cell * K, cell * K + load[cell]!);
      idle[m]! += cap - load[cell]!;
    }
  }
  return {
    model,
    grid,
    K,
    occ,
    load,
    posIn,
    cnt,
    peers,
    idle,
    locked: new Uint8Array(R * M),
    fixed: null,
    unwanted: null,
  };
}

/** First index in occ of (round r, table m)'s members; they run to that plus load. */
export function cellStart(d: Draft, r: number, m: number): number {
  return (r * d.model.T + m) * d.K;
}

function removeFrom(d: Draft, r: number, x: number, m: number): void {
  const { M, T } = d.model;
  const cell = r * T + m;
  const i = d.posIn[r * M + x]!;
  const lastIndex = --d.load[cell]!;
  const last = d.occ[cell * d.K + lastIndex]!;
  d.occ[cell * d.K + i] = last;
  d.posIn[r * M + last] = i;
  d.posIn[r * M + x] = -1;
}

function addTo(d: Draft, r: number, x: number, m: number): void {
  const { M, T } = d.model;
  const cell = r * T + m;
  d.occ[cell * d.K + d.load[cell]!] = x;
  d.posIn[r * M + x] = d.load[cell]!;
  d.load[cell]!++;
  d.grid[r * M + x] = m;
}

/** Move mentee x to table m in round r, keeping every count in step. */
export function moveInDraft(d: Draft, r: number, x: number, m: number): void {
  const { M, T } = d.model;
  const from = d.grid[r * M + x]!;
  if (from === m) return;
  if (from >= 0) {
    if (d.peers) {
      const s = cellStart(d, r, from);
      for (let i = s; i < s + d.load[r * T + from]!; i++) if (d.occ[i] !== x) d.peers.add(x, d.occ[i]!, -1);
    }
    removeFrom(d, r, x, from);
    d.cnt[x * T + from]!--;
    d.idle[from]! += 1;
  }
  if (m >= 0) {
    if (d.peers) {
      const s = cellStart(d, r, m);
      for (let i = s; i < s + d.load[r * T + m]!; i++) d.peers.add(x, d.occ[i]!, 1);
    }
    addTo(d, r, x, m);
    if (d.cnt[x * T + m]! < 255) d.cnt[x * T + m]!++;
    d.idle[m]! -= 1;
  } else {
    d.grid[r * M + x] = -1;
  }
}

/** Swap the tables of two mentees seated at different tables in round r. */
export function swapInDraft(d: Draft, r: number, x: number, y: number): void {
  const { M } = d.model;
  const a = d.grid[r * M + x]!;
  const b = d.grid[r * M + y]!;
  // Two moves through a bye keep the bookkeeping in one place; loads end as they began.
  moveInDraft(d, r, x, -1);
  moveInDraft(d, r, y, a);
  moveInDraft(d, r, x, b);
}
