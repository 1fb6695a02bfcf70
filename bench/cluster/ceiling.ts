/**
 * bench:cluster part 4: the ceiling of one process, the default deployment (the real server as
 * `npm start` runs it, SQLite in a temp dir, no Redis). E events of P phones each on it; a
 * round skip in each event in turn, alternating with one emit to the same event's room on the
 * bare Socket.IO server holding as many sockets (bare-server.mjs, a room per event). The
 * Tablehop phones and the bare ones live in two phones processes (each holds E × P sockets);
 * each change is timed by the process that sends it. Then a reconnect storm: kill -9 the
 * server, start it again on the same port and data dir, and time until every phone is back
 * with its event's clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BenchEvent, type Clock, roundsFor, seedEvent } from '../lib/bench-event';
import { type PhonesProcess, startPhones } from '../lib/phones-process';
import { cpuMsOf, memoryOf, stop } from '../lib/proc';
import { npmStartArgs, type Served, startBare, startTablehop } from '../lib/servers';
import { verdict, type Verdict } from '../lib/stats';
import { timedSkip } from '../lib/timed-skip';
import type { StormResult, ToPhones } from '../fanout/protocol';

export interface CeilingOptions {
  events: number;
  phonesPerEvent: number;
  trials: number;
  warmup: number;
  log: (line: string) => void;
}

export interface CeilingResult {
  events: number;
  sockets: number;
  tablehop: Verdict;
  bare: Verdict;
  rss: { tablehopConnected: number; tablehopPeak: number; bareConnected: number; tablehopAfterStorm: number };
  cpuPerChange: { tablehop: number; bare: number; tablehopPhones: number; barePhones: number };
  storm: StormResult & {
    killToAllMs: number;
    killToSpawnMs: number;
    restartMs: number;
    back: number;
    serverCpuMs: number;
  };
}

const PHONE_FILES = 1024;

const connect = (phones: PhonesProcess, msg: Extract<ToPhones, { type: 'connect' }>) =>
  phones.ask(msg, 'connected', 300_000 + 50 * msg.tokens.length);

export async function ceiling(o: CeilingOptions): Promise<CeilingResult> {
  const total = o.events * o.phonesPerEvent;
  const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-ceiling-'));
  const files = { openFiles: total + PHONE_FILES };
  const children: { proc: Served['proc'] }[] = [];
  const start = (port: number) =>
    startTablehop(npmStartArgs(), { PORT: String(port), TABLEHOP_DATA_DIR: dataDir }, files);
  try {
    let tablehop = await start(0);
    children.push(tablehop);
    const bare = await startBare({ PORT: '0' }, files);
    children.push(bare);
    const events: BenchEvent[] = [];
    const rounds = roundsFor(o.warmup + o.trials);
    for (let e = 0; e < o.events; e++)
      events.push(await seedEvent(tablehop.url, o.phonesPerEvent, rounds, `Ceiling ${e + 1}`));
    o.log(`${o.events} events of ${o.phonesPerEvent} mentees set up on one process (${tablehop.url})`);
    const realPhones = startPhones(files);
    const barePhones = startPhones(files);
    children.push(realPhones, barePhones);
    const tokens = events.flatMap((ev) => ev.tokens);
    const room = (e: number) => `event ${e}`;
    const base = { type: 'connect', tokens, batch: 50, timeSamples: 8 } as const;
    const [real, fl] = await Promise.all([
      connect(realPhones, { ...base, realUrl: tablehop.url, bareUrl: '', only: 'real' }),
      connect(barePhones, {
        ...base,
        realUrl: '',
        bareUrl: bare.url,
        only: 'bare',
        bareRooms: tokens.map((_, i) => room(Math.floor(i / o.phonesPerEvent))),
      }),
    ]);
    o.log(
      `${total} + ${total} phones connected in ${(real.ms / 1000).toFixed(1)} / ${(fl.ms / 1000).toFixed(1)} s ` +
        `(refused: ${real.refusals} / ${fl.refusals})`,
    );
    await sleep(3000);
    const tablehopConnected = memoryOf(tablehop.proc.pid!).rss;
    const bareConnected = memoryOf(bare.proc.pid!).rss;

    const clocks: Clock[] = events.map((ev) => ev.clock);
    const templates: (Record<string, unknown> | null)[] = events.map(() => null);
    const runs = { tablehop: [] as number[][], bare: [] as number[][] };
    const cpu = { tablehop: 0, bare: 0, tablehopPhones: 0, barePhones: 0 };
    let bareVersion = 0;
    const timed = async (record: boolean, which: 'tablehop' | 'bare', e: number) => {
      const [server, phones] = which === 'tablehop' ? [tablehop, realPhones] : [bare, barePhones];
      const phonesKey = which === 'tablehop' ? 'tablehopPhones' : 'barePhones';
      const cpu0 = [cpuMsOf(server.proc.pid!), cpuMsOf(phones.proc.pid!)] as const;
      const range = { from: e * o.phonesPerEvent, to: (e + 1) * o.phonesPerEvent };
      const ev = events[e]!;
      let latencies: number[];
      if (which === 'tablehop') {
        const r = await timedSkip(realPhones, { url: tablehop.url, ev, clock: clocks[e]!, phones: range });
        clocks[e] = r.clock;
        templates[e] ??= r.sample as Record<string, unknown>;
        latencies = r.latencies;
      } else {
        const payload = { ...(templates[e] ?? { status: 'running' }), version: ++bareVersion };
        const trial = { type: 'trial', target: 'bare', url: bare.url, payload, timeoutMs: 15_000 } as const;
        latencies = (await barePhones.ask({ ...trial, room: room(e), phones: range }, 'trial-done', 60_000)).latencies;
      }
      if (!record) return;
      runs[which].push(latencies);
      cpu[which] += cpuMsOf(server.proc.pid!) - cpu0[0];
      cpu[phonesKey] += cpuMsOf(phones.proc.pid!) - cpu0[1];
    };
    for (let i = 0; i < o.warmup + o.trials; i++) {
      for (let e = 0; e < o.events; e++) {
        // ABBA per pair; the first warm-up is Tablehop's, whose clock:changed is the bare message's template.
        const order = (i * o.events + e) % 2 === 0 ? (['tablehop', 'bare'] as const) : (['bare', 'tablehop'] as const);
        for (const which of i === 0 ? (['tablehop', 'bare'] as const) : order) {
          await timed(i >= o.warmup, which, e);
          await sleep(150);
        }
      }
    }
    const changes = o.trials * o.events;
    const tablehopPeak = memoryOf(tablehop.proc.pid!).hwm;

    // The storm: every phone must come back with its own event's clock.
    const expectedEach = events.flatMap((_, e) =>
      Array.from({ length: o.phonesPerEvent }, () => ({
        version: clocks[e]!.version,
        phaseIndex: clocks[e]!.phase!.index,
      })),
    );
    await sleep(2000);
    await realPhones.ask(
      { type: 'storm-arm', target: 'real', expected: null, expectedEach, timeoutMs: 120_000 },
      'storm-armed',
      10_000,
    );
    const done = realPhones.next('storm-done', 150_000);
    const killAt = Date.now();
    await stop(tablehop.proc, 'SIGKILL');
    const spawnAt = Date.now();
    tablehop = await start(tablehop.port);
    children.push(tablehop);
    const restartMs = Date.now() - spawnAt;
    const cpuAtListening = cpuMsOf(tablehop.proc.pid!);
    const s = await done;
    const serverCpuMs = cpuMsOf(tablehop.proc.pid!) - cpuAtListening;
    const backAt = s.resyncedAt.filter((t) => Number.isFinite(t));
    await sleep(2000);
    return {
      events: o.events,
      sockets: total,
      tablehop: verdict(runs.tablehop, o.phonesPerEvent),
      bare: verdict(runs.bare, o.phonesPerEvent),
      rss: { tablehopConnected, tablehopPeak, bareConnected, tablehopAfterStorm: memoryOf(tablehop.proc.pid!).rss },
      cpuPerChange: {
        tablehop: cpu.tablehop / changes,
        bare: cpu.bare / changes,
        tablehopPhones: cpu.tablehopPhones / changes,
        barePhones: cpu.barePhones / changes,
      },
      storm: {
        ...s,
        back: backAt.length,
        killToAllMs: backAt.length ? Math.max(...backAt) - killAt : NaN,
        killToSpawnMs: spawnAt - killAt,
        restartMs,
        serverCpuMs,
      },
    };
  } finally {
    for (const c of children.reverse()) await stop(c.proc, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
