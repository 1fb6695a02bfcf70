/**
 * Preferences for the rounds being replanned: everyone keeps their old place where it still
 * exists; a newcomer takes over the places of someone who left (so the rotation stays whole);
 * rounds beyond the old schedule continue each mentee's last move.
 */
import type { RoundSeating } from '../schemas/schedule';
import { BYE, NONE, type EngineState } from './engine-state';
import type { Model } from './model';

/** Each present mentee's place in one old round (table index, BYE, or NONE), and the departed ones'. */
function oldPlaces(
  model: Model,
  round: RoundSeating,
  index: Map<string, number>,
  out: Int32Array,
  departed: Map<string, number>,
): void {
  out.fill(NONE);
  departed.clear();
  const put = (id: string, place: number) => {
    const x = index.get(id);
    if (x === undefined) departed.set(id, place);
    else out[x] = place;
  };
  for (const t of round.tables) {
    const m = model.mentorIndex.get(t.mentorId) ?? NONE;
    for (const id of t.menteeIds) put(id, m);
  }
  for (const id of round.byes) put(id, BYE);
}

/** Preferences for rounds [start, R) from the old rounds; rounds past the old end stay NONE. */
export function replanPreferences(
  model: Model,
  oldRounds: Map<number, RoundSeating>,
  start: number,
  departedOrder: string[],
): Int32Array {
  const { M, R } = model;
  const prefs = new Int32Array(R * M).fill(NONE);
  const index = new Map(model.mentees.map((x, i) => [x.id, i] as const));
  const places = new Int32Array(M);
  const gone = new Map<string, number>();
  // Pair newcomers (no place in the first replanned round) with people who left, in order.
  const stand: [number, string][] = [];
  const first = oldRounds.get(start + 1);
  if (first) {
    oldPlaces(model, first, index, places, gone);
    const seen = new Set<string>();
    for (const t of first.tables) for (const id of t.menteeIds) seen.add(id);
    for (const id of first.byes) seen.add(id);
    const departed = departedOrder.filter((id) => gone.has(id));
    let next = 0;
    for (let x = 0; x < M && next < departed.length; x++)
      if (!seen.has(model.mentees[x]!.id)) stand.push([x, departed[next++]!]);
  }
  for (let r = start; r < R; r++) {
    const old = oldRounds.get(r + 1);
    if (!old) continue;
    oldPlaces(model, old, index, places, gone);
    prefs.set(places, r * M);
    for (const [x, id] of stand) prefs[r * M + x] = gone.get(id) ?? NONE;
  }
  return prefs;
}

/** For a round past the old schedule: continue each mentee's last move from where they sat. */
export function continueRotation(model: Model, state: EngineState, prefs: Int32Array, r: number): void {
  const { M, T } = model;
  for (let x = 0; x < M; x++) {
    const last = state.last[x]!;
    prefs[r * M + x] = last >= 0 ? (last + state.step[x]!) % T : NONE;
  }
}
