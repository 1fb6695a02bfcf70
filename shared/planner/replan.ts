/**
 * replan(): change the rounds from `fromRound` on for the people present now, keeping earlier
 * rounds byte-identical and everyone's old seat wherever it is still legal. If the schedule
 * still holds for everyone present, nothing changes. Otherwise the engine re-seats only what
 * must change (departed mentors' tables, newcomers, new avoids, extra rounds), with bye
 * fairness counted over the whole event. Walk-ins fill free seats first and sit out the next
 * round rather than take a seat someone holds (walk-ins.ts).
 */
import type { RoundSeating, Schedule } from '../schemas/schedule';
import { runEngine } from './engine';
import { PlanError } from './errors';
import { buildModel } from './model';
import { DEFAULT_SEED, engineContext, tieBreak } from './plan';
import { stillHolds } from './replan-check';
import { replayHistory } from './replan-history';
import { continueRotation, replanPreferences } from './replan-prefs';
import { balanceByes } from './balance-byes';
import { repairRepeats } from './repair-repeats';
import { menteeEntry, mentorEntry, roundJson } from './schedule-json';
import { seatWalkIns } from './walk-in-seats';
import { heldSeats, keepHeldSeats } from './walk-ins';
import type { PlanInput, PlanOptions } from './types';

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
  const model = buildModel(changes?.settings, changes?.mentors, changes?.mentees);
  const past = schedule.rounds.filter((r) => r.round < fromRound);
  const start = Math.min(fromRound - 1, schedule.rounds.length);
  if (past.length > model.R) {
    throw new PlanError(`cannot shorten the event to ${model.R} rounds: rounds 1–${past.length} are already fixed`);
  }
  const seedGiven = schedule.seed;
  const seed = opts.seed ?? (typeof seedGiven === 'number' || typeof seedGiven === 'string' ? seedGiven : DEFAULT_SEED);
  const people = {
    mentors: mergePeople(schedule.mentors, changes.mentors.map(mentorEntry)),
    mentees: mergePeople(schedule.mentees, changes.mentees.map(menteeEntry)),
  };
  const settings = { rounds: model.R, tableCapacity: model.cap };
  // Nobody came or went and nothing else changed: the schedule stands as it is.
  if (stillHolds(schedule, fromRound, model))
    return { ...schedule, ...people, rounds: schedule.rounds.map(copyRound), seed, settings };
  const { order, rank } = tieBreak(model.M, seed);
  const oldRounds = new Map(schedule.rounds.map((r) => [r.round, r] as const));
  const prefs = replanPreferences(
    model,
    oldRounds,
    start,
    schedule.mentees.map((x) => x.id),
  );
  const hold = heldSeats(model, oldRounds, start);
  const ctx = { ...engineContext(model, prefs, order, rank), walkIns: { round: start, who: hold.walkIns } };
  replayHistory(model, ctx.state, past);
  const before = Uint8Array.from(ctx.state.meet);
  const pastByes = Int32Array.from(ctx.state.byes);
  const rounds = (seats: Int32Array[]) => [
    ...past.map(copyRound),
    ...seats.map((s, i) => roundJson(model, start + i + 1, s)),
  ];
  // Only walk-ins came: everyone else keeps their places exactly.
  if (onlyWalkIns(schedule, fromRound, changes, hold.walkIns)) {
    const seats = seatWalkIns(model, schedule, start, hold.walkIns, before, pastByes, order);
    if (seats) return { ...schedule, ...people, rounds: rounds(seats), seed, settings };
  }
  const seats = runEngine(ctx, start, model.R, (r) => {
    if (!oldRounds.has(r + 1)) continueRotation(model, ctx.state, prefs, r);
  });
  balanceByes(model, seats, pastByes, before, hold.walkIns);
  repairRepeats(model, seats, before);
  keepHeldSeats(model, seats, hold, before, pastByes);
  return { ...schedule, ...people, rounds: rounds(seats), seed, settings };
}

/** Whether the schedule still holds for everyone but the walk-ins (nothing else changed). */
function onlyWalkIns(schedule: Schedule, fromRound: number, changes: PlanInput, walkIns: Uint8Array): boolean {
  if (!walkIns.includes(1)) return false;
  const others = changes.mentees.filter((_, x) => walkIns[x] === 0);
  return stillHolds(schedule, fromRound, buildModel(changes.settings, changes.mentors, others));
}
