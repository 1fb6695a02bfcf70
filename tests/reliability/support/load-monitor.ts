/**
 * The second process of the hostile-load suite (tests/reliability/hostile-load.test.ts), run
 * with `node --import tsx` and driven over IPC. While the test attacks the server it
 *   - asks `GET /healthz` every 50 ms, each on a new connection, and records how long each
 *     answer took (a request still waiting when a window is reported counts with its age so far),
 *   - holds a live event's phones (socket.io-client, one per person token) and records every
 *     disconnect and every `clock:changed` with the moment it arrived,
 *   - reads the server's resident memory (VmRSS) and how long its main thread ran and waited
 *     for a CPU every 100 ms,
 *   - and watches its own event loop, so a slow answer can be told from a starved monitor.
 * Messages in: `start`, `window`, `report`, `stop` (see MonitorIn); out: MonitorOut.
 */
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClockSeen, HealthFigures, MonitorIn, MonitorOut, WindowReport } from './load-protocol';

const HEALTH_EVERY_MS = 50;
const RSS_EVERY_MS = 100;
/** Probes slower than this are listed one by one (when, how long), to line them up with the attack's steps. */
const SLOW_MS = 100;

const send = (m: MonitorOut) => process.send!(m);
/** Nanoseconds the main thread (its tid is the pid) ran and waited on a run queue (Linux schedstat). */
const schedOf = (pid: number): { run: number; wait: number } | null => {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { run: run!, wait: wait! };
  } catch {
    return null;
  }
};
const rssOf = (pid: number): number => {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0; // the server is gone; the test notices that itself
  }
};

let window = { name: 'setup', startedAt: Date.now() };
let samples: { at: number; ms: number }[] = [];
let failures: string[] = [];
const pending = new Map<number, number>(); // probe id → started (performance.now)
let rss = { max: 0, min: Number.POSITIVE_INFINITY };
/** The server's main thread: CPU time it ran, and time it was runnable but waited for a CPU. */
let cpu = { runMs: 0, waitMs: 0, worstWaitMs: 0 };
let lastSched: { run: number; wait: number } | null = null;
let clockSeen: ClockSeen[] = [];
let disconnects: WindowReport['disconnects'] = [];
let closedByServer: WindowReport['closedByServer'] = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const phones: Socket[] = [];
const timers: NodeJS.Timeout[] = [];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function health(): HealthFigures {
  const now = performance.now();
  const waiting = [...pending.values()].map((t) => now - t);
  const all = [...samples.map((s) => s.ms), ...waiting].sort((a, b) => a - b);
  const slow = samples.filter((s) => s.ms > SLOW_MS).slice(0, 40);
  return {
    count: samples.length,
    waiting: waiting.length,
    failures: failures.length,
    failureSample: failures.slice(0, 3),
    maxMs: round(all.at(-1) ?? 0),
    p50Ms: round(percentile(all, 50)),
    p99Ms: round(percentile(all, 99)),
    slow: slow.map((s) => ({ at: s.at, ms: round(s.ms) })),
  };
}
const round = (ms: number) => Math.round(ms * 10) / 10;

let probeId = 0;
function probe(url: string): void {
  const id = ++probeId;
  const started = performance.now();
  const at = Date.now();
  pending.set(id, started);
  const done = (error?: string) => {
    // A probe from an earlier window that ends now belongs to the window it ends in.
    if (!pending.delete(id)) return;
    if (error) failures.push(`${new Date(at).toISOString()} ${error}`);
    else samples.push({ at, ms: performance.now() - started });
  };
  // A new connection each time, as a phone's request may be: a kept-alive one could be closed
  // by the server's keep-alive timer just as a probe is sent on it (ECONNRESET, not the server's fault).
  const req = get(`${url}/healthz`, { agent: false }, (res) => {
    res.resume();
    res.on('end', () => done(res.statusCode === 200 ? undefined : `status ${res.statusCode}`));
  });
  req.on('error', (err) => done(err.message));
}

function phone(url: string, token: string, index: number): Socket {
  const socket = io(url, { auth: { token }, transports: ['websocket'], forceNew: true, reconnectionDelay: 200 });
  socket.on('disconnect', (reason) => disconnects.push({ phone: index, reason, at: Date.now() }));
  socket.on('connection:closed', (why: { reason: string }) =>
    closedByServer.push({ phone: index, reason: why.reason, at: Date.now() }),
  );
  socket.on(
    'clock:changed',
    (c: { version: number; status: string; phase: { index: number } | null; phaseEndsAt: number | null }) =>
      clockSeen.push({
        phone: index,
        at: Date.now(),
        version: c.version,
        status: c.status,
        phaseIndex: c.phase?.index ?? null,
        phaseEndsAt: c.phaseEndsAt,
      }),
  );
  return socket;
}

async function start(m: Extract<MonitorIn, { type: 'start' }>): Promise<void> {
  const firstSnapshots = m.tokens.map((token, i) => {
    const s = phone(m.url, token, i);
    phones.push(s);
    return new Promise<{ version: number }>((resolve) =>
      s.once('snapshot:updated', (snap: { me: { clock: { version: number } } }) => resolve(snap.me.clock)),
    );
  });
  const clocks = await Promise.all(firstSnapshots);
  timers.push(setInterval(() => probe(m.url), HEALTH_EVERY_MS));
  timers.push(
    setInterval(() => {
      const sched = schedOf(m.serverPid);
      if (sched && lastSched) {
        const waited = (sched.wait - lastSched.wait) / 1e6;
        cpu = {
          runMs: cpu.runMs + (sched.run - lastSched.run) / 1e6,
          waitMs: cpu.waitMs + waited,
          worstWaitMs: Math.max(cpu.worstWaitMs, waited),
        };
      }
      lastSched = sched;
      const r = rssOf(m.serverPid);
      if (r === 0) return;
      rss = { max: Math.max(rss.max, r), min: Math.min(rss.min, r) };
    }, RSS_EVERY_MS),
  );
  send({ type: 'ready', at: Date.now(), versions: clocks.map((c) => c.version) });
}

function report(): WindowReport {
  return {
    name: window.name,
    startedAt: window.startedAt,
    endedAt: Date.now(),
    health: health(),
    rss: { max: rss.max, min: Number.isFinite(rss.min) ? rss.min : 0 },
    monitorLoopMaxMs: round(loop.max / 1e6),
    serverCpu: { runMs: Math.round(cpu.runMs), waitMs: Math.round(cpu.waitMs), worstWaitMs: round(cpu.worstWaitMs) },
    connected: phones.filter((p) => p.connected).length,
    disconnects,
    closedByServer,
    clock: clockSeen,
  };
}

function reset(name: string): void {
  window = { name, startedAt: Date.now() };
  samples = [];
  failures = [];
  rss = { max: 0, min: Number.POSITIVE_INFINITY };
  cpu = { runMs: 0, waitMs: 0, worstWaitMs: 0 };
  clockSeen = [];
  disconnects = [];
  closedByServer = [];
  loop.reset();
  // Probes in flight keep their start time: a slow one is counted in the window it ends in.
}

process.on('message', (m: MonitorIn) => {
  switch (m.type) {
    case 'start':
      void start(m);
      return;
    case 'window':
      reset(m.name);
      send({ type: 'window-started', at: window.startedAt });
      return;
    case 'report':
      send({ type: 'report', report: report() });
      return;
    case 'stop':
      for (const t of timers) clearInterval(t);
      for (const p of phones) p.close();
      process.disconnect();
      return;
  }
});
// The test went away without saying stop: do not outlive it.
process.on('disconnect', () => process.exit(0));
