/**
 * Keeps the hard rule: two peers where either avoids the other never share a table. A round
 * with such a pair is mended with the least damage, in this order: swap one of the two with
 * someone at another table, move them to a table with a free seat, or, when nothing is legal,
 * let them sit out (a table left with one peer sends that peer elsewhere too). Peers sitting out
 * for this reason then take any legal free seat, or sit together at a table of their own.
 * Damage is counted against the other rounds: a pair that meets elsewhere already is a repeat
 * (+1), a new pair is coverage (−1, a wished one −2).
 */
import type { Draft, PairCounts } from './draft';
import { AVOID, type PeerModel, WISH } from './model';

/** Moving the peer who stays at a table spoils their simple "stay" (a tie-break, not a rule). */
const STAY_PENALTY = 0.5;

/** Make `draft` free of avoiding pairs; `counts` holds every other round's meetings. */
export function repairAvoids(draft: Draft, model: PeerModel, counts: PairCounts): void {
  if (model.avoids.length === 0) return;
  const { n, flags, tableSize: k } = model;
  const avoids = (a: number, b: number) => (flags[a * n + b]! & AVOID) !== 0;
  const value = (a: number, b: number) => (counts.get(a, b) > 0 ? 1 : flags[a * n + b]! & WISH ? -2 : -1);
  const sum = (p: number, table: number[], skip: number) => {
    let s = 0;
    for (const y of table) if (y !== p && y !== skip) s += value(p, y);
    return s;
  };
  const fits = (p: number, table: number[], skip: number) => table.every((y) => y === p || y === skip || !avoids(p, y));
  const { tables, stays } = draft;
  const sentOut: number[] = [];

  // The best table with a free seat for p (not `from`), or −1.
  const freeSeat = (p: number, from: number): { table: number; score: number } => {
    let best = { table: -1, score: Number.POSITIVE_INFINITY };
    tables.forEach((u, i) => {
      if (i === from || u.length === 0 || u.length >= k || !fits(p, u, -1)) return;
      const score = sum(p, u, -1);
      if (score < best.score) best = { table: i, score };
    });
    return best;
  };

  const mend = (t: number, mover: number): void => {
    const here = tables[t]!;
    const leave = sum(mover, here, -1);
    // The best swap partner x at another table u (both must fit where they go).
    let bestScore = Number.POSITIVE_INFINITY;
    let apply: (() => void) | null = null;
    for (let i = 0; i < tables.length; i++) {
      const u = tables[i]!;
      if (i === t) continue;
      for (const x of u) {
        if (!fits(mover, u, x) || !fits(x, here, mover)) continue;
        const score =
          sum(mover, u, x) + sum(x, here, mover) - leave - sum(x, u, mover) + (x === stays[i] ? STAY_PENALTY : 0);
        if (score < bestScore) {
          bestScore = score;
          apply = () => {
            u[u.indexOf(x)] = mover;
            here[here.indexOf(mover)] = x;
          };
        }
      }
    }
    if (here.length >= 3) {
      const seat = freeSeat(mover, t);
      if (seat.table >= 0 && seat.score - leave < bestScore) {
        apply = () => {
          here.splice(here.indexOf(mover), 1);
          tables[seat.table]!.push(mover);
        };
      }
    }
    if (apply) {
      apply();
      return;
    }
    here.splice(here.indexOf(mover), 1);
    sentOut.push(mover);
    if (here.length === 1) {
      const lone = here[0]!;
      const seat = freeSeat(lone, t);
      here.length = 0;
      if (seat.table >= 0) tables[seat.table]!.push(lone);
      else sentOut.push(lone);
    }
  };

  for (let t = 0; t < tables.length; t++) {
    // Each mend removes one avoiding pair from this table, so the loop ends.
    for (;;) {
      const here = tables[t]!;
      let pair: [number, number] | null = null;
      for (let i = 0; i < here.length && !pair; i++) {
        for (let j = i + 1; j < here.length; j++) if (avoids(here[i]!, here[j]!)) pair = [here[i]!, here[j]!];
      }
      if (!pair) break;
      const [p, q] = pair;
      const clashes = (a: number) => here.filter((y) => avoids(a, y)).length;
      const mover = stays[t] === q ? p : stays[t] === p ? q : clashes(p) > clashes(q) ? p : q;
      mend(t, mover);
    }
  }
  if (sentOut.length > 0) seatSentOut(draft, sentOut, fits, sum, k, freeSeat);
  draft.stays = stays.map((s, i) => (s >= 0 && tables[i]!.includes(s) ? s : -1));
}

/** Peers sent out take a legal free seat, else sit together with other byes where that is legal. */
function seatSentOut(
  draft: Draft,
  sentOut: number[],
  fits: (p: number, table: number[], skip: number) => boolean,
  sum: (p: number, table: number[], skip: number) => number,
  k: number,
  freeSeat: (p: number, from: number) => { table: number; score: number },
): void {
  const waiting: number[] = [];
  for (const p of sentOut) {
    const seat = freeSeat(p, -1);
    if (seat.table >= 0) draft.tables[seat.table]!.push(p);
    else waiting.push(p);
  }
  if (waiting.length === 0) return;
  // New tables from everyone sitting out, those sent out first; each joins the open table it fits best.
  const pool = [...waiting, ...draft.byes];
  const open: number[][] = [];
  for (const p of pool) {
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    open.forEach((u, i) => {
      if (u.length < k && fits(p, u, -1) && sum(p, u, -1) < bestScore) {
        best = i;
        bestScore = sum(p, u, -1);
      }
    });
    if (best >= 0) open[best]!.push(p);
    else open.push([p]);
  }
  const byes: number[] = [];
  for (const u of open) {
    if (u.length < 2) {
      byes.push(...u);
      continue;
    }
    const empty = draft.tables.findIndex((t) => t.length === 0);
    if (empty >= 0) draft.tables[empty] = u;
    else {
      draft.tables.push(u);
      draft.stays.push(-1);
    }
  }
  draft.byes = byes;
}
