import type { EventState } from '../../shared/event/state';
import { planWork } from '../../shared/planner/model';
import { runHeavyTask, type HeavyResults, type HeavyTask } from './heavy-tasks';
import type { HeavyPool } from './pool';

/**
 * From what size a task leaves the event loop. Below it the hop to a thread and back costs
 * more than the work (a 20-person event plans in a millisecond); above it, the work could hold
 * the room's clock and sockets for seconds. `always` sends everything (tests of the threads).
 */
export type HeavyFrom =
  | 'always'
  | {
      /** Bodies (backup, people JSON or CSV) of at least this many bytes. */
      bytes: number;
      /** Plans whose work (rounds × (mentors + mentees × seats)) is at least this. */
      planWork: number;
      /** Exports and backups of events with at least this many people. */
      people: number;
    };

/**
 * About 50 ms of planning (bench:plan: 104,000 of work plan in ~10 ms), 64 KiB of body, a
 * thousand people. Below that, the hop costs about what the work does: cloning the event to a
 * thread, and starting one (a thread also holds 40-50 MiB while it lives).
 */
export const DEFAULT_HEAVY_FROM: HeavyFrom = { bytes: 64 * 1024, planWork: 500_000, people: 1000 };

/** Run heavy-tasks.ts here when the task is small, in the pool when it is large. */
export interface Offload {
  run<K extends HeavyTask['kind']>(task: Extract<HeavyTask, { kind: K }>): Promise<HeavyResults[K]>;
  /** Whether a command on this event should be rehearsed in a thread before it is applied. */
  plansHeavily(state: EventState | null, extraPeople?: number): boolean;
}

const peopleOf = (s: EventState | null) => (s ? s.mentors.length + s.mentees.length : 0);

/** The planning work of an event, counting `extraPeople` arriving as mentees. */
function workOf(s: EventState | null, extraPeople: number): number {
  if (!s) return extraPeople * extraPeople;
  const rounds = s.settings.rounds ?? Math.max(s.mentors.length, s.schedule?.rounds.length ?? 0);
  return planWork(rounds, s.mentors.length, s.mentees.length + extraPeople, s.settings.tableCapacity);
}

export function createOffload(pool: HeavyPool, from: HeavyFrom = DEFAULT_HEAVY_FROM): Offload {
  const heavy = (task: HeavyTask): boolean => {
    if (from === 'always') return true;
    switch (task.kind) {
      case 'read-backup':
      case 'read-history':
        return task.bytes.byteLength >= from.bytes;
      case 'read-people-csv':
        return task.text.length >= from.bytes;
      case 'read-people-json':
        return task.bytes >= from.bytes;
      case 'rehearse':
        return true; // the caller asked plansHeavily first
      case 'preview':
        return workOf(task.state, 0) >= from.planWork;
      case 'export':
      case 'backup':
        return peopleOf(task.state) >= from.people;
    }
  };
  return {
    async run(task) {
      return heavy(task) ? pool.run(task) : runHeavyTask(task);
    },
    plansHeavily: (state, extraPeople = 0) => from === 'always' || workOf(state, extraPeople) >= from.planWork,
  };
}
