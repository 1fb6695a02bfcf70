import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { expect } from 'vitest';
import { type Boundary, type ClockCheck, checkClock } from './load-clock';
import type { Monitor } from './load-monitor-client';
import type { ClockSeen, WindowReport } from './load-protocol';
import type { LoadServer, LoopReport } from './load-server';

/** The room's promises under attack (issue 13): the goals every attack window is held to. */
export const GOALS = {
  /** `/healthz` never waits longer. */
  healthzMaxMs: 250,
  /** A phase boundary reaches every phone within this. */
  boundaryLateMs: 1000,
};
/** After an attack: late answers and the last boundary's fan-out are still counted in its window. */
const SETTLE_MS = 1500;

const MiB = 1024 * 1024;
const mib = (b: number) => (b / MiB).toFixed(1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process (VmRSS), bytes. */
export function rssOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** The kernel's count of connections dropped because a listening socket's queue was full. */
export function listenOverflows(): number {
  try {
    const [names, values] = readFileSync('/proc/net/netstat', 'utf8').split('\n');
    const i = names!.split(' ').indexOf('ListenOverflows');
    return Number(values!.split(' ')[i]);
  } catch {
    return 0;
  }
}

/** The machine's load as the figures should carry it. */
export function machineLoad(): string {
  const avg = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  let psi = '';
  try {
    psi = `, CPU pressure ${/^some .*avg10=([\d.]+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1]}% (avg10)`;
  } catch {
    /* no PSI */
  }
  return `load ${avg}${psi}`;
}

/** What one attack window measured. */
export interface WindowFigures {
  name: string;
  seconds: number;
  report: WindowReport;
  /** The server's own event-loop delay over the window (the worst of its steps). */
  loop: LoopReport;
  /** The attack's steps as it marked them: when each ended and the server's loop delay during it. */
  steps: { label: string; at: number; loopMaxMs: number }[];
  rss: { before: number; max: number; after: number };
  disk: { before: number; after: number };
  /** Connections the kernel dropped from full listen queues meanwhile (any process on the machine). */
  overflows: number;
  clock: ClockCheck;
  load: string;
}

/** Runs each attack inside a measured window: the monitor's figures, the server's loop, memory, disk, clock. */
export function createWindows(server: LoadServer, monitor: Monitor, boundaries: Boundary[], phones: number) {
  const seen: ClockSeen[] = [];
  let checkedUntil = monitor.ready.at;
  const all: WindowFigures[] = [];

  /**
   * Run `attack` in a window of its own. It may `mark` the end of each of its steps: the
   * server's event-loop delay is then read per step, so a stall can be put down to one.
   */
  async function measure<T>(
    name: string,
    attack: (mark: (label: string) => Promise<void>) => Promise<T>,
  ): Promise<{ result: T; f: WindowFigures }> {
    await server.loopReport(); // the window starts afresh
    const before = { rss: rssOf(server.pid), disk: server.dataBytes(), overflows: listenOverflows() };
    await monitor.window(name);
    const started = performance.now();
    const steps: WindowFigures['steps'] = [];
    const loops: LoopReport[] = [];
    const mark = async (label: string) => {
      const r = await server.loopReport();
      loops.push(r);
      steps.push({ label, at: Date.now(), loopMaxMs: r.maxMs });
    };
    const result = await attack(mark);
    const seconds = (performance.now() - started) / 1000;
    await sleep(SETTLE_MS);
    const report = await monitor.report();
    loops.push(await server.loopReport());
    const loop: LoopReport = {
      maxMs: Math.max(...loops.map((l) => l.maxMs)),
      p99Ms: Math.max(...loops.map((l) => l.p99Ms)),
      count: loops.reduce((n, l) => n + l.count, 0),
    };
    seen.push(...report.clock);
    // Boundaries of the last moments are checked with the next window, once their fan-out is in.
    const until = report.endedAt - GOALS.boundaryLateMs;
    const clock = checkClock(boundaries, seen, phones, { from: checkedUntil, until }, GOALS.boundaryLateMs);
    checkedUntil = until;
    const f: WindowFigures = {
      name,
      seconds,
      report,
      loop,
      steps,
      rss: { before: before.rss, max: Math.max(report.rss.max, before.rss), after: rssOf(server.pid) },
      disk: { before: before.disk, after: server.dataBytes() },
      overflows: listenOverflows() - before.overflows,
      clock,
      load: machineLoad(),
    };
    all.push(f);
    return { result, f };
  }
  return { measure, all };
}

/** One line of figures per attack, for the CI log. */
export function describeWindow(f: WindowFigures, counts: string): string {
  const h = f.report.health;
  const time = (at: number) => new Date(at).toISOString().slice(11, 23);
  const steps = f.steps.map((s) => `${s.label} ${time(s.at)} ${s.loopMaxMs} ms`).join('; ');
  return [
    `hostile-load ${f.name} (${f.seconds.toFixed(1)} s): ${counts}`,
    ...(f.steps.length ? [`  steps (ended at, server loop max): ${steps}`] : []),
    ...(h.slow.length ? [`  /healthz over 100 ms: ${h.slow.map((s) => `${time(s.at)} ${s.ms} ms`).join(', ')}`] : []),
    `  /healthz: ${h.count} answers, max ${h.maxMs} ms, p99 ${h.p99Ms} ms, p50 ${h.p50Ms} ms, ` +
      `${h.failures} failed, ${h.waiting} still waiting`,
    `  server event loop: max ${f.loop.maxMs} ms, p99 ${f.loop.p99Ms} ms; its main thread ran ` +
      `${f.report.serverCpu.runMs} ms and waited for a CPU ${f.report.serverCpu.waitMs} ms (at most ` +
      `${f.report.serverCpu.worstWaitMs} ms in 100 ms); monitor's own loop max ${f.report.monitorLoopMaxMs} ms`,
    `  server RSS: ${mib(f.rss.before)} → ${mib(f.rss.after)} MiB (max ${mib(f.rss.max)}, ` +
      `+${mib(f.rss.max - f.rss.before)}); data dir ${mib(f.disk.before)} → ${mib(f.disk.after)} MiB ` +
      `(+${mib(f.disk.after - f.disk.before)})`,
    `  phones: ${f.report.connected} connected, ${f.report.disconnects.length} disconnects; clock: ` +
      `${f.clock.boundaries} boundaries, heard by all at most ${f.clock.worstLateMs} ms late, ` +
      `${f.clock.problems.length} problems; ${f.load}; listen queue overflows ${f.overflows}`,
    ...f.clock.problems.slice(0, 3).map((p) => `  clock problem: ${p}`),
  ].join('\n');
}

/**
 * What no attack may do to the room: `/healthz` waits at most 250 ms, no phone is disconnected
 * or closed, the clock stays exact, memory and disk grow by at most the attack's stated bounds.
 */
export function expectRoomUnharmed(f: WindowFigures, phones: number, bounds: { rssBytes: number; diskBytes: number }) {
  const h = f.report.health;
  const what = (s: string) => `${f.name}: ${s}`;
  expect
    .soft(h.maxMs, what(`/healthz max (server loop max ${f.loop.maxMs} ms)`))
    .toBeLessThanOrEqual(GOALS.healthzMaxMs);
  expect.soft(h.failures, what(`/healthz failures ${h.failureSample.join('; ')}`)).toBe(0);
  expect.soft(h.count, what('/healthz was asked every 50 ms')).toBeGreaterThan((f.seconds * 1000) / 50 / 2);
  expect.soft(f.report.disconnects, what('phones disconnected')).toEqual([]);
  expect.soft(f.report.closedByServer, what('phones closed by the server')).toEqual([]);
  expect.soft(f.report.connected, what('phones connected')).toBe(phones);
  expect.soft(f.clock.problems, what('the clock')).toEqual([]);
  expect.soft(f.rss.max - f.rss.before, what('RSS growth (bytes)')).toBeLessThanOrEqual(bounds.rssBytes);
  expect.soft(f.disk.after - f.disk.before, what('data dir growth (bytes)')).toBeLessThanOrEqual(bounds.diskBytes);
}

/** One table of every window, for the end of the CI log (and docs/performance.md). */
export function summaryTable(all: WindowFigures[]): string {
  const rows = [
    ['window', '/healthz max', 'p99', 'server loop max', 'RSS start', 'RSS peak +', 'data dir +', 'late max'],
    ...all.map((f) => [
      f.name,
      `${f.report.health.maxMs} ms`,
      `${f.report.health.p99Ms} ms`,
      `${f.loop.maxMs} ms`,
      `${mib(f.rss.before)} MiB`,
      `${mib(f.rss.max - f.rss.before)} MiB`,
      `${mib(f.disk.after - f.disk.before)} MiB`,
      `${f.clock.worstLateMs} ms`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n');
}
