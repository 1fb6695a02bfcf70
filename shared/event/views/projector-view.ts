import type { ProjectorView } from '../../protocol/views';
import { effectiveRounds, type EventState } from '../state';
import { clockOf } from './event-info';

/** The projector's view (pure): names, tables and the clock, nothing else. */
export function projectorView(s: EventState, now: number): ProjectorView {
  return {
    event: {
      id: s.id,
      name: s.settings.name,
      rounds: effectiveRounds(s),
      roundSeconds: s.settings.roundSeconds,
      changeoverSeconds: s.settings.changeoverSeconds,
      breaks: s.settings.breaks,
      // Only when mentors move, so a default event's view is exactly what it was.
      ...(s.settings.moving === 'mentors' ? { moving: 'mentors' as const } : {}),
      ...(s.settings.pairing === 'peer' ? { pairing: 'peer' as const } : {}),
      ...(s.settings.labels ? { labels: s.settings.labels } : {}),
      ...(s.settings.locale ? { locale: s.settings.locale } : {}),
      ...(s.settings.timeZone ? { timeZone: s.settings.timeZone } : {}),
    },
    clock: clockOf(s, now),
    tables: s.mentors.map((m) => ({
      mentorId: m.id,
      name: m.name,
      table: m.table,
      ...(m.meetingUrl ? { remote: true } : {}),
    })),
    mentees: s.mentees.map((m) => ({ id: m.id, name: m.name })),
    rounds: s.schedule?.rounds ?? [],
    scheduleVersion: s.scheduleVersion,
  };
}
