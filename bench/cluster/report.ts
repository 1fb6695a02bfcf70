/** bench:cluster's tables and goal lines (figures are printed, never asserted). */
import { median, mib, ms } from '../lib/stats';
import { formatTable } from '../lib/table';
import type { CeilingResult } from './ceiling';
import type { Kill } from './failover';
import type { ScaleResult } from './fanout-over-processes';
import type { Verdict } from '../lib/stats';

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function printFanout(scale: ScaleResult[], phones: number): void {
  const one = scale[0]!.fanout.p99;
  const bareOne = scale[0]!.bare?.p99 ?? NaN;
  console.log(
    `\nFan-out to ${phones} phones over 1, 2 and 3 processes (PostgreSQL + Redis streams adapter; phone i ` +
      'straight to process i % n, no nginx; skip sent to process 0), latency from the send to each clock:changed',
  );
  console.log(
    formatTable([
      ['processes', 'phones each', 'p50 ms', 'p99 ms', 'p99 range ms', 'max ms', 'missed', '× 1 process', 'CPU/change'],
      ...scale.map((s) => [
        String(s.processes),
        s.phonesPerProcess.join(' / '),
        ms(s.fanout.p50),
        ms(s.fanout.p99),
        `${ms(s.fanout.bestP99)}–${ms(s.fanout.worstP99)}`,
        ms(s.fanout.max),
        String(s.fanout.missed),
        (s.fanout.p99 / one).toFixed(2),
        `${s.serverCpuPerChange.toFixed(0)} + ${s.phonesCpuPerChange.toFixed(0)} ms`,
      ]),
    ]),
  );
  console.log('CPU/change: all Tablehop processes + the phones process (from /proc, 10 ms ticks, averaged)');
  const floors = scale.flatMap((s) => (s.bare ? [{ ...s, bare: s.bare }] : []));
  if (floors.length > 0) printFloor(floors, bareOne);
  const three = scale.find((s) => s.processes === 3);
  if (three) {
    const ratio = three.fanout.p99 / one;
    console.log(`goal: 3 processes within 1.3× of one — ${met(ratio <= 1.3)} (${ratio.toFixed(2)}×)`);
    if (three.bare)
      console.log(
        `(the bare Socket.IO floor on this machine: 3 processes ${(three.bare.p99 / bareOne).toFixed(2)}× of one)`,
      );
  }
}

/** The bare Socket.IO cluster's figures beside Tablehop's (bench:cluster without --no-floor). */
function printFloor(scale: (ScaleResult & { bare: Verdict })[], bareOne: number): void {
  console.log(
    '\nThe floor: as many bare Socket.IO processes on the same Redis streams adapter, the same phones spread the ' +
      'same way, one emit to process 0 per change (alternated with the Tablehop changes)',
  );
  console.log(
    formatTable([
      ['processes', 'p50 ms', 'p99 ms', 'p99 range ms', 'missed', '× 1 process', 'CPU/change', 'Tablehop / bare p99'],
      ...scale.map((s) => [
        String(s.processes),
        ms(s.bare.p50),
        ms(s.bare.p99),
        `${ms(s.bare.bestP99)}–${ms(s.bare.worstP99)}`,
        String(s.bare.missed),
        (s.bare.p99 / bareOne).toFixed(2),
        `${s.bareCpuPerChange.toFixed(0)} + ${s.barePhonesCpuPerChange.toFixed(0)} ms`,
        (s.fanout.p99 / s.bare.p99).toFixed(2),
      ]),
    ]),
  );
}

export function printMemory(scale: ScaleResult[], phones: number): void {
  console.log(
    `\nMemory (VmRSS, MiB) per process with ${phones} phones spread over them (the server as npm start runs it)`,
  );
  console.log(
    formatTable([
      ['processes', 'each, connected', 'each, after trials', 'all together'],
      ...scale.map((s) => [
        String(s.processes),
        s.rssConnected.map(mib).join(' / '),
        s.rssAfterTrials.map(mib).join(' / '),
        mib(sum(s.rssAfterTrials)),
      ]),
    ]),
  );
}

export function printFailover(kills: Kill[], leaseMs: number): void {
  const within = kills.filter((k) => k.takeoverMs <= leaseMs + 1000).length;
  const row = (name: string, xs: number[]) => [name, ms(median(xs)), ms(Math.max(...xs)), ms(Math.min(...xs))];
  console.log(
    `\nFailover: ${kills.length} × kill -9 of the clock owner among 3 processes, lease ${leaseMs} ms, ` +
      'killed 300 ms before a round ends',
  );
  console.log(
    formatTable([
      ['from kill -9', 'median ms', 'max ms', 'min ms'],
      row(
        'to another process holding the lease (Redis polled every 20 ms)',
        kills.map((k) => k.takeoverMs),
      ),
      row(
        'to the next transition logged by a survivor',
        kills.map((k) => k.transitionMs),
      ),
      row(
        'that transition, late against wall time',
        kills.map((k) => k.lateMs),
      ),
    ]),
  );
  console.log(
    `goal: takeover ≤ TTL + 1 s (${leaseMs + 1000} ms) in ${kills.length} of ${kills.length} — ` +
      `${met(within === kills.length)} (${within} of ${kills.length})`,
  );
}

export function printCeiling(c: CeilingResult): void {
  const ratio = c.tablehop.p99 / c.bare.p99;
  console.log(
    `\nThe ceiling of one process: ${c.sockets} sockets in ${c.events} events (npm start, SQLite, no Redis), ` +
      'a round skip in each event in turn vs one emit to the same room on the bare Socket.IO server holding as many',
  );
  console.log(
    formatTable([
      [
        'per change, median over changes',
        'p50 ms',
        'p99 ms',
        'p99 range ms',
        'max ms',
        'missed',
        'CPU server + phones',
      ],
      ...(
        [
          ['Tablehop (skip via HTTP)', c.tablehop, c.cpuPerChange.tablehop, c.cpuPerChange.tablehopPhones],
          ['bare Socket.IO (one emit)', c.bare, c.cpuPerChange.bare, c.cpuPerChange.barePhones],
        ] as const
      ).map(([name, v, server, ph]) => [
        name,
        ms(v.p50),
        ms(v.p99),
        `${ms(v.bestP99)}–${ms(v.worstP99)}`,
        ms(v.max),
        String(v.missed),
        `${server.toFixed(0)} + ${ph.toFixed(0)} ms`,
      ]),
      ['ratio Tablehop / bare', (c.tablehop.p50 / c.bare.p50).toFixed(2), ratio.toFixed(2), '', '', '', ''],
    ]),
  );
  const s = c.storm;
  const sec = (v: number) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : '—');
  console.log(
    formatTable([
      ['reconnect storm: kill -9, restart on the same port and data dir', ''],
      ['phones back with their event’s clock', `${s.back} / ${c.sockets}`],
      ['kill → every phone back', sec(s.killToAllMs)],
      ['restart: spawn → listening (npm start builds the client first if its sources changed)', sec(s.restartMs)],
      ['listening → every phone back', sec(s.killToAllMs - s.killToSpawnMs - s.restartMs)],
      [
        'refusals answered / error acks / snapshots with another clock',
        `${sum(Object.values(s.refusals))} / ${s.failedAcks} / ${s.wrongClock}`,
      ],
      ['server CPU from listening to all back', sec(s.serverCpuMs)],
      ['phones process: CPU / its event-loop delay max', `${sec(s.phonesCpuMs)} / ${s.phonesLoopMaxMs.toFixed(0)} ms`],
    ]),
  );
  console.log(
    formatTable([
      ['memory (VmRSS, MiB)', 'Tablehop', 'bare Socket.IO'],
      [`${c.sockets} sockets connected`, mib(c.rss.tablehopConnected), mib(c.rss.bareConnected)],
      [
        'Tablehop peak (VmHWM) before the storm / after the storm',
        `${mib(c.rss.tablehopPeak)} / ${mib(c.rss.tablehopAfterStorm)}`,
        '',
      ],
    ]),
  );
  const held = Math.max(c.rss.tablehopConnected, c.rss.tablehopAfterStorm);
  console.log(
    `goals: p99 ≤ 1.2× bare — ${met(ratio <= 1.2)} (${ratio.toFixed(2)}×); RSS < 400 MiB — ` +
      `${met(held < 400 * 2 ** 20)} (${mib(held)} MiB); all ${c.sockets} back ≤ 20 s — ` +
      `${met(s.back === c.sockets && s.killToAllMs <= 20_000)} (${sec(s.killToAllMs)})`,
  );
}
