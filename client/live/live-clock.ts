import type { ClockSnapshot } from '../../shared/schemas/clock';
import { clockSnapshot, type Phase } from '../../shared/timeline';

/**
 * The clock as it stands at `serverNow`: a running clock whose phase has ended moves on by
 * itself, so a screen that missed the broadcast (offline, asleep) keeps showing the right
 * phase and countdown from what it knows. Returns `clock` itself while nothing has moved
 * (stable identity), and when the phases are unknown or do not match the clock.
 */
export function liveClockAt(clock: ClockSnapshot, phases: Phase[] | null, serverNow: number): ClockSnapshot {
  if (clock.status !== 'running' || serverNow < clock.phaseEndsAt) return clock;
  if (!phases || phases.length !== clock.phaseCount) return clock;
  // A snapshot is a stored clock plus what it tells: the server's own advance runs it on.
  return clockSnapshot(clock, phases, serverNow);
}
