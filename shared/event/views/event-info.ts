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
    // Likewise only when mentors move, so phones know to say "stay" and "go to T4".
    ...(s.settings.moving === 'mentors' ? { moving: 'mentors' as const } : {}),
    // Peer rounds (issue 17): phones say "stay at T1" / "go to T5" and name table-mates.
    ...(s.settings.pairing === 'peer' ? { pairing: 'peer' as const } : {}),
    // The event's role words and default language (issues 17, 19), when it set them.
    ...(s.settings.labels ? { labels: s.settings.labels } : {}),
    ...(s.settings.locale ? { locale: s.settings.locale } : {}),
    ...(s.settings.timeZone ? { timeZone: s.settings.timeZone } : {}),
  };
}

/** The clock as clients see it at `now`. */
export function clockOf(s: EventState, now: number): ClockSnapshot {
  return clockSnapshot(s.clock, phasesOf(s), now);
}
