import type { ClockSnapshot } from '../../../shared/schemas/clock';

/**
 * Whether the person's page turns into "Your meetings": the clock has finished after it
 * started. An event ended before its start (startedAt null) held no meetings to list.
 */
export function isAfterTheTalk(clock: ClockSnapshot): boolean {
  return clock.status === 'finished' && clock.startedAt !== null;
}
