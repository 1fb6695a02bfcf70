/**
 * Pins and locked rounds: hand edits of the plan's rules (`state.planRules`). A pin is refused
 * only when it could never hold; whether the schedule holds it yet is for plan-edits.ts (which
 * replans the open rounds when it does not). Locks and unpins change the rules alone.
 */
import type { PlanEdit } from '../../schemas/plan-edits';
import type { PlanPinRule } from '../../schemas/plan-rules';
import type { Schedule } from '../../schemas/schedule';
import { meetingForbidden, menteeReason, mentorReason, notInSchedule } from './plan-edit-checks';
import {
  meetingRounds,
  placeOf,
  refused,
  seatingOf,
  type EditContext,
  type Step,
  type Working,
} from './plan-edit-context';

type Pin = Extract<PlanEdit, { op: 'pin' }>;
type Unpin = Extract<PlanEdit, { op: 'unpin' }>;
type RoundEdit = Extract<PlanEdit, { op: 'lock-round' | 'unlock-round' }>;

const samePair = (p: PlanPinRule, e: { menteeId: string; mentorId: string }) =>
  p.menteeId === e.menteeId && p.mentorId === e.mentorId;

/** Whether the schedule seats the pinned meeting (in its round, or in any round for a pin naming none). */
export function pinHeld(schedule: Schedule, pin: PlanPinRule): boolean {
  const rounds = meetingRounds(schedule, pin.menteeId, pin.mentorId);
  return pin.round === undefined ? rounds.length > 0 : rounds.includes(pin.round);
}

/** Why a pin naming a round can never hold in it, or null. */
function roundPinReason(ctx: EditContext, w: Working, e: Pin & { round: number }): string | null {
  const n = w.schedule.rounds.length;
  if (e.round > n) return `round ${e.round} is beyond the event's ${n} round${n === 1 ? '' : 's'}`;
  const who = ctx.name(e.menteeId);
  const seating = seatingOf(w.schedule, e.round);
  const met = seating !== undefined && placeOf(seating, e.menteeId) === e.mentorId;
  if (!met && e.round < ctx.open) return `round ${e.round} has already begun with ${who} elsewhere`;
  if (!met && w.rules.lockedRounds.includes(e.round))
    return `round ${e.round} is locked with ${who} elsewhere: unlock it first`;
  const others = w.rules.pins.filter((p) => p.round === e.round && !samePair(p, e));
  const twice = others.find((p) => p.menteeId === e.menteeId);
  if (twice) return `${who} is already pinned to ${ctx.name(twice.mentorId)} in round ${e.round}`;
  const atTable = others.filter((p) => p.mentorId === e.mentorId).length;
  if (atTable >= ctx.cap) {
    const seats = `${ctx.cap} seat${ctx.cap === 1 ? '' : 's'}`;
    return `${ctx.name(e.mentorId)}'s table already has ${atTable} pinned meetings in round ${e.round} (${seats})`;
  }
  return null;
}

/** Why a pin naming no round can never hold, or null: no round is left where it could. */
function anyRoundPinReason(ctx: EditContext, w: Working, e: Pin): string | null {
  if (meetingRounds(w.schedule, e.menteeId, e.mentorId).length > 0) return null;
  const free = w.schedule.rounds.some((r) => r.round >= ctx.open && !w.rules.lockedRounds.includes(r.round));
  if (free) return null;
  return (
    `${ctx.name(e.menteeId)} never meets ${ctx.name(e.mentorId)} and no round is left to seat them in: ` +
    'every round has begun or is locked'
  );
}

/** Pin a meeting (pinning a pinned pair again replaces its round). */
export function pin(ctx: EditContext, w: Working, e: Pin): Step {
  const bad =
    menteeReason(ctx, e.menteeId) ??
    mentorReason(ctx, e.mentorId) ??
    meetingForbidden(ctx, e.menteeId, e.mentorId) ??
    (e.round === undefined ? anyRoundPinReason(ctx, w, e) : roundPinReason(ctx, w, { ...e, round: e.round }));
  if (bad) return refused(bad);
  const next: PlanPinRule = { menteeId: e.menteeId, mentorId: e.mentorId };
  if (e.round !== undefined) next.round = e.round;
  const had = w.rules.pins.find((p) => samePair(p, e));
  if (had && had.round === next.round) return { ok: true, working: w };
  const pins = [...w.rules.pins.filter((p) => !samePair(p, e)), next];
  return { ok: true, working: { ...w, rules: { ...w.rules, pins } } };
}

/** Remove a pin. */
export function unpin(ctx: EditContext, w: Working, e: Unpin): Step {
  if (!w.rules.pins.some((p) => samePair(p, e)))
    return refused(`${ctx.name(e.menteeId)} is not pinned to ${ctx.name(e.mentorId)}`);
  return { ok: true, working: { ...w, rules: { ...w.rules, pins: w.rules.pins.filter((p) => !samePair(p, e)) } } };
}

/** Lock a round as it is (locking a locked round changes nothing), or unlock a locked one. */
export function lockRound(_ctx: EditContext, w: Working, e: RoundEdit): Step {
  if (!seatingOf(w.schedule, e.round)) return refused(notInSchedule(w, e.round));
  const locked = w.rules.lockedRounds.includes(e.round);
  if (e.op === 'unlock-round' && !locked) return refused(`round ${e.round} is not locked`);
  if (e.op === 'lock-round' && locked) return { ok: true, working: w };
  const lockedRounds =
    e.op === 'lock-round'
      ? [...w.rules.lockedRounds, e.round].sort((a, b) => a - b)
      : w.rules.lockedRounds.filter((r) => r !== e.round);
  return { ok: true, working: { ...w, rules: { ...w.rules, lockedRounds } } };
}
