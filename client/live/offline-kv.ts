import { createStore, del, get, set } from 'idb-keyval';

/** The little key-value store the offline data lives in; tests pass a Map-backed one. */
export interface OfflineKv {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

let shared: OfflineKv | null = null;

/**
 * IndexedDB (`tablehop` / `offline`) through idb-keyval, opened on first use. Where there is no
 * IndexedDB (some private modes) a store in memory stands in: the page works as before, only
 * a reload with no network has nothing to show.
 */
export function offlineKv(): OfflineKv {
  if (shared) return shared;
  if (typeof indexedDB === 'undefined') {
    shared = memoryKv();
    return shared;
  }
  const store = createStore('tablehop', 'offline');
  shared = {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
  return shared;
}

/** A store that forgets everything with the page. */
export function memoryKv(): OfflineKv {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    del: async (key) => void map.delete(key),
  };
}
