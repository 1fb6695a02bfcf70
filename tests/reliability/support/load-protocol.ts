/** The messages between the hostile-load suite and its monitor process (load-monitor.ts). */

/** Test → monitor. */
export type MonitorIn =
  | { type: 'start'; url: string; tokens: string[]; serverPid: number }
  | { type: 'window'; name: string }
  | { type: 'report' }
  | { type: 'stop' };

/** Monitor → test. */
export type MonitorOut =
  | { type: 'ready'; at: number; versions: number[] }
  | { type: 'window-started'; at: number }
  | { type: 'report'; report: WindowReport };

/** One `clock:changed` as a phone heard it (`at`: the monitor's Date.now() on arrival). */
export interface ClockSeen {
  phone: number;
  at: number;
  version: number;
  status: string;
  phaseIndex: number | null;
  phaseEndsAt: number | null;
}

/** `/healthz` over a window, in milliseconds. */
export interface HealthFigures {
  count: number;
  /** Probes still unanswered at the report (counted in max and p99 with their age). */
  waiting: number;
  failures: number;
  failureSample: string[];
  maxMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Every probe over 100 ms (the first 40), in the order they were sent. */
  slow: { at: number; ms: number }[];
}

/** What the monitor saw since the window began. */
export interface WindowReport {
  name: string;
  startedAt: number;
  endedAt: number;
  health: HealthFigures;
  /** The server's VmRSS over the window (bytes), sampled every 100 ms. */
  rss: { max: number; min: number };
  /** The monitor's own event-loop delay: a large one means the machine, not the server, was slow. */
  monitorLoopMaxMs: number;
  /**
   * The server's main thread over the window (Linux schedstat, sampled every 100 ms): CPU time
   * it ran, time it was ready to run but waited for a CPU (the machine's other work), and the
   * most it waited within one sample. A long event-loop delay with little waiting is the server's own.
   */
  serverCpu: { runMs: number; waitMs: number; worstWaitMs: number };
  connected: number;
  disconnects: { phone: number; reason: string; at: number }[];
  closedByServer: { phone: number; reason: string; at: number }[];
  clock: ClockSeen[];
}
