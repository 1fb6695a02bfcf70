/**
 * The last word on pins, with every round seated. Each pinned seat, then each pinned meeting in
 * the order given, is made to hold by moves in one round (pin-seated.ts): the mentee takes a
 * free seat at the mentor, or the seat of someone there who goes to the mentee's old place, a
 * free seat elsewhere or (last) sits out; the seat the mentee leaves goes to someone sitting out
 * who never meets that mentor. Nobody lands at a mentor they may not meet, no table goes over
 * capacity, locked rounds and seats already pinned are never touched, and every seat made to
 * hold is frozen for the passes after this one. A meeting pinned to no round keeps a round it
 * already has; otherwise it goes where it costs least (a round the mentee sits out, a swap that
 * makes no repeat), never taking a round a later pin has reserved (so each pin the judgement in
 * pin-rules.ts accepts finds one).
 */
import type { Model } from './model';
import { Seated, type Move } from './pin-seated';
import type { PinPlan } from './pins';

/**
 * Make every pin in `pins` hold in `rounds` (round index r is rounds[r − offset]); `locked[i]`
 * marks rounds[i] as locked. `frozen` (rounds.length × M) comes in with locked rounds set and
 * goes out with pinned seats set too; `before` holds meetings of earlier rounds and events.
 */
export function enforcePins(
  model: Model,
  rounds: Int32Array[],
  offset: number,
  locked: readonly boolean[],
  pins: PinPlan,
  frozen: Uint8Array,
  before?: Uint8Array,
): void {
  const s = new Seated(model, rounds, frozen, before);
  for (const { x, m, r } of pins.seats) {
    const i = r - offset;
    if (i < 0 || i >= rounds.length || locked[i] || !s.open(i, x, m)) continue;
    const p = s.plan(i, x, m);
    if (!p) continue;
    s.apply(i, p.moves);
    s.freeze(i, x);
  }
  placeMeetings(s, pins.meetings, locked);
}

/**
 * Meetings pinned to no round, in order. Each first reserves the first round free for it (the
 * first fit by which pin-rules.ts judged it holdable), so every one has a round; then each in
 * turn keeps a round where the pair meets already, or goes where it costs least, but only to
 * a round where no reservation still to come needs the mentee or the mentor's last seat.
 */
function placeMeetings(s: Seated, meetings: PinPlan['meetings'], locked: readonly boolean[]): void {
  const { M, T, cap } = s.model;
  const n = s.rounds.length;
  const reserved = new Int32Array(meetings.length).fill(-1);
  const heldX = new Uint8Array(n * M);
  const heldM = new Int32Array(n * T);
  const reserve = (k: number, i: number, by: 1 | -1) => {
    const { x, m } = meetings[k]!;
    heldX[i * M + x] = by > 0 ? 1 : 0;
    heldM[i * T + m]! += by;
    reserved[k] = by > 0 ? i : -1;
  };
  const fits = (i: number, x: number, m: number) =>
    !locked[i] && !heldX[i * M + x] && s.open(i, x, m) && s.pinnedAt[i * T + m]! + heldM[i * T + m]! < cap;
  meetings.forEach(({ x, m }, k) => {
    for (let i = 0; i < n; i++) {
      if (!fits(i, x, m)) continue;
      reserve(k, i, 1);
      return;
    }
  });
  meetings.forEach(({ x, m }, k) => {
    const own = reserved[k]!;
    if (own < 0) return;
    reserve(k, own, -1);
    let choice: { i: number; moves: Move[]; cost: number } | null = null;
    // A round where they meet already is kept: moving them elsewhere would make a repeat.
    for (let i = 0; i < n && !choice; i++)
      if (s.rounds[i]![x] === m && fits(i, x, m)) choice = { i, moves: [], cost: 0 };
    for (let i = 0; i < n && choice?.moves.length !== 0; i++) {
      if (!fits(i, x, m)) continue;
      const p = s.plan(i, x, m);
      if (p && (!choice || p.cost < choice.cost)) choice = { i, ...p };
    }
    if (!choice) return;
    s.apply(choice.i, choice.moves);
    s.freeze(choice.i, x);
  });
}

/**
 * After the engine: make the pins hold and return which places the later passes must leave as
 * they are (locked rounds, pinned seats), or undefined when nothing is fixed. `rounds[i]` is
 * round index offset + i; `locked[i]` marks it locked.
 */
export function holdOrganizerHand(
  model: Model,
  rounds: Int32Array[],
  offset: number,
  locked: readonly boolean[],
  pins: PinPlan | null,
  before?: Uint8Array,
): Uint8Array | undefined {
  if (!pins && !locked.some(Boolean)) return undefined;
  const { M } = model;
  const frozen = new Uint8Array(rounds.length * M);
  locked.forEach((isLocked, i) => {
    if (isLocked) frozen.fill(1, i * M, (i + 1) * M);
  });
  if (pins) enforcePins(model, rounds, offset, locked, pins, frozen, before);
  return frozen;
}
