import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { MonitorIn, MonitorOut, WindowReport } from './load-protocol';

/** The test's end of the monitor process (load-monitor.ts). */
export interface Monitor {
  /** When every phone had its first snapshot, and the clock version each one had then. */
  ready: { at: number; versions: number[] };
  pid: number;
  window(name: string): Promise<void>;
  report(): Promise<WindowReport>;
  stop(): Promise<void>;
}

/**
 * Start the monitor in its own process (`node --import tsx`), connect its phones with the
 * given person tokens and begin probing `/healthz`; resolves once every phone is connected.
 */
export async function startMonitor(url: string, tokens: string[], serverPid: number): Promise<Monitor> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'load-monitor.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <T extends MonitorOut['type']>(type: T, ms = 30_000) =>
    new Promise<Extract<MonitorOut, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.off('message', on);
        reject(new Error(`the monitor sent no ${type} within ${ms} ms`));
      }, ms);
      const on = (m: MonitorOut) => {
        if (m.type !== type) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve(m as Extract<MonitorOut, { type: T }>);
      };
      child.on('message', on);
    });
  const tell = (m: MonitorIn) => child.send(m);
  const ready = next('ready', 60_000);
  tell({ type: 'start', url, tokens, serverPid });
  const r = await ready;
  return {
    ready: { at: r.at, versions: r.versions },
    pid: child.pid!,
    async window(name) {
      const started = next('window-started');
      tell({ type: 'window', name });
      await started;
    },
    async report() {
      const got = next('report');
      tell({ type: 'report' });
      return (await got).report;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      if (child.connected) tell({ type: 'stop' });
      else child.kill('SIGTERM');
      await exited;
      clearTimeout(force);
    },
  };
}
