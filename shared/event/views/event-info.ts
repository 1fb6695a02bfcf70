import type { EventInfo } from '../../protocol/views';
import type { ClockSnapshot } from '../../schemas/clock';
import { clockSnapshot } from '../../timeline';
import { effectiveRounds, phasesOf, type EventState } from '../state';

/** The event's settings with `rounds` resolved. */
export function eventInfo(s: EventState): EventInfo {
  const { name, roundSeconds, changeoverSeconds, tableCapacity, breaks, plannedStartAt, feedbackClosesAt } = s.settings;
  return {
    id: s.id,
    name,
    roundSeconds,
    changeoverSeconds,
    rounds: effectiveRounds(s),
    roundsFixed: s.settings.rounds !== null,
    tableCapacity,
    breaks,
    plannedStartAt,
    feedbackClosesAt,
    createdAt: s.createdAt,
    // Left out when not set, so events without group rules are told exactly what they were.
    ...(s.settings.groups ? { groups: s.settings.groups } : {}),
  };
}

/** The clock as clients see it at `now`. */
export function clockOf(s: EventState, now: number): ClockSnapshot {
  return clockSnapshot(s.clock, phasesOf(s), now);
}
