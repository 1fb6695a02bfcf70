import type { ClockCommand } from '../../../shared/schemas/clock';
import { advance, applyClockCommand } from '../../../shared/timeline';
import { badRequest, conflict } from '../../errors';
import { phasesOf, type EventState } from '../state';
import { planSchedule } from './schedule';

/** Bring the event's clock up to `now` (pure); the same state when nothing moved. */
export function advanceEvent(state: EventState, now: number): EventState {
  const clock = advance(state.clock, phasesOf(state), now);
  return clock === state.clock ? state : { ...state, clock };
}

/**
 * Apply an organizer's clock command (pure). Starting needs a mentor; with no schedule yet
 * the event is planned first, which also fixes the number of rounds.
 */
export function runClockCommand(state: EventState, cmd: ClockCommand, now: number): EventState {
  let s = state;
  if (cmd.action === 'start' && s.clock.status === 'idle') {
    if (s.mentors.length === 0) throw conflict('add at least one mentor before starting');
    if (s.schedule === null) s = planSchedule(s, now);
  }
  const r = applyClockCommand(s.clock, phasesOf(s), cmd, now);
  if (!r.ok) throw r.code === 'conflict' ? conflict(r.message) : badRequest(r.message);
  return { ...s, clock: r.clock };
}
