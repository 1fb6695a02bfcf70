/**
 * The JSON text of a schedule, built a few rounds per turn of the event loop and remembered
 * for that schedule object. A 7,000-person event's schedule is 22 MiB of JSON: one
 * `JSON.stringify` of it held the event loop ~150 ms when it was stored and ~200 ms more when
 * it was answered. The service prepares the text in steps before it commits a large
 * schedule; the store and the answers then take the remembered text (schedules are never
 * changed in place: a new plan is a new object).
 */
import type { Schedule } from '../../shared/planner/types';

const known = new WeakMap<object, string>();

/** How many rounds are turned into text between two turns of the event loop. */
const ROUNDS_PER_TURN = 16;

/** Build and remember `schedule`'s JSON text (exactly `JSON.stringify(schedule)`), pausing between steps. */
export async function prepareScheduleJson(schedule: Schedule, pause: () => Promise<void>): Promise<void> {
  if (known.has(schedule)) return;
  const fields: string[] = [];
  for (const [key, value] of Object.entries(schedule)) {
    if (value === undefined || typeof value === 'function') continue;
    if (key !== 'rounds') {
      fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
      continue;
    }
    const rounds: string[] = [];
    for (let i = 0; i < schedule.rounds.length; i++) {
      if (i > 0 && i % ROUNDS_PER_TURN === 0) await pause();
      rounds.push(JSON.stringify(schedule.rounds[i]));
    }
    fields.push(`"rounds":[${rounds.join(',')}]`);
  }
  known.set(schedule, `{${fields.join(',')}}`);
}

/** The schedule's JSON text: the remembered one when it was prepared, else made now. */
export function scheduleJsonOf(schedule: Schedule): string {
  return known.get(schedule) ?? JSON.stringify(schedule);
}

/** The remembered JSON text of `value`, if it is a prepared schedule. */
export function preparedJsonOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? known.get(value) : undefined;
}
