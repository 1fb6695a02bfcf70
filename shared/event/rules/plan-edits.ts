/**
 * Hand edits of the plan (issue 18, POST /api/events/:id/schedule/edits): swaps and moves made
 * directly on the schedule, pins and locked rounds added to the plan's rules. Edits apply in
 * order to a working copy, each checked against the copy the edits before it made; one refused
 * edit refuses them all (one issue per refused edit) and nothing changes. A pin the schedule
 * does not hold yet replans the open rounds through the planner, which keeps everyone's old
 * seats where it can. `dryRun` answers the same and saves nothing.
 */
import { quality, type CompleteQualityReport } from '../../planner';
import { describeIssues, type Issue } from '../../schemas/errors';
import type { EditCost, PlanEdit, ScheduleEditsBody } from '../../schemas/plan-edits';
import type { Schedule } from '../../schemas/schedule';
import { ok, refuse, type Outcome } from '../domain-error';
import { defaultPlanner, type Planner } from '../planner';
import { effectiveRounds, movingOf, type EventState } from '../state';
import { begunIssues } from './plan-edit-checks';
import { editContext, type EditContext, type Step, type Working } from './plan-edit-context';
import { editCosts } from './plan-edit-costs';
import { lockRound, pin, pinHeld, unpin } from './plan-edit-rules';
import { move, swap } from './plan-edit-seats';
import { planInput, planOptions, runPlanner } from './schedule';

/** What the edits give (the answer of POST …/schedule/edits). */
export interface PlanEditResult {
  schedule: Schedule;
  /** The planner's figures for `schedule`, with the pins (`pins.unheld`: those it cannot hold). */
  quality: CompleteQualityReport;
  /** The schedule version after the edits (unchanged by a dry run, or by edits of the rules alone). */
  version: number;
  costs: EditCost[];
}

function step(ctx: EditContext, w: Working, e: PlanEdit): Step {
  switch (e.op) {
    case 'swap':
      return swap(ctx, w, e);
    case 'move':
      return move(ctx, w, e);
    case 'pin':
      return pin(ctx, w, e);
    case 'unpin':
      return unpin(ctx, w, e);
    case 'lock-round':
    case 'unlock-round':
      return lockRound(ctx, w, e);
    default: {
      const never: never = e;
      return { ok: false, reason: `unknown edit ${JSON.stringify(never)}` };
    }
  }
}

/** The event as the working copy has it (what planning and quality read). */
const asState = (ctx: EditContext, w: Working): EventState => ({
  ...ctx.state,
  schedule: w.schedule,
  planRules: w.rules,
});

/**
 * Replan the rounds not yet begun so they hold the new pin. Before the start too, from round 1
 * as a replan (not a fresh plan), so one pin does not reshuffle the whole room.
 */
function replanned(ctx: EditContext, w: Working, planner: Planner): Outcome<Schedule> {
  const s = asState(ctx, w);
  const input = planInput(s, effectiveRounds(s));
  const opts = planOptions(s, s.seed);
  return runPlanner(() => planner.replan(w.schedule, Math.max(1, ctx.open), input, opts));
}

/** The figures of the working schedule with its rules (the reasons for unheld pins included). */
function figures(ctx: EditContext, w: Working): CompleteQualityReport {
  const s = asState(ctx, w);
  const { pins, metBefore, locked } = planOptions(s, s.seed);
  return quality(w.schedule, planInput(s, w.schedule.rounds.length), { pins, metBefore, locked, fromRound: ctx.open });
}

/** The state holding the working copy; the same state when the edits changed nothing. */
function committed(state: EventState, w: Working): EventState {
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  const scheduleSame = same(w.schedule, state.schedule);
  const rulesSame = same(w.rules, state.planRules);
  if (scheduleSame && rulesSame) return state;
  return {
    ...state,
    ...(scheduleSame ? {} : { schedule: w.schedule, scheduleVersion: state.scheduleVersion + 1 }),
    ...(rulesSame ? {} : { planRules: w.rules }),
  };
}

/** Apply hand edits to the plan of `state` (already brought to now). */
export function editPlan(
  state: EventState,
  body: ScheduleEditsBody,
  planner: Planner = defaultPlanner,
): Outcome<{ state: EventState; result: PlanEditResult }> {
  if (state.clock.status === 'finished')
    return refuse.conflict('the event has ended; its schedule can no longer change');
  if (state.schedule === null) return refuse.conflict('there is no plan yet: plan the schedule first');
  // Swaps, moves, pins and locks are about mentees' seats at mentors' tables; when mentors move a
  // seat is a whole table's, and the moving planner keeps no pins or locks (issue 17).
  if (movingOf(state) === 'mentors') {
    return refuse.conflict(
      'the plan cannot be edited by hand when mentors move: change the people or seats and plan again',
    );
  }
  if (body.basedOn !== state.scheduleVersion) {
    return refuse.conflict(
      `the plan changed since you loaded it (version ${state.scheduleVersion} now): reload and edit again`,
    );
  }
  const ctx = editContext(state);
  const begun = begunIssues(ctx, body.edits);
  if (begun.length > 0) return refuse.conflict(describeIssues(begun).slice(0, 500), begun);
  let w: Working = { schedule: state.schedule, rules: state.planRules };
  const issues: Issue[] = [];
  const costs: EditCost[] = [];
  for (const [i, e] of body.edits.entries()) {
    const r = step(ctx, w, e);
    if (!r.ok) {
      issues.push({ path: `edits.${i}`, message: r.reason });
      continue;
    }
    let next = r.working;
    if (e.op === 'pin' && !pinHeld(next.schedule, e)) {
      const plan = replanned(ctx, next, planner);
      if (!plan.ok) return plan;
      next = { ...next, schedule: plan.value };
    }
    costs.push(...editCosts(ctx, w.schedule, next.schedule, i));
    // A seat moved by hand is kept by later automatic plans before the start (rules/schedule.ts).
    if ((e.op === 'swap' || e.op === 'move') && next.schedule !== w.schedule && !next.rules.handEdited)
      next = { ...next, rules: { ...next.rules, handEdited: true } };
    w = next;
  }
  if (issues.length > 0) return refuse.invalid(`edits refused: ${describeIssues(issues)}`.slice(0, 500), issues);
  const next = body.dryRun ? state : committed(state, w);
  return ok({
    state: next,
    result: { schedule: w.schedule, quality: figures(ctx, w), version: next.scheduleVersion, costs },
  });
}
