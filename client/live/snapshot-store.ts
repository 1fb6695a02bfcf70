import { z } from 'zod';
import { snapshotSchema, type Snapshot } from '../../shared/protocol/views';
import { clockSnapshotSchema, type ClockSnapshot } from '../../shared/schemas/clock';
import type { OfflineKv } from './offline-kv';
import { hashHex } from './secret-hash';

/**
 * The last snapshot a personal page or the projector had (issue 20), so a reload with no
 * network can show the plan at once: the view, the newest clock, the clock offset and when it
 * was measured, and until when the plan was known to be current.
 */
export interface StoredSnapshot {
  snapshot: Snapshot;
  clock: ClockSnapshot;
  /** Server clock minus the phone's, ms. */
  offsetMs: number;
  /** The phone's own time when that offset was last confirmed. */
  offsetMeasuredAt: number;
  /** Server time until which the stored plan was known to be current (last contact). */
  confirmedAt: number;
}

const storedSchema = z.object({
  v: z.literal(1),
  snapshot: snapshotSchema,
  clock: clockSnapshotSchema,
  offsetMs: z.number().finite(),
  offsetMeasuredAt: z.number().finite(),
  confirmedAt: z.number().finite(),
});

/** The key of a secret's data: a hash, so no stored key (or cached URL) holds the secret. */
export const snapshotKey = (secret: string): string => `snapshot:${hashHex(secret)}`;

export interface SnapshotStore {
  load(): Promise<StoredSnapshot | null>;
  save(s: StoredSnapshot): Promise<void>;
  clear(): Promise<void>;
}

/**
 * One secret's stored snapshot. The organizer's snapshot is never stored: it holds every
 * person's token, and the console needs the server anyway. What is read back is parsed like
 * network input (another build may have written it); anything that does not parse is nothing.
 * Storage errors are swallowed: losing the offline copy must not break the live page.
 */
export function snapshotStore(kv: OfflineKv, secret: string): SnapshotStore {
  const key = snapshotKey(secret);
  return {
    async load() {
      try {
        const parsed = storedSchema.safeParse(await kv.get(key));
        if (!parsed.success) return null;
        const { v: _v, ...stored } = parsed.data;
        return stored;
      } catch {
        return null;
      }
    },
    async save(s) {
      if (s.snapshot.role === 'organizer') return;
      // Plain JSON: the live snapshot is a Solid store proxy, which IndexedDB cannot clone.
      const value = JSON.parse(JSON.stringify({ v: 1, ...s }));
      await kv.set(key, value).catch(() => undefined);
    },
    async clear() {
      await kv.del(key).catch(() => undefined);
    },
  };
}
