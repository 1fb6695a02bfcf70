/**
 * What hand edits of the plan (plan-edits.ts) are checked against: the event's people by id and
 * their names, the round that is open, the table size, the group rules, and the working copy
 * of the schedule and rules that the edits change one after another.
 */
import type { GroupRules, PlanRules } from '../../schemas/plan-rules';
import type { Mentee, Mentor } from '../../schemas/people';
import type { RoundSeating, Schedule } from '../../schemas/schedule';
import { groupRulesOf, openRound, type EventState } from '../state';

/** The event as the edits see it (never changed by them). */
export interface EditContext {
  state: EventState;
  /** The first round whose seating may still change (1 before the start). */
  open: number;
  /** Seats at a table. */
  cap: number;
  groups: GroupRules;
  mentors: ReadonlyMap<string, Mentor>;
  mentees: ReadonlyMap<string, Mentee>;
  /** A person's name as the event has it now (else as the schedule had it, else the id). */
  name(id: string): string;
}

/** The schedule and rules after the edits so far. */
export interface Working {
  schedule: Schedule;
  rules: PlanRules;
}

/** One edit's outcome: the working copy after it, or why it is refused. */
export type Step = { ok: true; working: Working } | { ok: false; reason: string };

/** A refused edit. */
export const refused = (reason: string): Step => ({ ok: false, reason });

/** The context of `state` (its schedule is the one the edits start from). */
export function editContext(state: EventState): EditContext {
  const mentors = new Map(state.mentors.map((m) => [m.id, m] as const));
  const mentees = new Map(state.mentees.map((m) => [m.id, m] as const));
  const old = new Map([...(state.schedule?.mentors ?? []), ...(state.schedule?.mentees ?? [])].map((p) => [p.id, p]));
  return {
    state,
    open: openRound(state),
    cap: state.settings.tableCapacity,
    groups: groupRulesOf(state),
    mentors,
    mentees,
    name: (id) => mentees.get(id)?.name ?? mentors.get(id)?.name ?? old.get(id)?.name ?? id,
  };
}

/** The seating of round number `round`, if the schedule has it. */
export function seatingOf(schedule: Schedule, round: number): RoundSeating | undefined {
  return schedule.rounds.find((r) => r.round === round);
}

/** The schedule with one round's seating replaced (the other rounds are the same objects). */
export function withSeating(schedule: Schedule, seating: RoundSeating): Schedule {
  return { ...schedule, rounds: schedule.rounds.map((r) => (r.round === seating.round ? seating : r)) };
}

/** Where a mentee is in a round: a mentor's id, 'bye' (sitting out), or null (no place at all). */
export function placeOf(seating: RoundSeating, menteeId: string): string | null {
  for (const t of seating.tables) if (t.menteeIds.includes(menteeId)) return t.mentorId;
  return seating.byes.includes(menteeId) ? 'bye' : null;
}

/** The rounds in which a mentee sits at a mentor's table, in order. */
export function meetingRounds(schedule: Schedule, menteeId: string, mentorId: string): number[] {
  return schedule.rounds
    .filter((r) => r.tables.some((t) => t.mentorId === mentorId && t.menteeIds.includes(menteeId)))
    .map((r) => r.round);
}

/** "1", "1 and 3", "1, 2 and 3". */
export function listed(items: readonly (string | number)[]): string {
  const s = items.map(String);
  return s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} and ${s.at(-1)}`;
}
