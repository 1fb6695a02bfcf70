import { statfsSync } from 'node:fs';
import type { Logger } from './log';

/** What `fs.statfsSync` returns that matters here (injected in tests to simulate a full disk). */
export type StatFs = (path: string) => { bavail: number | bigint; bsize: number | bigint };

export interface DiskFloor {
  /** Free bytes for this process under the data directory (cached); Infinity when unknown. */
  freeBytes(): number;
  /** True when the free space is below the floor: no new events then. */
  low(): boolean;
  readonly minFreeBytes: number;
}

/** How long one look at the disk is trusted. */
const CACHE_MS = 5000;

/**
 * The global free-disk floor: below `minFreeBytes` free under `dir`, creating and importing
 * events is refused (running events keep writing: they need little, and stopping a clock
 * mid-event is worse). One `statfs` call every few seconds at most. A disk that cannot be
 * asked (no `dir`, an error) counts as having room.
 */
export function createDiskFloor(opts: {
  dir: string | null;
  minFreeBytes: number;
  now: () => number;
  statfs?: StatFs;
  log?: Logger;
}): DiskFloor {
  const statfs = opts.statfs ?? statfsSync;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let free = Number.POSITIVE_INFINITY;
  let warned = false;
  const freeBytes = () => {
    if (opts.dir === null) return Number.POSITIVE_INFINITY;
    const t = opts.now();
    if (t - checkedAt < CACHE_MS && t >= checkedAt) return free;
    checkedAt = t;
    try {
      const s = statfs(opts.dir);
      free = Number(s.bavail) * Number(s.bsize);
    } catch (err) {
      free = Number.POSITIVE_INFINITY;
      if (!warned) opts.log?.warn(`cannot read the free disk space of ${opts.dir}: ${(err as Error).message}`);
      warned = true;
    }
    return free;
  };
  return {
    freeBytes,
    low: () => opts.minFreeBytes > 0 && freeBytes() < opts.minFreeBytes,
    minFreeBytes: opts.minFreeBytes,
  };
}
