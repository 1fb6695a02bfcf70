/**
 * Locked rounds: seatings the organizer keeps exactly as they are. Only people still present
 * stay in them: a mentee no longer here is left out, a mentor no longer here takes their table
 * with them (its mentees then sit out), and a mentee present but not in the locked seating sits
 * out that round. Everything else is as given, down to the order of names at a table.
 */
import type { RoundSeating } from '../schemas/schedule';
import type { Model } from './model';
import { fixedRound, type FixedRound } from './pin-rules';

/** The locked rounds of a plan, by round index (0-based); null where a round is planned. */
export interface LockedRounds {
  /** Table per mentee (−1: sitting out). */
  seats: (Int32Array | null)[];
  /** The round as it goes out in the schedule. */
  json: (RoundSeating | null)[];
  /** The most mentees at one table of a locked round (it may exceed the capacity: kept as locked). */
  fullest: number;
  /** The same rounds for judging pins, by round number. */
  fixed: Map<number, FixedRound>;
}

/** Read `locked` for rounds from index `from` on (earlier ones, and unknown round numbers, are ignored). */
export function lockRounds(model: Model, locked: readonly RoundSeating[] | undefined, from = 0): LockedRounds | null {
  if (!locked || locked.length === 0) return null;
  const { R } = model;
  const out: LockedRounds = {
    seats: new Array(R).fill(null),
    json: new Array(R).fill(null),
    fullest: 0,
    fixed: new Map(),
  };
  let any = false;
  for (const round of locked) {
    const r = round?.round;
    // The first seating given for a round is the one kept.
    if (!Number.isInteger(r) || r - 1 < from || r > R || out.seats[r - 1]) continue;
    const { seat, json } = keep(model, round);
    out.seats[r - 1] = seat;
    out.json[r - 1] = json;
    out.fixed.set(r, fixedRound('locked', json));
    for (const t of json.tables) out.fullest = Math.max(out.fullest, t.menteeIds.length);
    any = true;
  }
  return any ? out : null;
}

/** One locked round for the people present: seat per mentee, and its JSON. */
function keep(model: Model, round: RoundSeating): { seat: Int32Array; json: RoundSeating } {
  const { M, mentees, mentors, mentorIndex } = model;
  const index = new Map(mentees.map((x, i) => [x.id, i] as const));
  const seat = new Int32Array(M).fill(-1);
  const placed = new Uint8Array(M);
  const given = new Map<number, { mentorId: string; menteeIds: string[] }>();
  // A mentee in two places keeps the first; a table of a mentor not here is dropped.
  const tables = Array.isArray(round.tables) ? round.tables : [];
  for (const t of tables) {
    const m = mentorIndex.get(t?.mentorId);
    if (m === undefined || given.has(m)) continue;
    const ids: string[] = [];
    for (const id of Array.isArray(t.menteeIds) ? t.menteeIds : []) {
      const x = index.get(id);
      if (x === undefined || placed[x]) continue;
      placed[x] = 1;
      seat[x] = m;
      ids.push(id);
    }
    given.set(m, { ...t, menteeIds: ids });
  }
  const byes: string[] = [];
  for (const id of Array.isArray(round.byes) ? round.byes : []) {
    const x = index.get(id);
    if (x === undefined || placed[x]) continue;
    placed[x] = 1;
    byes.push(id);
  }
  for (let x = 0; x < M; x++) if (!placed[x]) byes.push(mentees[x]!.id);
  const json: RoundSeating = {
    ...round,
    tables: mentors.map((m, i) => given.get(i) ?? { mentorId: m.id, menteeIds: [] }),
    byes,
  };
  return { seat, json };
}
