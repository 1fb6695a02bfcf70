/**
 * The rotation planner as the event's rules see it: `plan` and `replan`, passed in rather than
 * imported, so the server can run the expensive part elsewhere. A server rehearses a command
 * in a worker thread with a `recordingPlanner`, then applies it on the main thread with a
 * `replayingPlanner` that hands back what the rehearsal planned: the same pure rules run twice,
 * and only the rehearsal spends the planner's seconds (server/workers/).
 */
import { PlanError, plan, replan } from '../planner';
import type { PlanInput, PlanMentee, PlanMentor, PlanOptions, PlanSettings, Schedule } from '../planner/types';

/** The two planner calls the rules make. */
export interface Planner {
  plan(settings: PlanSettings, mentors: PlanMentor[], mentees: PlanMentee[], opts: PlanOptions): Schedule;
  replan(current: Schedule, fromRound: number, input: PlanInput, opts: PlanOptions): Schedule;
}

/** The planner itself. */
export const defaultPlanner: Planner = { plan, replan };

/** One planner call as a rehearsal saw it: a short fingerprint of its input and what it gave. */
export type PlannerCall = { key: string; schedule: Schedule } | { key: string; refused: string };

// Enough to catch a replay that went another way than its rehearsal (the state moved on
// between them); the rehearsal and the replay run the same pure code on the same state.
// Who moves is part of it: the same people planned the other way round is another plan.
const keyOf = (kind: string, s: PlanSettings, mentors: number, mentees: number, opts: PlanOptions, from = 0) =>
  `${kind}:${s.moving ?? 'mentees'}:${s.pairing ?? 'mentor-mentee'}:` +
  `${s.rounds}:${s.tableCapacity}:${mentors}:${mentees}:${String(opts)}:${from}:` +
  `${opts.pins?.length ?? 0}:${opts.locked?.length ?? 0}:${opts.metBefore?.length ?? 0}`;

function record(calls: PlannerCall[], key: string, run: () => Schedule): Schedule {
  try {
    const schedule = run();
    calls.push({ key, schedule });
    return schedule;
  } catch (err) {
    if (err instanceof PlanError) calls.push({ key, refused: err.message });
    throw err;
  }
}

/** A planner that plans and writes down every call, in order, into `calls`. */
export function recordingPlanner(calls: PlannerCall[], inner: Planner = defaultPlanner): Planner {
  return {
    plan: (settings, mentors, mentees, opts) =>
      record(calls, keyOf('plan', settings, mentors.length, mentees.length, opts), () =>
        inner.plan(settings, mentors, mentees, opts),
      ),
    replan: (current, from, input, opts) =>
      record(calls, keyOf('replan', input.settings, input.mentors.length, input.mentees.length, opts, from), () =>
        inner.replan(current, from, input, opts),
      ),
  };
}

/**
 * A planner that answers each call with the rehearsal's answer for it, in order; a call the
 * rehearsal did not make (its fingerprint differs) is planned for real, and counted in
 * `missed` so the caller can tell.
 */
export function replayingPlanner(calls: readonly PlannerCall[], missed: { count: number }, inner = defaultPlanner) {
  let next = 0;
  const replay = (key: string, run: () => Schedule): Schedule => {
    const call = calls[next];
    if (call?.key !== key) {
      missed.count++;
      next = calls.length; // out of step: plan everything from here on
      return run();
    }
    next++;
    if ('refused' in call) throw new PlanError(call.refused);
    return call.schedule;
  };
  const planner: Planner = {
    plan: (settings, mentors, mentees, opts) =>
      replay(keyOf('plan', settings, mentors.length, mentees.length, opts), () =>
        inner.plan(settings, mentors, mentees, opts),
      ),
    replan: (current, from, input, opts) =>
      replay(keyOf('replan', input.settings, input.mentors.length, input.mentees.length, opts, from), () =>
        inner.replan(current, from, input, opts),
      ),
  };
  return planner;
}
