/**
 * A last look at the seated rounds as a whole. The engine decides round by round and cannot see
 * ahead, so late in a tight event a mentee may have to repeat a mentor although another allowed
 * one is still unmet. With the whole schedule known, such a seat can often be swapped with
 * someone at a mentor the mentee never meets, who in turn never meets the first mentor: both
 * still meet someone new, and loads, byes and empty seats stay as they were.
 */
import { losesWish, mayTake, type Model } from './model';

/**
 * Swap away avoidable repeats in `rounds` (seat per mentee); `before` holds meetings of earlier,
 * fixed rounds (and earlier events). Places marked in `frozen` (frozen[r·M + x]) never move.
 */
export function repairRepeats(model: Model, rounds: Int32Array[], before?: Uint8Array, frozen?: Uint8Array): void {
  const { M, T } = model;
  const total = before ? Uint8Array.from(before) : new Uint8Array(M * T);
  for (const seat of rounds) {
    for (let x = 0; x < M; x++) if (seat[x]! >= 0 && total[x * T + seat[x]!]! < 255) total[x * T + seat[x]!]!++;
  }
  const running = before ? Uint8Array.from(before) : new Uint8Array(M * T);
  const unmetAllowed = (x: number) => {
    for (let u = 0; u < T; u++) if (mayTake(model, running, x, u)) return true;
    return false;
  };
  // A meeting in a frozen place (locked round, pinned seat) stays, so meeting that mentor in
  // another round is the repeat to move, even in an earlier round.
  const kept = frozen ? frozenMeetings(model, rounds, frozen) : null;
  rounds.forEach((seat, r) => {
    const still = frozen?.subarray(r * M, (r + 1) * M);
    for (let x = 0; x < M; x++) {
      const m = seat[x]!;
      if (m < 0 || still?.[x]) continue;
      if ((running[x * T + m] === 0 && !kept?.[x * T + m]) || !unmetAllowed(x)) continue;
      swapAway(model, seat, total, x, m, still);
    }
    for (let x = 0; x < M; x++) if (seat[x]! >= 0 && running[x * T + seat[x]!]! < 255) running[x * T + seat[x]!]!++;
  });
}

/**
 * Move x (repeating m) to a mentor x never meets, by a chain of moves in this round in which
 * everyone lands on a mentor they never meet otherwise; the chain ends at a free seat or at the
 * seat x leaves. Breadth-first over tables, so chains stay short. True if done.
 */
function swapAway(
  model: Model,
  seat: Int32Array,
  total: Uint8Array,
  x: number,
  m: number,
  still: Uint8Array | undefined,
): boolean {
  const { M, T, cap } = model;
  const members: number[][] = Array.from({ length: T }, () => []);
  for (let y = 0; y < M; y++) if (seat[y]! >= 0 && y !== x) members[seat[y]!]!.push(y);
  const fresh = (y: number, t: number) => mayTake(model, total, y, t);
  const room = (t: number) => t === m || members[t]!.length < cap;
  const parent = new Int32Array(T).fill(-2);
  const via = new Int32Array(T).fill(-1);
  const queue: number[] = [];
  for (let u = 0; u < T; u++) {
    if (!fresh(x, u)) continue;
    parent[u] = -1;
    queue.push(u);
  }
  let end = queue.find(room) ?? -1;
  for (let head = 0; head < queue.length && end < 0; head++) {
    const t = queue[head]!;
    for (const y of members[t]!) {
      // Leaving t must not cost y a wish met only there; a frozen place does not move.
      if (losesWish(model, total, y, t) || still?.[y]) continue;
      for (let v = 0; v < T && end < 0; v++) {
        if (parent[v] !== -2 || !fresh(y, v)) continue;
        parent[v] = t;
        via[v] = y;
        if (room(v)) end = v;
        else queue.push(v);
      }
      if (end >= 0) break;
    }
  }
  if (end < 0) return false;
  const meet = (y: number, to: number) => {
    total[y * T + seat[y]!]!--;
    total[y * T + to]!++;
    seat[y] = to;
  };
  let cur = end;
  while (parent[cur] !== -1) {
    const from = parent[cur]!;
    meet(via[cur]!, cur);
    cur = from;
  }
  meet(x, cur);
  return true;
}

/** kept[x·T + m] = 1 when x sits with m in a frozen place of `rounds`. */
function frozenMeetings(model: Model, rounds: Int32Array[], frozen: Uint8Array): Uint8Array {
  const { M, T } = model;
  const kept = new Uint8Array(M * T);
  rounds.forEach((seat, r) => {
    for (let x = 0; x < M; x++) if (seat[x]! >= 0 && frozen[r * M + x]) kept[x * T + seat[x]!] = 1;
  });
  return kept;
}
