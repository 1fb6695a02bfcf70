/**
 * One timer per running event, aimed at its next phase boundary. The timer carries no count:
 * when it fires, the owner recomputes the clock from wall time (see `advance`), so a late
 * timer, a sleeping laptop or a restart all land where the room is.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ClockRunnerDeps {
  now: () => number;
  timers?: Timers;
  /** Called at (or just after) a boundary with the clock version the timer was armed for. */
  onBoundary: (eventId: string, version: number) => void;
  /** Longest single wait; longer ones are re-aimed on waking (setTimeout caps near 24.8 days). */
  maxDelayMs?: number;
}

export interface ClockRunner {
  /** Aim the event's timer at `at` (epoch ms), replacing any other; null disarms. Returns a disposer. */
  arm(eventId: string, at: number | null, version: number): () => void;
  disarm(eventId: string): void;
  /** When each armed event's timer is aimed (for tests and diagnostics). */
  armed(): Map<string, number>;
  dispose(): void;
}

const nodeTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function createClockRunner(deps: ClockRunnerDeps): ClockRunner {
  const timers = deps.timers ?? nodeTimers;
  const maxDelay = deps.maxDelayMs ?? 60 * 60 * 1000;
  const slots = new Map<string, { handle: unknown; at: number }>();
  let disposed = false;

  function disarm(eventId: string): void {
    const slot = slots.get(eventId);
    if (slot) timers.clearTimeout(slot.handle);
    slots.delete(eventId);
  }

  function arm(eventId: string, at: number | null, version: number): () => void {
    disarm(eventId);
    if (disposed || at === null) return () => {};
    const delay = Math.min(Math.max(0, at - deps.now()), maxDelay);
    const slot = {
      at,
      handle: timers.setTimeout(() => {
        if (slots.get(eventId) !== slot) return;
        slots.delete(eventId);
        // Timers may wake a little early (or were capped): aim again rather than act early.
        if (deps.now() < at) arm(eventId, at, version);
        else deps.onBoundary(eventId, version);
      }, delay),
    };
    slots.set(eventId, slot);
    return () => {
      if (slots.get(eventId) === slot) disarm(eventId);
    };
  }

  return {
    arm,
    disarm,
    armed: () => new Map([...slots].map(([id, s]) => [id, s.at])),
    dispose() {
      disposed = true;
      for (const id of [...slots.keys()]) disarm(id);
    },
  };
}
