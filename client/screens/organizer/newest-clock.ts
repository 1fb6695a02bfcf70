import type { ClockSnapshot } from '../../../shared/schemas/clock';

/**
 * The newest of several clock snapshots by version (the socket broadcast, the snapshot and a
 * command's answer can arrive in any order); on a tie the later argument wins.
 */
export function newestClock(...clocks: Array<ClockSnapshot | null | undefined>): ClockSnapshot | null {
  let best: ClockSnapshot | null = null;
  for (const c of clocks) if (c && (!best || c.version >= best.version)) best = c;
  return best;
}
