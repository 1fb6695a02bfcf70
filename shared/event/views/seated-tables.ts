/**
 * The seated tables of a schedule planned with mentors moving (issue 17): which table each
 * mentee stays at all event. Built once per schedule, as every phone's snapshot asks.
 */
import { isMovingSchedule } from '../../planner/moving-dispatch';
import type { Schedule } from '../../schemas/schedule';

const seatIndexes = new WeakMap<Schedule, Map<string, string>>();

/** Whether the schedule was planned with mentors moving (it lists the seated tables). */
export const mentorsMoveIn = (schedule: Schedule | null): boolean => schedule !== null && isMovingSchedule(schedule);

/** The table a mentee stays at when mentors move; null when mentees move or they have no seat. */
export function seatedTableOf(schedule: Schedule | null, menteeId: string): string | null {
  if (schedule === null || !isMovingSchedule(schedule)) return null;
  let index = seatIndexes.get(schedule);
  if (!index) {
    index = new Map();
    for (const t of schedule.tables) for (const id of t.menteeIds) index.set(id, t.table);
    seatIndexes.set(schedule, index);
  }
  return index.get(menteeId) ?? null;
}
