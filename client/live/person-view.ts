import { createMemo, type Accessor } from 'solid-js';
import type { PersonPage } from '../../shared/protocol/views';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { buildPhases, type Phase } from '../../shared/timeline';
import { liveClockAt } from './live-clock';
import { sameRows, scheduleRows, type ScheduleRow } from './schedule-rows';
import { whereNow, type WhereNow } from './where-now';

/** What both personal screens derive from the snapshot and the live clock. */
export interface PersonView {
  phases: Accessor<Phase[]>;
  /** The clock at the server's now, moved on by itself if a boundary passed without news. */
  live: Accessor<ClockSnapshot>;
  where: Accessor<WhereNow>;
  rows: Accessor<ScheduleRow[]>;
}

/** Derive where the person is, what is next and their timed schedule. Inside a Solid owner. */
export function createPersonView(
  me: Accessor<PersonPage>,
  clock: Accessor<ClockSnapshot>,
  serverNow: Accessor<number>,
): PersonView {
  const phases = createMemo(() => buildPhases(me().event));
  const live = createMemo(() => liveClockAt(clock(), phases(), serverNow()));
  const where = createMemo(() => whereNow(me().rounds, live()));
  // Recomputed every second (paused clocks shift the times) but only passed on when a row changed.
  const rows = createMemo(
    () => scheduleRows(me().rounds, live(), phases(), serverNow(), me().event.plannedStartAt),
    undefined,
    { equals: sameRows },
  );
  return { phases, live, where, rows };
}
