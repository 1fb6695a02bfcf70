import type { OfflineKv } from './offline-kv';

/**
 * Where the feedback outbox keeps its queue between pages (issue 20: IndexedDB, like the
 * questions' outbox and the last snapshot). `load` reads what a previous page left; `save`
 * writes the queue as text (null: nothing waits).
 */
export interface OutboxStore {
  load(): Promise<string | null>;
  save(raw: string | null): Promise<void>;
}

/**
 * The queue in IndexedDB under `key`. A queue an older page left in localStorage (before the
 * outbox moved to IndexedDB) is taken over once, so no rating typed offline is lost by the update.
 */
export function kvOutboxStore(kv: OfflineKv, key: string, legacy: Storage | null): OutboxStore {
  return {
    async load() {
      const stored = await kv.get(key);
      let old: string | null = null;
      try {
        old = legacy?.getItem(key) ?? null;
        if (old !== null) legacy?.removeItem(key);
      } catch {
        /* no localStorage */
      }
      if (typeof stored === 'string') return stored;
      if (old !== null) await kv.set(key, old);
      return old;
    },
    save: (raw) => (raw === null ? kv.del(key) : kv.set(key, raw)),
  };
}

/** The queue in a Storage (localStorage); writes happen at once. For tests and where IndexedDB is missing. */
export function storageOutboxStore(storage: Storage | null, key: string): OutboxStore {
  return {
    load: async () => {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    save: (raw) => {
      // At once, not after an await: the order of saves is the order of calls.
      try {
        if (raw === null) storage?.removeItem(key);
        else storage?.setItem(key, raw);
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}
