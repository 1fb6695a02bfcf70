/**
 * replan(): change the rounds from `fromRound` on for the people present now, keeping earlier
 * rounds byte-identical and everyone's old seat wherever it is still legal. If the schedule
 * still holds for everyone present, nothing changes. Otherwise the engine re-seats only what
 * must change (departed mentors' tables, newcomers, new avoids, extra rounds), with bye
 * fairness counted over the whole event. Walk-ins fill free seats first and sit out the next
 * round rather than take a seat someone holds (walk-ins.ts). Locked rounds from `fromRound` on
 * are kept as given, pins are made to hold in the rounds not begun (pin-enforce.ts), and pairs
 * met at earlier events count as met, like the rounds already played.
 */
import type { RoundSeating, Schedule } from '../schemas/schedule';
import { runEngine } from './engine';
import { markAhead } from './engine-ahead';
import { PlanError } from './errors';
import { lockRounds, type LockedRounds } from './locked';
import { buildModel, wishOrder, type Model } from './model';
import { holdOrganizerHand } from './pin-enforce';
import { fixedRound } from './pin-rules';
import { pinnedSeats, pinsHold, planPins, repin, wishPinnedMeetings, type PinPlan } from './pins';
import { DEFAULT_SEED, engineContext, lockedFlags, tieBreak } from './plan';
import { stillHolds } from './replan-check';
import { replayHistory } from './replan-history';
import { continueRotation, replanPreferences } from './replan-prefs';
import { balanceByes } from './balance-byes';
import { repairRepeats } from './repair-repeats';
import { menteeEntry, mentorEntry, roundJson } from './schedule-json';
import { seatWalkIns } from './walk-in-seats';
import { heldSeats, keepHeldSeats } from './walk-ins';
import type { PlanInput, PlanOptions } from './types';
import { isMovingSchedule, replanMentorsMove, replanToMentees } from './moving-dispatch';
import { replanFromPeers, replanPeerRounds } from './peer-dispatch';
import { isPeerSchedule } from './peer-schedule';

/** A copy that serialises to exactly the same JSON (spreads keep key order and any extra fields). */
const copyRound = (r: RoundSeating): RoundSeating => ({
  ...r,
  tables: r.tables.map((t) => ({ ...t, menteeIds: [...t.menteeIds] })),
  byes: [...r.byes],
});

/** Old people first (updated where still present), then newcomers, so past rounds stay resolvable. */
function mergePeople<T extends { id: string }>(old: T[], now: T[]): T[] {
  const current = new Map(now.map((p) => [p.id, p] as const));
  const known = new Set(old.map((p) => p.id));
  return [...old.map((p) => current.get(p.id) ?? p), ...now.filter((p) => !known.has(p.id))];
}

/** Replan rounds ≥ fromRound for `changes` (settings and people as they stand now). */
export function replan(schedule: Schedule, fromRound: number, changes: PlanInput, opts: PlanOptions = {}): Schedule {
  if (!schedule || !Array.isArray(schedule.rounds)) throw new PlanError('the schedule to replan has no rounds list');
  if (!Number.isInteger(fromRound) || fromRound < 1) {
    throw new PlanError(`fromRound must be a whole number of at least 1 (got ${String(fromRound)})`);
  }
  if (changes?.settings?.pairing === 'peer') return replanPeerRounds(schedule, fromRound, changes, opts);
  if (isPeerSchedule(schedule)) return replanFromPeers(schedule, fromRound, changes, opts);
  if (changes?.settings?.moving === 'mentors') return replanMentorsMove(schedule, fromRound, changes, opts);
  if (isMovingSchedule(schedule)) return replanToMentees(schedule, fromRound, changes, opts);
  const model = buildModel(changes?.settings, changes?.mentors, changes?.mentees, { metBefore: opts.metBefore });
  const past = schedule.rounds.filter((r) => r.round < fromRound);
  const start = Math.min(fromRound - 1, schedule.rounds.length);
  if (past.length > model.R) {
    throw new PlanError(`cannot shorten the event to ${model.R} rounds: rounds 1–${past.length} are already fixed`);
  }
  const locked = lockRounds(model, opts.locked, start);
  const fixed = new Map(locked?.fixed);
  for (const r of past) fixed.set(r.round, fixedRound('begun', r));
  const names = new Map([...schedule.mentors, ...schedule.mentees].map((p) => [p.id, p.name] as const));
  const pins = planPins(model, changes.settings, opts.pins, fixed, names);
  wishPinnedMeetings(model, pins);
  const flags = lockedFlags(model, locked).slice(start);
  const seedGiven = schedule.seed;
  const seed = opts.seed ?? (typeof seedGiven === 'number' || typeof seedGiven === 'string' ? seedGiven : DEFAULT_SEED);
  const people = {
    mentors: mergePeople(schedule.mentors, changes.mentors.map(mentorEntry)),
    mentees: mergePeople(schedule.mentees, changes.mentees.map(menteeEntry)),
  };
  const settings = { rounds: model.R, tableCapacity: model.cap };
  const oldRounds = new Map(schedule.rounds.map((r) => [r.round, r] as const));
  // Nobody came or went and nothing else changed: the schedule stands as it is.
  if (stillHolds(schedule, fromRound, model) && handHolds(model, oldRounds, locked, pins))
    return { ...schedule, ...people, rounds: schedule.rounds.map(copyRound), seed, settings };
  const { order, rank } = tieBreak(model.M, seed);
  const prefs = replanPreferences(
    model,
    oldRounds,
    start,
    schedule.mentees.map((x) => x.id),
  );
  locked?.seats.forEach((seat, r) => {
    if (seat) prefs.set(seat, r * model.M);
  });
  const pinned = pinnedSeats(model, pins, prefs);
  const hold = heldSeats(model, oldRounds, start);
  const ctx = {
    ...engineContext(model, prefs, wishOrder(model, order), rank, locked, pinned),
    walkIns: { round: start, who: hold.walkIns },
  };
  replayHistory(model, ctx.state, past);
  markAhead(model, ctx.state, start, locked?.seats, pinned, prefs);
  const before = Uint8Array.from(ctx.state.meet);
  const pastByes = Int32Array.from(ctx.state.byes);
  const rounds = (seats: Int32Array[]) => [
    ...past.map(copyRound),
    ...seats.map((s, i) => locked?.json[start + i] ?? roundJson(model, start + i + 1, s)),
  ];
  // Only walk-ins came: everyone else keeps their places exactly (no locked round to keep out of).
  if (!locked && onlyWalkIns(schedule, fromRound, changes, hold.walkIns)) {
    const seats = seatWalkIns(model, schedule, start, hold.walkIns, before, pastByes, order);
    if (seats) {
      holdOrganizerHand(model, seats, start, flags, pins, before);
      return { ...schedule, ...people, rounds: rounds(seats), seed, settings };
    }
  }
  const seats = runEngine(ctx, start, model.R, (r) => {
    if (oldRounds.has(r + 1)) return;
    continueRotation(model, ctx.state, prefs, r);
    repin(model, pins, prefs, r);
  });
  const frozen = holdOrganizerHand(model, seats, start, flags, pins, before);
  balanceByes(model, seats, pastByes, before, hold.walkIns, frozen);
  repairRepeats(model, seats, before, frozen);
  keepHeldSeats(model, seats, hold, before, pastByes, frozen);
  return { ...schedule, ...people, rounds: rounds(seats), seed, settings };
}

/** Whether the old rounds already keep every locked round as given and hold every pin. */
function handHolds(
  model: Model,
  oldRounds: Map<number, RoundSeating>,
  locked: LockedRounds | null,
  pins: PinPlan | null,
): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (locked?.json.some((json, r) => json !== null && !same(json, oldRounds.get(r + 1)))) return false;
  if (!pins) return true;
  const index = new Map(model.mentees.map((x, i) => [x.id, i] as const));
  const tables: Int32Array[] = [];
  for (let r = 0; r < model.R; r++) {
    const seat = new Int32Array(model.M).fill(-1);
    for (const t of oldRounds.get(r + 1)?.tables ?? []) {
      const m = model.mentorIndex.get(t.mentorId) ?? -1;
      for (const id of t.menteeIds) if (index.has(id)) seat[index.get(id)!] = m;
    }
    tables.push(seat);
  }
  return pinsHold(pins, (r, x) => tables[r]![x]!, model.R);
}

/** Whether the schedule still holds for everyone but the walk-ins (nothing else changed). */
function onlyWalkIns(schedule: Schedule, fromRound: number, changes: PlanInput, walkIns: Uint8Array): boolean {
  if (!walkIns.includes(1)) return false;
  const others = changes.mentees.filter((_, x) => walkIns[x] === 0);
  return stillHolds(schedule, fromRound, buildModel(changes.settings, changes.mentors, others));
}
