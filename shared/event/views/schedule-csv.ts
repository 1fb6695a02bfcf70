import { personRowsToCsv, scheduleToCsv, scheduleToPersonRows } from '../../csv';
import type { Schedule } from '../../schemas/schedule';
import type { EventState } from '../state';

/** The ids of the event's no-shows (marked absent): the seats they hold went unused. */
export function noShowsOf(s: Pick<EventState, 'mentors' | 'mentees'>): Set<string> {
  return new Set([...s.mentors, ...s.mentees].filter((p) => p.attendance === 'absent').map((p) => p.id));
}

/**
 * The schedule exports of an event (pure): the wall sheet (`schedule.csv`, rounds × tables)
 * or a row per person per round (`schedule.people.csv`), each marking the seats lost to
 * no-shows in a last column.
 */
export function scheduleCsvOf(
  s: Pick<EventState, 'mentors' | 'mentees'>,
  schedule: Schedule,
  file: 'schedule.csv' | 'schedule.people.csv',
): string {
  const noShows = noShowsOf(s);
  return file === 'schedule.csv'
    ? scheduleToCsv(schedule, { noShows })
    : personRowsToCsv(scheduleToPersonRows(schedule, noShows), { seatLost: true });
}
