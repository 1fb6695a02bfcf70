import type { ClockSnapshot } from '../../shared/schemas/clock';

/**
 * Pure: whether now is a good moment to offer a new build of the page (issue 20). Never while
 * a meeting runs (the person is talking, and the page is their countdown); before the start,
 * while paused, after the end, and between rounds (a changeover or a break) it is: the reload
 * comes from the worker's cache in well under a second and the page opens where it was.
 */
export function updateFitsNow(clock: ClockSnapshot | null): boolean {
  if (clock?.status !== 'running') return true;
  return clock.phase ? clock.phase.kind !== 'meeting' : false;
}
