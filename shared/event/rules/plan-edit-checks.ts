/**
 * The hard rules of hand edits, each answering with the reason in plain words (or null): who
 * may be named, who may meet whom, which rounds may change, and which pinned meetings an edit
 * would break. One reason per check, as the console shows it beside the edit.
 */
import { takesPart } from '../../attendance/pending';
import type { Attendance } from '../../schemas/people';
import type { PlanEdit } from '../../schemas/plan-edits';
import type { Issue } from '../../schemas/errors';
import { nameKey } from '../../schemas/text';
import { meetingRounds, seatingOf, type EditContext, type Working } from './plan-edit-context';

const away = (a: Attendance) => (a === 'left' ? 'they left' : 'marked absent');

/** Why `id` cannot be named as a mentee here: unknown, a mentor, or not taking part. */
export function menteeReason(ctx: EditContext, id: string): string | null {
  const x = ctx.mentees.get(id);
  if (!x) return ctx.mentors.has(id) ? `${ctx.name(id)} is a mentor, not a mentee` : `no mentee has the id "${id}"`;
  return takesPart(x.attendance) ? null : `${x.name} is not taking part (${away(x.attendance)})`;
}

/** Why `id` cannot be named as a mentor here: unknown, a mentee, or not taking part. */
export function mentorReason(ctx: EditContext, id: string): string | null {
  const m = ctx.mentors.get(id);
  if (!m) return ctx.mentees.has(id) ? `${ctx.name(id)} is a mentee, not a mentor` : `no mentor has the id "${id}"`;
  return takesPart(m.attendance) ? null : `${m.name} is not taking part (${away(m.attendance)})`;
}

/** Why this mentee may never sit with this mentor: an avoid, or (with that rule) their own group. */
export function meetingForbidden(ctx: EditContext, menteeId: string, mentorId: string): string | null {
  const x = ctx.mentees.get(menteeId);
  const m = ctx.mentors.get(mentorId);
  if (!x || !m) return null;
  if (x.avoid.includes(m.id)) return `${x.name} avoids ${m.name}`;
  const g = x.group?.trim();
  if (ctx.groups.notOwnGroupMentor && g && m.group && nameKey(g) === nameKey(m.group))
    return `${x.name} and ${m.name} are both from ${m.group.trim()}`;
  return null;
}

/** Why the seating of this round cannot be edited by hand: not in the schedule, or locked. */
export function roundReason(w: Working, round: number): string | null {
  if (!seatingOf(w.schedule, round)) return notInSchedule(w, round);
  return w.rules.lockedRounds.includes(round) ? `round ${round} is locked: unlock it first` : null;
}

/** "round 9 is not in the schedule (it has 4 rounds)". */
export function notInSchedule(w: Working, round: number): string {
  const n = w.schedule.rounds.length;
  return `round ${round} is not in the schedule (it has ${n} round${n === 1 ? '' : 's'})`;
}

/**
 * The pinned meeting a mentee leaving `mentorId`'s table in `round` would break: a pin naming
 * that round, or a pin naming none whose only meeting is in that round.
 */
export function brokenPin(ctx: EditContext, w: Working, menteeId: string, mentorId: string, round: number) {
  const pin = w.rules.pins.find((p) => p.menteeId === menteeId && p.mentorId === mentorId);
  if (!pin) return null;
  const only = pin.round === undefined && meetingRounds(w.schedule, menteeId, mentorId).every((r) => r === round);
  if (pin.round !== round && !only) return null;
  return `${ctx.name(menteeId)}'s pinned meeting with ${ctx.name(mentorId)} is in round ${round}`;
}

/** The round an edit changes the seating or lock of (pins are judged by their own rules). */
const roundEdited = (e: PlanEdit): number | null => (e.op === 'pin' || e.op === 'unpin' ? null : e.round);

/** The edits naming a round that has begun: one issue each (the whole command is a conflict). */
export function begunIssues(ctx: EditContext, edits: readonly PlanEdit[]): Issue[] {
  return edits.flatMap((e, i) => {
    const r = roundEdited(e);
    if (r === null || r >= ctx.open) return [];
    return [{ path: `edits.${i}`, message: `round ${r} has begun: its seating can no longer change` }];
  });
}
