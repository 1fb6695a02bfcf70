/**
 * bench:cluster parts 1 and 3: the same phones on 1, 2 and 3 Tablehop processes (PostgreSQL and
 * Redis, scripts/cluster/room.ts without nginx), phone i connected straight to process i % n; a
 * round skip sent to process 0, which the others hear of through Redis. Per change, the p99 of
 * the phones' latencies (send of the command → clock:changed, on the phones process's clock);
 * VmRSS of every process with the phones connected.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startClusterRoom } from '../../scripts/cluster/room';
import { type Clock, roundsFor, seedEvent } from '../lib/bench-event';
import { startPhones } from '../lib/phones-process';
import { cpuMsOf, memoryOf, stop } from '../lib/proc';
import { verdict, type Verdict } from '../lib/stats';
import { timedSkip } from '../lib/timed-skip';

export interface ScaleOptions {
  phones: number;
  trials: number;
  warmup: number;
  /** A PostgreSQL server each room makes its fresh database on. */
  postgresUrl: string;
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
  try {
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
    o.log(
      `${processes} process(es): ${o.phones} phones connected in ${(connected.ms / 1000).toFixed(1)} s ` +
        `(refused: ${connected.refusals})`,
    );
    await sleep(3000);
    const pids = room.servers.map((s) => s.proc.pid!);
    const rssConnected = pids.map((pid) => memoryOf(pid).rss);
    let clock: Clock = ev.clock;
    const runs: number[][] = [];
    let serverCpu = 0;
    let phonesCpu = 0;
    for (let i = 0; i < o.warmup + o.trials; i++) {
      const cpu0 = pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
      const phonesCpu0 = cpuMsOf(phones.proc.pid!);
      const r = await timedSkip(phones, { url: first, ev, clock });
      clock = r.clock;
      if (i >= o.warmup) {
        runs.push(r.latencies);
        serverCpu += pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0) - cpu0;
        phonesCpu += cpuMsOf(phones.proc.pid!) - phonesCpu0;
      }
      await sleep(250);
    }
    return {
      processes,
      fanout: verdict(runs, o.phones),
      p99s: runs.map((r) => verdict([r], o.phones).p99),
      rssConnected,
      rssAfterTrials: pids.map((pid) => memoryOf(pid).rss),
      phonesPerProcess: urls.map((_, k) => Math.floor((o.phones - k - 1) / processes) + 1),
      serverCpuPerChange: serverCpu / o.trials,
      phonesCpuPerChange: phonesCpu / o.trials,
    };
  } finally {
    phones.proc.send({ type: 'close' });
    await stop(phones.proc, 'SIGTERM');
    await room.stop();
  }
}
