import type { ClockCommand } from '../../schemas/clock';
import { advance, applyClockCommand, resetClock, undoClock, undoRecord } from '../../timeline';
import { ok, refuse, type Outcome } from '../domain-error';
import { defaultPlanner, type Planner } from '../planner';
import { isPeerEvent, phasesOf, type EventState } from '../state';
import { planSchedule } from './schedule';

/** Bring the event's clock up to `now`; the same state when nothing moved. */
export function advanceEvent(state: EventState, now: number): EventState {
  const clock = advance(state.clock, phasesOf(state), now);
  return clock === state.clock ? state : { ...state, clock };
}

/**
 * Apply an organizer's clock command. Starting needs a mentor; with no schedule yet the event
 * is planned first, which also fixes the number of rounds. A skip or an end keeps what it
 * replaced on the clock, so that it can be undone for a few seconds (`undoClockCommand`).
 */
export function runClockCommand(
  state: EventState,
  cmd: ClockCommand,
  now: number,
  planner: Planner = defaultPlanner,
): Outcome<EventState> {
  let s = state;
  if (cmd.action === 'start' && s.clock.status === 'idle') {
    // Peer rounds (issue 17) have no mentors: two peers are what it takes.
    if (isPeerEvent(s) && s.mentees.length < 2) return refuse.conflict('add at least two peers before starting');
    if (!isPeerEvent(s) && s.mentors.length === 0) return refuse.conflict('add at least one mentor before starting');
    if (s.schedule === null) {
      const planned = planSchedule(s, now, undefined, planner);
      if (!planned.ok) return planned;
      s = planned.value;
    }
  }
  const phases = phasesOf(s);
  const r = applyClockCommand(s.clock, phases, cmd, now);
  if (!r.ok) return r;
  if ((cmd.action === 'skip' || cmd.action === 'end') && r.clock.status !== 'idle') {
    const undo = undoRecord(advance(s.clock, phases, now), cmd.action, now);
    return ok({ ...s, clock: { ...r.clock, undo } });
  }
  return ok({ ...s, clock: r.clock });
}

/**
 * Take back the skip or end that made clock version `version` (a mis-click on Skip or End):
 * only the clock changes; people, attendance and the schedule stay as they are.
 */
export function undoClockCommand(state: EventState, version: number, now: number): Outcome<EventState> {
  const r = undoClock(state.clock, phasesOf(state), version, now);
  return r.ok ? ok({ ...state, clock: r.clock }) : r;
}

/**
 * A rehearsal's clock back to "not started", people, check-ins and the plan kept (see
 * `resetClock` for when it needs `confirm`).
 */
export function resetClockCommand(state: EventState, now: number, confirm = false): Outcome<EventState> {
  const r = resetClock(state.clock, phasesOf(state), now, confirm);
  return r.ok ? ok({ ...state, clock: r.clock }) : r;
}
