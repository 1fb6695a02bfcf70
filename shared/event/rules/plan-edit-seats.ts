/**
 * Swaps and moves: hand edits of one round's seating, made directly on the working schedule
 * (no planner), each refused with its reason when it breaks a hard rule.
 */
import { BYE, type PlanEdit } from '../../schemas/plan-edits';
import type { RoundSeating } from '../../schemas/schedule';
import { brokenPin, meetingForbidden, menteeReason, mentorReason, roundReason } from './plan-edit-checks';
import {
  placeOf,
  refused,
  seatingOf,
  withSeating,
  type EditContext,
  type Step,
  type Working,
} from './plan-edit-context';

type Swap = Extract<PlanEdit, { op: 'swap' }>;
type Move = Extract<PlanEdit, { op: 'move' }>;

const done = (w: Working, seating: RoundSeating): Step => ({
  ok: true,
  working: { ...w, schedule: withSeating(w.schedule, seating) },
});

/** Why a mentee may not take a place at `to` (a mentor's id) that they leave `from` for. */
function arrivalReason(ctx: EditContext, w: Working, round: number, menteeId: string, from: string, to: string) {
  if (to !== BYE) {
    const who = mentorReason(ctx, to);
    if (who) return who;
    const forbidden = meetingForbidden(ctx, menteeId, to);
    if (forbidden) return forbidden;
  }
  return from === BYE ? null : brokenPin(ctx, w, menteeId, from, round);
}

/** Two mentees of one round change places (a table for a bye, or two tables). */
export function swap(ctx: EditContext, w: Working, e: Swap): Step {
  const bad = roundReason(w, e.round) ?? menteeReason(ctx, e.a) ?? menteeReason(ctx, e.b);
  if (bad) return refused(bad);
  if (e.a === e.b) return refused(`${ctx.name(e.a)} cannot swap places with themself`);
  const seating = seatingOf(w.schedule, e.round)!;
  const pa = placeOf(seating, e.a);
  const pb = placeOf(seating, e.b);
  for (const [id, p] of [
    [e.a, pa],
    [e.b, pb],
  ] as const)
    if (p === null) return refused(`${ctx.name(id)} has no place in round ${e.round}: move them instead`);
  if (pa === pb) return { ok: true, working: w };
  const why = arrivalReason(ctx, w, e.round, e.a, pa!, pb!) ?? arrivalReason(ctx, w, e.round, e.b, pb!, pa!);
  if (why) return refused(why);
  const swapped = (id: string) => (id === e.a ? e.b : id === e.b ? e.a : id);
  return done(w, {
    ...seating,
    tables: seating.tables.map((t) => ({ ...t, menteeIds: t.menteeIds.map(swapped) })),
    byes: seating.byes.map(swapped),
  });
}

/** A mentee takes a free seat at a mentor's table, or sits the round out. */
export function move(ctx: EditContext, w: Working, e: Move): Step {
  const bad = roundReason(w, e.round) ?? menteeReason(ctx, e.menteeId);
  if (bad) return refused(bad);
  const seating = seatingOf(w.schedule, e.round)!;
  const from = placeOf(seating, e.menteeId);
  if (from === e.to) return { ok: true, working: w };
  const table = seating.tables.find((t) => t.mentorId === e.to);
  if (e.to !== BYE && !table) {
    const who = mentorReason(ctx, e.to);
    return refused(who ?? `${ctx.name(e.to)} has no table in round ${e.round}`);
  }
  const why = arrivalReason(ctx, w, e.round, e.menteeId, from ?? BYE, e.to);
  if (why) return refused(why);
  if (table && table.menteeIds.length >= ctx.cap) {
    const seats = `${ctx.cap} seat${ctx.cap === 1 ? '' : 's'}`;
    return refused(`${ctx.name(e.to)}'s table is full in round ${e.round} (${seats})`);
  }
  const others = (ids: string[]) => ids.filter((id) => id !== e.menteeId);
  return done(w, {
    ...seating,
    tables: seating.tables.map((t) => {
      const kept = others(t.menteeIds);
      if (t.mentorId === e.to) return { ...t, menteeIds: [...kept, e.menteeId] };
      return kept.length === t.menteeIds.length ? t : { ...t, menteeIds: kept };
    }),
    byes: e.to === BYE ? [...others(seating.byes), e.menteeId] : others(seating.byes),
  });
}
