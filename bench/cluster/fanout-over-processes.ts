/**
 * bench:cluster parts 1 and 3: the same phones on 1, 2 and 3 Tablehop processes (PostgreSQL and
 * Redis, scripts/cluster/room.ts without nginx), phone i connected straight to process i % n; a
 * round skip sent to process 0, which the others hear of through Redis. Per change, the p99 of
 * the phones' latencies (send of the command → clock:changed, on the phones process's clock);
 * VmRSS of every process with the phones connected. Beside it, the floor: as many bare Socket.IO
 * servers (bench/fanout/bare-server.mjs) on the same Redis streams adapter (a stream of their own),
 * the same number of phones in a second phones process spread the same way, one emit to server 0
 * per change, alternated with the Tablehop changes (ABBA), so both see the same moments of the
 * machine.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startClusterRoom } from '../../scripts/cluster/room';
import { type Clock, roundsFor, seedEvent } from '../lib/bench-event';
import { type PhonesProcess, startPhones } from '../lib/phones-process';
import { type Served, startBare } from '../lib/servers';
import { cpuMsOf, memoryOf, stop } from '../lib/proc';
import { verdict, type Verdict } from '../lib/stats';
import { timedSkip } from '../lib/timed-skip';

export interface ScaleOptions {
  phones: number;
  trials: number;
  warmup: number;
  /** A PostgreSQL server each room makes its fresh database on. */
  postgresUrl: string;
  /** Also time the bare Socket.IO floor, alternated with the Tablehop changes (default; off: --no-floor). */
  floor: boolean;
  log: (line: string) => void;
}

export interface ScaleResult {
  processes: number;
  fanout: Verdict;
  /** Each change's p99 (ms), in order. */
  p99s: number[];
  /** VmRSS of each process with the phones connected, and after the trials (bytes). */
  rssConnected: number[];
  rssAfterTrials: number[];
  phonesPerProcess: number[];
  /** CPU ms per change: all Tablehop processes together, and the phones process. */
  serverCpuPerChange: number;
  phonesCpuPerChange: number;
  /** The bare Socket.IO cluster of as many processes: its fan-out, each change's p99, CPU per change. */
  bare: Verdict | null;
  bareP99s: number[];
  bareCpuPerChange: number;
  barePhonesCpuPerChange: number;
}

/** `processes` bare Socket.IO servers on the room's Redis (streams adapter), all listening. */
async function startBareCluster(processes: number, redisUrl: string, openFiles: number): Promise<Served[]> {
  const env = { PORT: '0', BARE_REDIS_URL: redisUrl, BARE_STREAM: 'bare-bench' };
  return Promise.all(Array.from({ length: processes }, () => startBare(env, { openFiles })));
}

/** The bare floor's trial: one emit to server 0 of a clock:changed as big as Tablehop's. */
async function timedBareEmit(phones: PhonesProcess, url: string, payload: Record<string, unknown>) {
  return phones.ask({ type: 'trial', target: 'bare', url, payload, timeoutMs: 15_000 }, 'trial-done', 60_000);
}

/** One process count: a fresh room and database, the phones connected, warm-ups, then timed skips. */
export async function fanoutOverProcesses(processes: number, o: ScaleOptions): Promise<ScaleResult> {
  const room = await startClusterRoom({
    // The processes as `npm start` runs them (the compiled server), like bench:fanout's.
    server: 'start',
    processes,
    postgresUrl: o.postgresUrl,
    noFront: true,
    // As bench:fanout runs its server: warnings only (no line per connection).
    env: { TABLEHOP_LOG_LEVEL: 'warn' },
  });
  const phones = startPhones({ openFiles: o.phones + 1024 });
  // Not started at all with --no-floor: Tablehop's figures then come from exactly the set-up before the floor.
  const barePhones = o.floor ? startPhones({ openFiles: o.phones + 1024 }) : null;
  const bares: Served[] = [];
  try {
    if (o.floor) bares.push(...(await startBareCluster(processes, room.redis.url, o.phones + 1024)));
    const first = room.servers[0]!.local;
    const ev = await seedEvent(first, o.phones, roundsFor(o.warmup + o.trials), 'Cluster bench');
    const urls = room.servers.map((s) => s.local);
    const connected = await phones.ask(
      {
        type: 'connect',
        realUrl: first,
        realUrls: urls,
        tokens: ev.tokens,
        bareUrl: '',
        only: 'real',
        batch: 50,
        timeSamples: 8,
      },
      'connected',
      300_000 + 50 * o.phones,
    );
    const bareUrls = bares.map((b) => b.url);
    if (barePhones)
      await barePhones.ask(
        {
          type: 'connect',
          realUrl: '',
          tokens: ev.tokens,
          bareUrl: bareUrls[0]!,
          bareUrls,
          only: 'bare',
          batch: 50,
          timeSamples: 0,
        },
        'connected',
        300_000 + 50 * o.phones,
      );
    o.log(
      `${processes} process(es): ${o.phones} phones connected in ${(connected.ms / 1000).toFixed(1)} s ` +
        `(refused: ${connected.refusals})`,
    );
    await sleep(3000);
    const pids = room.servers.map((s) => s.proc.pid!);
    const rssConnected = pids.map((pid) => memoryOf(pid).rss);
    let clock: Clock = ev.clock;
    const runs: number[][] = [];
    const bareRuns: number[][] = [];
    const barePids = bares.map((b) => b.proc.pid!);
    const cpu = { server: 0, phones: 0, bare: 0, barePhones: 0 };
    const cpuOf = (ids: number[]) => ids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
    let template: Record<string, unknown> | null = null;
    let bareVersion = 0;
    const runReal = async (record: boolean) => {
      const [server0, phones0] = [cpuOf(pids), cpuMsOf(phones.proc.pid!)];
      const r = await timedSkip(phones, { url: first, ev, clock });
      clock = r.clock;
      template ??= r.sample as Record<string, unknown>;
      if (!record) return;
      runs.push(r.latencies);
      cpu.server += cpuOf(pids) - server0;
      cpu.phones += cpuMsOf(phones.proc.pid!) - phones0;
    };
    const runBare = async (record: boolean) => {
      if (!barePhones) return;
      const [bare0, phones0] = [cpuOf(barePids), cpuMsOf(barePhones.proc.pid!)];
      const r = await timedBareEmit(barePhones, bares[0]!.url, { ...(template ?? {}), version: ++bareVersion });
      if (!record) return;
      bareRuns.push(r.latencies);
      cpu.bare += cpuOf(barePids) - bare0;
      cpu.barePhones += cpuMsOf(barePhones.proc.pid!) - phones0;
    };
    const floor = barePhones ? [runBare] : [];
    for (let i = 0; i < o.warmup; i++) {
      for (const run of [runReal, ...floor]) {
        await run(false); // Tablehop first: the bare message is a copy of a real clock:changed
        await sleep(250);
      }
    }
    for (let i = 0; i < o.trials; i++) {
      for (const run of i % 2 === 0 ? [runReal, ...floor] : [...floor, runReal]) {
        await run(true);
        await sleep(250);
      }
    }
    return {
      processes,
      fanout: verdict(runs, o.phones),
      p99s: runs.map((r) => verdict([r], o.phones).p99),
      rssConnected,
      rssAfterTrials: pids.map((pid) => memoryOf(pid).rss),
      phonesPerProcess: urls.map((_, k) => Math.floor((o.phones - k - 1) / processes) + 1),
      serverCpuPerChange: cpu.server / o.trials,
      phonesCpuPerChange: cpu.phones / o.trials,
      bare: o.floor ? verdict(bareRuns, o.phones) : null,
      bareP99s: bareRuns.map((r) => verdict([r], o.phones).p99),
      bareCpuPerChange: cpu.bare / o.trials,
      barePhonesCpuPerChange: cpu.barePhones / o.trials,
    };
  } finally {
    for (const p of barePhones ? [phones, barePhones] : [phones]) {
      p.proc.send({ type: 'close' });
      await stop(p.proc, 'SIGTERM');
    }
    await Promise.all(bares.map((b) => stop(b.proc, 'SIGTERM')));
    await room.stop();
  }
}
