/**
 * The organizer's hand on the draft: locked rounds and pinned seats are written in and fixed (no
 * exchange changes them), and draft places that the planner should not keep are marked for the
 * avoid exchange to move away like a seat at an avoided mentor: a mentor met at an earlier
 * event, or one met in a locked round or at a pinned seat.
 */
import { cellStart, moveInDraft, swapInDraft, type Draft } from './draft';
import { mayTake } from './model';
import type { PinPlan } from './pins';

/** Fix locked rounds (`locked[r]`) and pinned seats in the draft; mark places to exchange away. */
export function fixDraft(d: Draft, locked: readonly boolean[], pins: PinPlan | null): void {
  const { M, T, R, history } = d.model;
  const seats = pins?.seats ?? [];
  if (!locked.some(Boolean) && seats.length === 0 && !history) return;
  const fixed = new Uint8Array(R * M);
  const fix = (r: number, x: number) => {
    fixed[r * M + x] = 1;
    d.locked[r * M + x] = 1;
  };
  for (let r = 0; r < R; r++) if (locked[r]) for (let x = 0; x < M; x++) fix(r, x);
  d.fixed = fixed;
  for (const { x, m, r } of seats) if (pinInDraft(d, r, x, m)) fix(r, x);
  const unwanted = new Uint8Array(R * M);
  let any = false;
  const mark = (r: number, x: number) => {
    if (fixed[r * M + x]) return;
    unwanted[r * M + x] = 1;
    any = true;
  };
  // Meetings in fixed places (locked rounds, pinned seats) and at earlier events are had: a
  // draft place meeting the same mentor again is to be exchanged away.
  const had = history ? Uint8Array.from(history) : new Uint8Array(M * T);
  for (let r = 0; r < R; r++) {
    for (let x = 0; x < M; x++) {
      const a = d.grid[r * M + x]!;
      if (a >= 0 && fixed[r * M + x]) had[x * T + a] = 1;
    }
  }
  for (let r = 0; r < R; r++) {
    for (let x = 0; x < M; x++) {
      const a = d.grid[r * M + x]!;
      if (a >= 0 && had[x * T + a]) mark(r, x);
    }
  }
  d.unwanted = any ? unwanted : null;
}

/** Seat x at m in round r of the draft: a free seat, else a trade with someone not fixed there. */
function pinInDraft(d: Draft, r: number, x: number, m: number): boolean {
  const { M, T, cap } = d.model;
  const a = d.grid[r * M + x]!;
  if (a === m) return true;
  const load = d.load[r * T + m]!;
  if (load < cap && load < d.K) {
    moveInDraft(d, r, x, m);
    return true;
  }
  // Whoever goes to x's place: preferably someone who meets that mentor nowhere else.
  let pick = -1;
  const s = cellStart(d, r, m);
  for (let i = s; i < s + load; i++) {
    const y = d.occ[i]!;
    if (d.fixed![r * M + y]) continue;
    if (pick < 0 || (a >= 0 && mayTake(d.model, d.cnt, y, a) && !mayTake(d.model, d.cnt, pick, a))) pick = y;
  }
  if (pick < 0) return false;
  if (a >= 0 && d.model.avoid[pick * T + a] === 0) swapInDraft(d, r, x, pick);
  else {
    moveInDraft(d, r, pick, -1);
    moveInDraft(d, r, x, m);
  }
  return true;
}
