/**
 * Which commands may run the planner, and how many people a command brings: what decides whether
 * a command on a large event is rehearsed in a worker thread first (server/events/service.ts).
 */
import type { CommandType, EventCommand } from '../../shared/event/commands';

/** The commands that may run the planner (a replan follows people, settings and schedule changes). */
export const PLANNING: ReadonlySet<CommandType> = new Set<CommandType>([
  'event.import',
  'settings.patch',
  'people.add',
  'person.patch',
  'person.delete',
  'schedule.plan',
  'schedule.apply',
  'clock.command',
  'history.add',
  'history.clear',
  // A sign-up or an approval adds a person like people.add (a replan once there is a plan).
  'signup.submit',
  'registration.decide',
  // Only when it pins: a pin the plan does not hold yet replans the open rounds.
  'schedule.edit',
]);

/**
 * Of those, the ones that plan only by replanning an existing schedule: before the first plan
 * they never run the planner, and rehearsing them would only copy the event and the command
 * (7,000 people with 100 wishes each) to a thread and back for nothing.
 */
export const REPLANNING: ReadonlySet<CommandType> = new Set<CommandType>([
  'settings.patch',
  'people.add',
  'person.patch',
  'person.delete',
  'history.add',
  'history.clear',
  'signup.submit',
  'registration.decide',
]);

/** The commands that add people: after the start they wait for a reviewed replan (no plan). */
export const ADDING: ReadonlySet<CommandType> = new Set<CommandType>([
  'people.add',
  'signup.submit',
  'registration.decide',
]);

/** People a command brings that the planner will have to seat. */
export function arriving(command: EventCommand): number {
  if (command.type === 'people.add') return command.people.mentors.length + command.people.mentees.length;
  if (command.type === 'event.import') return command.backup.event.mentors.length + command.backup.event.mentees.length;
  return 0;
}
