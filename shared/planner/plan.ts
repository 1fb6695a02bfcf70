/**
 * plan(): the structured rotation (structure.ts) with mentees placed in its slots (slot-assign),
 * written out as a draft and improved by exchanges (avoids, then wishes, then table-mates), then
 * seated round by round by the engine, which enforces every hard rule and bye fairness, and a
 * last whole-schedule pass that swaps away any repeat the engine could not foresee.
 */
import type { Schedule } from '../schemas/schedule';
import { draftGrid, createDraft } from './draft';
import { exchangeAvoids, exchangeWishes } from './draft-exchanges';
import { improvePeers } from './draft-peers';
import { createState, futureByes, futureIdle, type EngineCtx } from './engine-state';
import { runEngine } from './engine';
import { buildModel, type Model } from './model';
import { createRng, permutation, ranks } from './prng';
import { balanceByes } from './balance-byes';
import { repairRepeats } from './repair-repeats';
import { RoundSeats } from './round-seats';
import { menteeEntry, mentorEntry, roundJson } from './schedule-json';
import { assignSlots } from './slot-assign';
import { buildStructure } from './structure';
import type { PlanMentee, PlanMentor, PlanOptions, PlanSettings } from './types';

/** The seed used when none is given, so an unseeded plan is still reproducible. */
export const DEFAULT_SEED = 1;

/** A seeded tie-break order of mentees and each mentee's rank in it. */
export function tieBreak(M: number, seed: number | string): { order: Int32Array; rank: Int32Array } {
  const order = permutation(M, createRng(seed));
  return { order, rank: ranks(order) };
}

/** A fresh engine context for a model and its preferences. */
export function engineContext(model: Model, prefs: Int32Array, order: Int32Array, rank: Int32Array): EngineCtx {
  return {
    model,
    state: createState(model),
    rank,
    byRank: order,
    prefs,
    seats: new RoundSeats(model.T, model.M, model.cap),
    round: 0,
    futureIdle: futureIdle(model, prefs),
    futureByes: futureByes(model, prefs),
  };
}

/** The draft preferences for a model: rotation, slot choice, avoid and wish exchanges. */
export function draftPreferences(model: Model, order: Int32Array, rank: Int32Array): Int32Array {
  let active = 0;
  for (let x = 0; x < model.M; x++) if (model.allowedCount[x]! > 0) active++;
  const st = buildStructure(model.T, model.cap, active, model.R);
  const grid = draftGrid(model, st, assignSlots(model, st, order));
  const draft = createDraft(model, grid);
  exchangeAvoids(draft);
  exchangeWishes(draft, order, rank);
  improvePeers(draft);
  return draft.grid;
}

/** Plan every round for these people; throws PlanError for input that cannot be planned. */
export function plan(
  settings: PlanSettings,
  mentors: PlanMentor[],
  mentees: PlanMentee[],
  opts: PlanOptions = {},
): Schedule {
  const model = buildModel(settings, mentors, mentees);
  const seed = opts.seed ?? DEFAULT_SEED;
  const { order, rank } = tieBreak(model.M, seed);
  const prefs = draftPreferences(model, order, rank);
  const seats = runEngine(engineContext(model, prefs, order, rank), 0, model.R);
  balanceByes(model, seats);
  repairRepeats(model, seats);
  return {
    mentors: mentors.map(mentorEntry),
    mentees: mentees.map(menteeEntry),
    rounds: seats.map((s, r) => roundJson(model, r + 1, s)),
    seed,
    settings: { rounds: model.R, tableCapacity: model.cap },
  };
}
