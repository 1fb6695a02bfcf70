import { Piscina } from 'piscina';
import { RequestError } from '../errors';
import type { HeavyResults, HeavyTask } from './heavy-tasks';
import { unpackResult } from './transfer';

/** One turn of the event loop (sockets, /healthz) between the steps of rebuilding a result. */
const nextTurn = () => new Promise<void>((resume) => setImmediate(resume));

/** How much one task may take before it is stopped. */
export interface HeavyBudget {
  /** Wall-clock time of one task. */
  timeoutMs: number;
  /** The worker's JavaScript heap. */
  maxMemoryMb: number;
  /** Threads (the event loop keeps a core of its own on a small machine). */
  threads: number;
  /** Tasks waiting for a thread; past it, new ones are refused at once. */
  maxQueue: number;
}

/** A laptop at a venue has two cores: one thread for heavy work, the other for the room. */
// 2 GiB: planning at the work cap took about 1 GiB in a thread (hostile-load attack 4), and a thread
// at its heap limit can take the whole process down with it (V8), so the budget keeps a margin.
export const DEFAULT_BUDGET: HeavyBudget = { timeoutMs: 20_000, maxMemoryMb: 2048, threads: 1, maxQueue: 8 };

/** The pool of worker threads for heavy work; every failure comes back as a RequestError. */
export interface HeavyPool {
  run<K extends HeavyTask['kind']>(task: Extract<HeavyTask, { kind: K }>): Promise<HeavyResults[K]>;
  close(): Promise<void>;
}

/**
 * Worker threads (piscina) that run heavy-tasks.ts. A task over its time is stopped (its
 * thread is terminated and replaced) and answered 503; one that runs out of memory 413; when
 * every thread is busy and the queue is full, 503 at once. Threads start on the first task and
 * stop after 5 s idle, so a server that never sees a large event never starts one.
 */
export function createHeavyPool(budget: HeavyBudget = DEFAULT_BUDGET): HeavyPool {
  // From the sources this is server/workers/heavy-worker.mjs (it loads the TypeScript); in
  // the compiled server, dist/server/heavy-worker.mjs beside main.mjs.
  const filename = new URL('./heavy-worker.mjs', import.meta.url).href;
  const pool = new Piscina({
    filename,
    minThreads: 0,
    maxThreads: budget.threads,
    // A thread holds 40-50 MiB while it lives: let it go soon after the heavy work is done
    // (a server holding 2,000 phones stays under 150 MiB); a burst of tasks still shares it.
    idleTimeout: 5_000,
    maxQueue: budget.maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb },
  });
  const seconds = Math.round(budget.timeoutMs / 1000);
  return {
    async run(task) {
      if (pool.queueSize >= budget.maxQueue) {
        throw new RequestError('unavailable', 'the server is busy with other large requests; try again in a minute');
      }
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), budget.timeoutMs);
      try {
        return (await unpackResult(task.kind, await pool.run(task, { signal: abort.signal }), nextTurn)) as never;
      } catch (err) {
        if (abort.signal.aborted) {
          throw new RequestError(
            'unavailable',
            `this took longer than ${seconds} s and was stopped; nothing changed (make the event smaller, or split it)`,
          );
        }
        if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          throw new RequestError(
            'payload_too_large',
            `this needed more than ${budget.maxMemoryMb} MiB and was stopped; nothing changed (make the event smaller)`,
          );
        }
        throw err;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}
