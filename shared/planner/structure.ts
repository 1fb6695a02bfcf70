/**
 * The structured rotation every plan starts from. Mentees sit in "slots"; a slot belongs to a
 * lane. When everyone fits, a lane has one position per table and moves `speed` tables a round
 * (slot p sits at table p + speed·r): speed 1 is the classic rotation (T3 → T4, the last wraps
 * to T1); other speeds keep table-mates fresh (see speeds.ts). When there are more mentees than
 * seats, a lane is a ring of table positions with evenly interleaved bye positions (a
 * Christoffel word, so any run of rounds holds the same number of byes give or take one) that
 * turns one position a round; its k-th table position is table speed·k (speed coprime with T).
 */
import { gcd, mod, modInverse } from './number-theory';
import { chooseSpeeds } from './speeds';

/** One ring of seats turning through the room. */
export interface Lane {
  /** Positions: T, or for a ring with byes T table positions plus size − T bye positions. */
  size: number;
  speed: number;
  /** gcd(speed, T) and the inverse of speed/g modulo T/g, to find when a lane reaches a table. */
  g: number;
  inverse: number;
  /** The slot at each ring position in round 1, or −1 for an empty position. */
  slotAt: Int32Array;
}

/** The rotation: lanes, and each slot's lane and starting position. */
export interface Structure {
  T: number;
  lanes: Lane[];
  slotLane: Int32Array;
  slotPos: Int32Array;
}

/** The table index of ring position q (or −1 for a bye position) on a ring of V ≥ T positions. */
export function realIndex(q: number, V: number, T: number): number {
  if (V === T) return q;
  const k = Math.floor((q * T) / V);
  return Math.floor(((q + 1) * T) / V) > k ? k : -1;
}

/** The ring position of the k-th table position (inverse of realIndex). */
export function ringPosition(k: number, V: number, T: number): number {
  return V === T ? k : Math.ceil(((k + 1) * V) / T) - 1;
}

function makeLane(T: number, size: number, speed: number, positions: number[], firstSlot: number): Lane {
  const g = gcd(speed, T);
  const slotAt = new Int32Array(size).fill(-1);
  positions.forEach((p, i) => {
    slotAt[p] = firstSlot + i;
  });
  return { size, speed, g, inverse: modInverse(speed / g, T / g), slotAt };
}

/**
 * Build the rotation for `n` mentees on T tables of `cap` seats over `rounds` rounds. With room
 * for all, ⌈n/T⌉ lanes of T positions; the first (speed 1) takes the remainder, spread evenly so
 * empty seats rotate fairly. With more mentees than seats, `cap` lanes with bye positions.
 */
export function buildStructure(T: number, cap: number, n: number, rounds: number): Structure {
  const lanes: Lane[] = [];
  const slotLane = new Int32Array(n);
  const slotPos = new Int32Array(n);
  let next = 0;
  const add = (size: number, speed: number, positions: number[]): void => {
    const lane = makeLane(T, size, speed, positions, next);
    for (const p of positions) {
      slotLane[next] = lanes.length;
      slotPos[next] = p;
      next++;
    }
    lanes.push(lane);
  };
  if (n === 0) return { T, lanes, slotLane, slotPos };
  if (n <= T * cap) {
    const count = Math.ceil(n / T);
    const speeds = chooseSpeeds(T, count, rounds, false);
    const partial = n - (count - 1) * T;
    add(
      T,
      speeds[0]!,
      Array.from({ length: partial }, (_, i) => Math.floor((i * T) / partial)),
    );
    for (let j = 1; j < count; j++)
      add(
        T,
        speeds[j]!,
        Array.from({ length: T }, (_, i) => i),
      );
  } else {
    const speeds = chooseSpeeds(T, cap, rounds, true);
    const base = Math.floor(n / cap);
    const extra = n % cap;
    for (let j = 0; j < cap; j++) {
      const size = base + (j < extra ? 1 : 0);
      add(
        size,
        speeds[j]!,
        Array.from({ length: size }, (_, i) => i),
      );
    }
  }
  return { T, lanes, slotLane, slotPos };
}

/** The table slot `slot` sits at in round index r (0-based), or −1 for a bye. */
export function tableAt(st: Structure, slot: number, r: number): number {
  const lane = st.lanes[st.slotLane[slot]!]!;
  const p = st.slotPos[slot]!;
  if (lane.size === st.T) return (p + lane.speed * (r % st.T)) % st.T;
  const k = realIndex((p + r) % lane.size, lane.size, st.T);
  return k < 0 ? -1 : (lane.speed * k) % st.T;
}

/** Round indices r in [0, T/g) with speed·r ≡ delta (mod T): at most one, or −1. */
function solveStep(lane: Lane, T: number, delta: number): number {
  const d = mod(delta, T);
  if (d % lane.g !== 0) return -1;
  return mod((d / lane.g) * lane.inverse, T / lane.g);
}

/** The first round index in which `slot` sits at table m, or −1 if it never does. */
export function firstVisit(st: Structure, slot: number, m: number): number {
  const lane = st.lanes[st.slotLane[slot]!]!;
  const p = st.slotPos[slot]!;
  if (lane.size === st.T) return solveStep(lane, st.T, m - p);
  // Ring lanes have speeds coprime with T: table m is exactly one table position.
  const k = mod(m * lane.inverse, st.T);
  return mod(ringPosition(k, lane.size, st.T) - p, lane.size);
}

/**
 * Write into `out` every slot that sits at table m in some round index r < rounds (first cycle
 * only, so each slot once); returns how many. A plain loop into a buffer: slot choice calls this
 * a few hundred thousand times for a large room.
 */
export function slotsAt(st: Structure, m: number, rounds: number, out: Int32Array): number {
  const T = st.T;
  let n = 0;
  for (const lane of st.lanes) {
    const { slotAt, size, speed } = lane;
    if (size === T) {
      const end = Math.min(rounds, T);
      for (let r = 0, p = m; r < end; r++) {
        const slot = slotAt[p]!;
        if (slot >= 0) out[n++] = slot;
        p -= speed;
        if (p < 0) p += T;
      }
    } else {
      const end = Math.min(rounds, size);
      for (let r = 0, p = ringPosition(mod(m * lane.inverse, T), size, T); r < end; r++) {
        const slot = slotAt[p]!;
        if (slot >= 0) out[n++] = slot;
        if (--p < 0) p += size;
      }
    }
  }
  return n;
}
