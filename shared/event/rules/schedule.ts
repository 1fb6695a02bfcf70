import { takesPart } from '../../attendance/pending';
import { PlanError, type PlanInput } from '../../planner';
import { isMovingSchedule } from '../../planner/moving-dispatch';
import type { PlanOptions } from '../../planner/types';
import type { Schedule } from '../../schemas/schedule';
import { nameKey } from '../../schemas/text';
import { ok, refuse, type Outcome } from '../domain-error';
import { defaultPlanner, type Planner } from '../planner';
import { peerDefaultRounds } from '../../planner/peer-rounds-default';
import {
  effectiveRounds,
  groupRulesOf,
  hasStarted,
  isPeerEvent,
  movingOf,
  openRound,
  pairingOf,
  type EventState,
} from '../state';

/** Groups compare like names ("ACME" is "Acme"); none is null. */
const groupKey = (group: string | undefined): string | null => (group ? nameKey(group) : null);

/**
 * What the planner needs from an event, with the number of rounds resolved; people marked absent
 * or gone are left out.
 */
export function planInput(state: EventState, rounds: number): PlanInput {
  // Mentors moving: the planner is told so, and each mentee's fixed seat goes with them. When
  // mentees move the input is exactly what it always was (a mentee's `table` means nothing then).
  const mentorsMove = movingOf(state) === 'mentors';
  return {
    settings: {
      rounds,
      tableCapacity: state.settings.tableCapacity,
      groups: groupRulesOf(state),
      ...(mentorsMove ? { moving: 'mentors' as const } : {}),
      // Peer rounds (issue 17): the mentees are the peers; left out at the default, as before.
      ...(isPeerEvent(state) ? { pairing: 'peer' as const } : {}),
    },
    mentors: state.mentors
      .filter((m) => takesPart(m.attendance))
      .map(({ id, name, table, group }) => ({ id, name, table, group: groupKey(group) })),
    mentees: state.mentees
      .filter((m) => takesPart(m.attendance))
      .map(({ id, name, wishes, avoid, group, priority, table }) => ({
        id,
        name,
        wishes,
        avoid,
        group: groupKey(group),
        priority: priority ?? 0,
        ...(mentorsMove && table ? { table } : {}),
      })),
  };
}

/**
 * The organizer's rules as planner options (issue 18): pins, the locked rounds' seatings as the
 * current schedule has them, and pairs met at earlier events. Empty rules add nothing, so a plan
 * without them is exactly today's.
 */
export function planOptions(state: EventState, seed: number | string): PlanOptions {
  const { pins, lockedRounds, metBefore } = state.planRules;
  const opts: PlanOptions = { seed };
  if (pins.length > 0) opts.pins = pins;
  const locked = new Set(lockedRounds);
  const seatings = state.schedule?.rounds.filter((r) => locked.has(r.round)) ?? [];
  if (seatings.length > 0) opts.locked = seatings;
  if (metBefore.length > 0) opts.metBefore = metBefore;
  return opts;
}

/** Rounds of a plan made before the start: as set, else one per mentor taking part. */
export function roundsBeforeStart(state: EventState): number {
  if (state.settings.rounds === null && isPeerEvent(state)) {
    // Peer rounds: enough for everyone taking part to meet everyone once where the numbers allow.
    return peerDefaultRounds(state.mentees.filter((m) => takesPart(m.attendance)).length, state.settings.tableCapacity);
  }
  return state.settings.rounds ?? Math.max(1, state.mentors.filter((m) => takesPart(m.attendance)).length);
}

function withSchedule(state: EventState, schedule: Schedule | null, seed: number | string): EventState {
  // A first plan (or none) needs no comparing; comparing two large schedules as text is the slow part.
  const same =
    schedule === state.schedule ||
    (schedule !== null && state.schedule !== null && JSON.stringify(schedule) === JSON.stringify(state.schedule));
  if (same && seed === state.seed) return state;
  return same ? { ...state, seed } : { ...state, schedule, scheduleVersion: state.scheduleVersion + 1, seed };
}

/**
 * Run the planner. Input it refuses (a PlanError: too large, impossible) becomes a refusal
 * that says why; the planner is a library that throws, this is where that ends.
 */
export function runPlanner(f: () => Schedule): Outcome<Schedule> {
  try {
    return ok(f());
  } catch (err) {
    if (err instanceof PlanError) return refuse.conflict(`cannot plan: ${err.message}`);
    throw err;
  }
}

/**
 * Plan (before the start) or replan the rounds not yet begun (after it). Before the start an
 * unset `rounds` means one round per mentor; after it the round count stays as planned
 * unless the organizer sets it.
 */
export function planSchedule(
  state: EventState,
  _now: number,
  seed?: number | string,
  planner: Planner = defaultPlanner,
): Outcome<EventState> {
  if (state.clock.status === 'finished')
    return refuse.conflict('the event has ended; its schedule can no longer change');
  if (isPeerEvent(state) && state.mentees.length < 2) return refuse.conflict('add at least two peers before planning');
  if (!isPeerEvent(state) && state.mentors.length === 0)
    return refuse.conflict('add at least one mentor before planning');
  const useSeed = seed ?? state.seed;
  if (!hasStarted(state) || state.schedule === null) {
    const input = planInput(state, roundsBeforeStart(state));
    const opts = planOptions(state, useSeed);
    const current = state.schedule;
    // Seats moved by hand stay where they still hold, unless a new seed asks for a fresh plan.
    if (current !== null && state.planRules.handEdited && seed === undefined) {
      const kept = runPlanner(() => planner.replan(current, 1, input, opts));
      return kept.ok ? ok(withSchedule(state, kept.value, useSeed)) : kept;
    }
    const planned = runPlanner(() => planner.plan(input.settings, input.mentors, input.mentees, opts));
    if (!planned.ok) return planned;
    const fresh = withSchedule(state, planned.value, useSeed);
    return ok(fresh.planRules.handEdited ? { ...fresh, planRules: { ...fresh.planRules, handEdited: false } } : fresh);
  }
  const from = openRound(state);
  const rounds = effectiveRounds(state);
  if (from > rounds) return refuse.conflict('every round has begun; nothing is left to replan');
  const current = state.schedule;
  const opts = planOptions(state, useSeed);
  const replanned = runPlanner(() => planner.replan(current, from, planInput(state, rounds), opts));
  return replanned.ok ? ok(withSchedule(state, replanned.value, useSeed)) : replanned;
}

const seatKey = (s: EventState, table: string | undefined) => (movingOf(s) === 'mentors' ? (table ?? null) : null);

/** What planning depends on; when it changes, an existing schedule is replanned. */
function planningKey(s: EventState): string {
  return JSON.stringify([
    s.settings.rounds,
    s.settings.tableCapacity,
    s.mentors.map((m) => [m.id, m.table, m.group ?? null]),
    // A mentee's fixed seat matters only when mentors move.
    s.mentees.map((m) => [m.id, m.wishes, m.avoid, m.group ?? null, m.priority ?? 0, seatKey(s, m.table)]),
    s.settings.groups,
    movingOf(s),
    pairingOf(s),
    // Pins and history shape every plan; a lock keeps a round as it is and asks for no replan.
    s.planRules.pins,
    s.planRules.metBefore,
  ]);
}

/** Copy current names and tables into the schedule's people lists (a rename reseats no one). */
export function relabel(state: EventState): EventState {
  const sched = state.schedule;
  if (!sched) return state;
  const mentors = new Map(state.mentors.map((m) => [m.id, m]));
  const mentees = new Map(state.mentees.map((m) => [m.id, m]));
  // When mentors move, a mentor's `table` in the schedule is the first table they visit, not
  // their stored label: only names are copied then.
  const ownTables = !isMovingSchedule(sched);
  // Most changes rename no one: say so without building and comparing a copy of the schedule.
  const renamed =
    sched.mentors.some((m) => {
      const p = mentors.get(m.id);
      return p !== undefined && (p.name !== m.name || (ownTables && p.table !== m.table));
    }) || sched.mentees.some((m) => mentees.has(m.id) && mentees.get(m.id)!.name !== m.name);
  if (!renamed) return state;
  const next: Schedule = {
    ...sched,
    mentors: sched.mentors.map((m) => {
      const p = mentors.get(m.id);
      return p ? { ...m, name: p.name, ...(ownTables ? { table: p.table } : {}) } : m;
    }),
    mentees: sched.mentees.map((m) => {
      const p = mentees.get(m.id);
      return p ? { ...m, name: p.name } : m;
    }),
  };
  return withSchedule(state, next, state.seed);
}

/**
 * Keep an existing schedule true to the people and settings after a change: a change that
 * matters to planning replans (the whole plan before the start, the rounds not yet begun
 * after it, same seed); a rename only relabels. No schedule yet: nothing to do.
 */
export function reconcileSchedule(
  prev: EventState,
  next: EventState,
  now: number,
  planner: Planner = defaultPlanner,
): Outcome<EventState> {
  if (next.schedule === null || next.clock.status === 'finished') return ok(relabel(next));
  if (planningKey(prev) === planningKey(next)) return ok(relabel(next));
  const nobody = isPeerEvent(next) ? next.mentees.length < 2 : next.mentors.length === 0;
  if (!hasStarted(next) && nobody) return ok(withSchedule(next, null, next.seed));
  if (hasStarted(next) && openRound(next) > effectiveRounds(next)) return ok(relabel(next));
  const replanned = planSchedule(next, now, undefined, planner);
  if (replanned.ok) return ok(relabel(replanned.value));
  // Once started the schedule must stay true to the people: a change it cannot absorb is refused.
  // Before the start, an unplannable change drops the plan rather than the change; start plans again.
  if (!hasStarted(next) && replanned.error.code === 'conflict') return ok(withSchedule(next, null, next.seed));
  return replanned;
}
