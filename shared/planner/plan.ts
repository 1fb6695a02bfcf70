/**
 * plan(): the structured rotation (structure.ts) with mentees placed in its slots (slot-assign),
 * written out as a draft and improved by exchanges (avoids, then wishes, then table-mates), then
 * seated round by round by the engine, which enforces every hard rule and bye fairness, and a
 * last whole-schedule pass that swaps away any repeat the engine could not foresee. The
 * organizer's hand goes in first: locked rounds and pinned seats are written into the draft and
 * kept by every pass, meetings pinned to no round are first wishes and made sure of after the
 * engine, and pairs met at earlier events count as met from the start.
 */
import type { Schedule } from '../schemas/schedule';
import { draftGrid, createDraft } from './draft';
import { exchangeAvoids, exchangeWishes } from './draft-exchanges';
import { fixDraft } from './draft-fixed';
import { improvePeers } from './draft-peers';
import { markAhead } from './engine-ahead';
import { createState, futureByes, futureIdle, type EngineCtx } from './engine-state';
import { runEngine } from './engine';
import { lockRounds, type LockedRounds } from './locked';
import { buildModel, historyMeetings, wishOrder, type Model } from './model';
import { holdOrganizerHand } from './pin-enforce';
import { pinnedSeats, planPins, wishPinnedMeetings, type PinPlan } from './pins';
import { createRng, permutation, ranks } from './prng';
import { balanceByes } from './balance-byes';
import { repairRepeats } from './repair-repeats';
import { RoundSeats } from './round-seats';
import { menteeEntry, mentorEntry, roundJson } from './schedule-json';
import { assignSlots } from './slot-assign';
import { buildStructure } from './structure';
import type { PlanMentee, PlanMentor, PlanOptions, PlanSettings } from './types';
import { planMentorsMove } from './moving-dispatch';
import { planPeerRounds } from './peer-dispatch';

/** The seed used when none is given, so an unseeded plan is still reproducible. */
export const DEFAULT_SEED = 1;

/** A seeded tie-break order of mentees and each mentee's rank in it. */
export function tieBreak(M: number, seed: number | string): { order: Int32Array; rank: Int32Array } {
  const order = permutation(M, createRng(seed));
  return { order, rank: ranks(order) };
}

/**
 * A fresh engine context for a model and its preferences; `order` is the order competing
 * wishes are served in, `rank` the seeded tie-break. `locked` rounds are seated as given and
 * `pinned` seats (pinned[r·M + x], at prefs[r·M + x]) first and for good.
 */
export function engineContext(
  model: Model,
  prefs: Int32Array,
  order: Int32Array,
  rank: Int32Array,
  locked?: LockedRounds | null,
  pinned?: Uint8Array,
): EngineCtx {
  const ctx: EngineCtx = {
    model,
    state: createState(model),
    rank,
    byRank: order,
    prefs,
    seats: new RoundSeats(model.T, model.M, model.cap, locked?.fullest ?? 0),
    round: 0,
    futureIdle: futureIdle(model, prefs),
    futureByes: futureByes(model, prefs),
  };
  if (locked) ctx.fixedSeats = locked.seats;
  if (pinned) ctx.pinned = pinned;
  return ctx;
}

/** Which round indices are locked, as flags (all false without locked rounds). */
export function lockedFlags(model: Model, locked: LockedRounds | null): boolean[] {
  return Array.from({ length: model.R }, (_, r) => locked?.seats[r] != null);
}

/**
 * The draft preferences for a model: rotation, slot choice, locked rounds and pinned seats, avoid
 * and wish exchanges, table-mates.
 */
export function draftPreferences(
  model: Model,
  order: Int32Array,
  rank: Int32Array,
  locked: LockedRounds | null = null,
  pins: PinPlan | null = null,
): Int32Array {
  let active = 0;
  for (let x = 0; x < model.M; x++) if (model.allowedCount[x]! > 0) active++;
  const st = buildStructure(model.T, model.cap, active, model.R);
  const grid = draftGrid(model, st, assignSlots(model, st, order));
  locked?.seats.forEach((seat, r) => {
    if (seat) grid.set(seat, r * model.M);
  });
  const draft = createDraft(model, grid);
  fixDraft(draft, lockedFlags(model, locked), pins);
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
  if (settings?.pairing === 'peer') return planPeerRounds(settings, mentors ?? [], mentees ?? [], opts);
  if (settings?.moving === 'mentors') return planMentorsMove(settings, mentors, mentees, opts);
  const model = buildModel(settings, mentors, mentees, { metBefore: opts.metBefore });
  const seed = opts.seed ?? DEFAULT_SEED;
  const { order, rank } = tieBreak(model.M, seed);
  const served = wishOrder(model, order);
  const locked = lockRounds(model, opts.locked);
  const pins = planPins(model, settings, opts.pins, locked?.fixed ?? new Map());
  wishPinnedMeetings(model, pins);
  const prefs = draftPreferences(model, served, rank, locked, pins);
  const pinned = pinnedSeats(model, pins, prefs);
  const ctx = engineContext(model, prefs, served, rank, locked, pinned);
  markAhead(model, ctx.state, 0, locked?.seats, pinned, prefs);
  const seats = runEngine(ctx, 0, model.R);
  const before = historyMeetings(model);
  const frozen = holdOrganizerHand(model, seats, 0, lockedFlags(model, locked), pins, before);
  balanceByes(model, seats, undefined, before, undefined, frozen);
  repairRepeats(model, seats, before, frozen);
  return {
    mentors: mentors.map(mentorEntry),
    mentees: mentees.map(menteeEntry),
    rounds: seats.map((s, r) => locked?.json[r] ?? roundJson(model, r + 1, s)),
    seed,
    settings: { rounds: model.R, tableCapacity: model.cap },
  };
}
