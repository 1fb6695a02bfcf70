/**
 * Runs tasks one after another per key (per event), so a phase boundary and a button press
 * never interleave, while different events proceed independently. A failing task does not
 * block the ones queued after it.
 */
export interface KeyedQueue {
  run<T>(key: string, task: () => T | Promise<T>): Promise<T>;
  /** Keys with queued or running work (for tests and shutdown). */
  size(): number;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => T | Promise<T>): Promise<T> {
      const before = tails.get(key) ?? Promise.resolve();
      const result = before.then(task, task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    size: () => tails.size,
  };
}
