/**
 * The pins a plan or replan must bring about, as indices: seats pinned to a round, and meetings
 * pinned to no round in particular. Pins that cannot hold (pin-rules.ts) or that a fixed round
 * or another pin already brings about are left out here; quality() reports the first kind.
 */
import type { Model } from './model';
import { judgePins, type FixedRound } from './pin-rules';
import type { PlanPin, PlanSettings } from './types';

/** What the planner enforces. */
export interface PinPlan {
  /** Mentee x sits at table m in round index r (0-based over the whole event). */
  seats: { x: number; m: number; r: number }[];
  /** Mentee x meets table m in some round the planner picks. */
  meetings: { x: number; m: number }[];
}

/** The holdable pins of `pins` against this model and its rounds that cannot change; null when none. */
export function planPins(
  model: Model,
  settings: PlanSettings,
  pins: readonly PlanPin[] | undefined,
  fixed: Map<number, FixedRound>,
  names?: Map<string, string>,
): PinPlan | null {
  if (!pins || pins.length === 0) return null;
  const input = { settings, mentors: model.mentors, mentees: model.mentees };
  const verdicts = judgePins({ input, rounds: model.R, fixed, ...(names ? { names } : {}) }, pins);
  const index = new Map(model.mentees.map((x, i) => [x.id, i] as const));
  const out: PinPlan = { seats: [], meetings: [] };
  pins.forEach((pin, i) => {
    const v = verdicts[i]!;
    if (v.reason !== null || v.covered) return;
    const x = index.get(pin.menteeId)!;
    const m = model.mentorIndex.get(pin.mentorId)!;
    if (pin.round === undefined || pin.round === null) out.meetings.push({ x, m });
    else out.seats.push({ x, m, r: pin.round - 1 });
  });
  return out.seats.length + out.meetings.length > 0 ? out : null;
}

/**
 * A meeting pinned to no round is the mentee's first wish (before their own wishes): slot
 * choice and wish exchanges then seek it like any top wish, and the last pass makes sure of it.
 */
export function wishPinnedMeetings(model: Model, pins: PinPlan | null): void {
  if (!pins) return;
  const first = new Map<number, number[]>();
  for (const { x, m } of pins.meetings) {
    const list = first.get(x) ?? first.set(x, []).get(x)!;
    if (!list.includes(m)) list.push(m);
  }
  for (const [x, list] of first)
    model.wishes[x] = Int32Array.from([...list, ...model.wishes[x]!.filter((m) => !list.includes(m))]);
}

/**
 * Write every seat pinned to a round into the preferences, and return pinned[r·M + x] = 1 for
 * them (the engine seats them first and keeps them); undefined when there are none.
 */
export function pinnedSeats(model: Model, pins: PinPlan | null, prefs: Int32Array): Uint8Array | undefined {
  if (!pins || pins.seats.length === 0) return undefined;
  const out = new Uint8Array(model.R * model.M);
  for (const { x, m, r } of pins.seats) {
    out[r * model.M + x] = 1;
    prefs[r * model.M + x] = m;
  }
  return out;
}

/** Write the seats pinned in round index r into the preferences again (after they were recomputed). */
export function repin(model: Model, pins: PinPlan | null, prefs: Int32Array, r: number): void {
  for (const { x, m, r: at } of pins?.seats ?? []) if (at === r) prefs[r * model.M + x] = m;
}

/** Whether every pin of `pins` holds in `seatOf` (table per mentee per round index, −1 for none). */
export function pinsHold(pins: PinPlan | null, seatOf: (r: number, x: number) => number, R: number): boolean {
  if (!pins) return true;
  if (pins.seats.some(({ x, m, r }) => seatOf(r, x) !== m)) return false;
  return pins.meetings.every(({ x, m }) => Array.from({ length: R }, (_, r) => r).some((r) => seatOf(r, x) === m));
}
