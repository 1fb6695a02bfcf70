/**
 * `plan` and `replan` when mentors move (issue 17, `settings.moving: 'mentors'`): the same calls
 * hand over to the moving-mentors planner, so the event rules, previews, the worker rehearsal and
 * the CLI keep one Planner interface. That planner knows no pins or locked rounds: rather than
 * drop them quietly, a plan with them is refused with what to change. Pairs met at earlier events
 * are not weighed when mentors move (a table meets a mentor as a group); they are ignored.
 */
import type { Schedule } from '../schemas/schedule';
import { PlanError } from './errors';
import { planMovingMentors } from './moving/plan';
import { replanMovingMentors } from './moving/replan';
import type { MovingSchedule } from './moving/types';
import { plan } from './plan';
import type { PlanInput, PlanMentee, PlanMentor, PlanOptions, PlanSettings } from './types';

/** The seed to replan with: as given, else the schedule's own (its JSON keeps it). */
function seedOf(schedule: Schedule, opts: PlanOptions): number | string | undefined {
  const kept = schedule.seed;
  return opts.seed ?? (typeof kept === 'number' || typeof kept === 'string' ? kept : undefined);
}

/** Whether a schedule was planned with mentors moving (it lists the seated tables). */
export const isMovingSchedule = (s: Schedule): s is MovingSchedule => Array.isArray((s as { tables?: unknown }).tables);

function refuseHand(opts: PlanOptions): void {
  if ((opts.pins?.length ?? 0) > 0)
    throw new PlanError('pinned meetings are not supported when mentors move: remove the pins or let mentees move');
  if ((opts.locked?.length ?? 0) > 0)
    throw new PlanError('locked rounds are not supported when mentors move: unlock them or let mentees move');
}

/** The moving planner's settings: only what it reads (no `moving`, so its input is the plain PlanInput). */
const plainSettings = ({ moving: _moving, ...rest }: PlanSettings): PlanSettings => rest;

/** plan() for an event where mentors move. */
export function planMentorsMove(
  settings: PlanSettings,
  mentors: PlanMentor[],
  mentees: PlanMentee[],
  opts: PlanOptions,
): Schedule {
  refuseHand(opts);
  return planMovingMentors({ settings: plainSettings(settings), mentors, mentees }, { seed: opts.seed });
}

/**
 * replan() for an event where mentors move. A schedule planned with mentees moving (the setting
 * changed before the start) is planned afresh; once rounds have begun it cannot be turned round.
 */
export function replanMentorsMove(schedule: Schedule, fromRound: number, changes: PlanInput, opts: PlanOptions) {
  refuseHand(opts);
  const input = { ...changes, settings: plainSettings(changes.settings) };
  const seed = seedOf(schedule, opts);
  if (isMovingSchedule(schedule)) return replanMovingMentors(schedule, input, fromRound, { seed });
  if (fromRound > 1) throw new PlanError('rounds have begun with mentees moving: mentors cannot start moving now');
  return planMovingMentors(input, { seed });
}

/** replan() with mentees moving of a schedule planned with mentors moving: only afresh, before the start. */
export function replanToMentees(schedule: Schedule, fromRound: number, changes: PlanInput, opts: PlanOptions) {
  if (fromRound > 1) throw new PlanError('rounds have begun with mentors moving: mentees cannot start moving now');
  const seed = seedOf(schedule, opts);
  return plan(changes.settings, changes.mentors, changes.mentees, { ...opts, seed });
}
