import type { ClockCommand } from '../../schemas/clock';
import { advance, applyClockCommand } from '../../timeline';
import { ok, refuse, type Outcome } from '../domain-error';
import { defaultPlanner, type Planner } from '../planner';
import { phasesOf, type EventState } from '../state';
import { planSchedule } from './schedule';

/** Bring the event's clock up to `now`; the same state when nothing moved. */
export function advanceEvent(state: EventState, now: number): EventState {
  const clock = advance(state.clock, phasesOf(state), now);
  return clock === state.clock ? state : { ...state, clock };
}

/**
 * Apply an organizer's clock command. Starting needs a mentor; with no schedule yet the event
 * is planned first, which also fixes the number of rounds.
 */
export function runClockCommand(
  state: EventState,
  cmd: ClockCommand,
  now: number,
  planner: Planner = defaultPlanner,
): Outcome<EventState> {
  let s = state;
  if (cmd.action === 'start' && s.clock.status === 'idle') {
    if (s.mentors.length === 0) return refuse.conflict('add at least one mentor before starting');
    if (s.schedule === null) {
      const planned = planSchedule(s, now, undefined, planner);
      if (!planned.ok) return planned;
      s = planned.value;
    }
  }
  const r = applyClockCommand(s.clock, phasesOf(s), cmd, now);
  return r.ok ? ok({ ...s, clock: r.clock }) : r;
}
