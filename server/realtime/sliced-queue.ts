import { performance } from 'node:perf_hooks';

export interface SlicedQueueOptions {
  /** How long one turn of the event loop may spend on queued tasks. */
  budgetMs: number;
  onError: (err: unknown) => void;
  /** Injected for tests: a monotonic clock in ms, and how to run something on a later turn. */
  now?: () => number;
  defer?: (run: () => void) => void;
}

export interface SlicedQueue {
  push(task: () => void): void;
  /** Tasks waiting. */
  readonly size: number;
}

/**
 * Work spread over turns of the event loop: tasks run in the order they were pushed, but one
 * turn runs them only until `budgetMs` has passed; the rest wait for the next turn
 * (setImmediate), so timers, the clock's phase boundaries and other sockets' I/O get their
 * turn in between. Used for the work of a new connection (the key check, then the first
 * snapshot): when the server restarts, a room of 2,000 phones reconnects within a few
 * seconds, and doing that work as the connections arrived held the event loop for over
 * 100 ms at a time.
 */
export function createSlicedQueue(opts: SlicedQueueOptions): SlicedQueue {
  const now = opts.now ?? (() => performance.now());
  const defer = opts.defer ?? ((run) => void setImmediate(run));
  let tasks: (() => void)[] = [];
  let head = 0;
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    defer(drain);
  };

  function drain(): void {
    scheduled = false;
    const started = now();
    while (head < tasks.length) {
      const task = tasks[head]!;
      head++;
      try {
        task();
      } catch (err) {
        opts.onError(err);
      }
      if (now() - started >= opts.budgetMs) break;
    }
    if (head < tasks.length) schedule();
    else {
      tasks = [];
      head = 0;
    }
  }

  return {
    push(task) {
      tasks.push(task);
      schedule();
    },
    get size() {
      return tasks.length - head;
    },
  };
}
