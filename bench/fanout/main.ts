/**
 * `npm run bench:fanout [clients] [--trials=20] [--warmup=3] [--storms=1 | --no-storm] [--cpu-prof] [--json=file]
 *   [--server=start|tsx|bundled] [--server-node-options="--max-semi-space-size=4"] [--nice=-10] [--time-samples=8]
 *   [--server-flags="--trace-gc"] [--server-log=file]`
 *
 * The room at conference scale, side by side with the framework's floor:
 * 1. start the real server exactly as `npm start` does (package.json's start command: the
 *    compiled server, SQLite on disk in a temp dir) and a bare Socket.IO server
 *    (bare-server.mjs, plain node);
 * 2. create an event with N mentees (tables of 5) over the HTTP API, plan, start;
 * 3. connect N phones to each server from a separate process (phones.ts);
 * 4. untimed warm-ups, then alternating trials: a round skip as the organizer sends it
 *    (POST …/clock {action: 'skip', expectedPhase}) vs one `io.to(room).emit` of a same-sized
 *    message; per phone, the time from sending the command to receiving `clock:changed`;
 * 5. memory (VmRSS from /proc) of both servers idle and with N phones;
 * 6. reconnect storm: SIGKILL the server, restart it on the same port and data dir, wait for
 *    every phone to be back with the right clock, read the server's event-loop delay; then the
 *    same for the bare server (phones back = reconnected), as the floor on the same machine.
 * Prints tables; figures are never asserted.
 *
 * `--server=tsx` runs server/main.ts through tsx's loader (how `npm start` ran before it compiled
 * the server), and `--server=bundled` the compiled server with plain node and no flags: only to
 * measure what the loader and the young-generation cap change (see docs/performance.md).
 * `--server-node-options` sets NODE_OPTIONS for
 * the Tablehop server only (a deployment knob that works with `npm start` as it is). `--nice=-10`
 * runs the servers and phones at that niceness (root only for negative values), to shield them
 * from unrelated load on a shared machine; the figures say when it was used.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { api, roundsFor, seedEvent as seedBenchEvent, TABLE_CAPACITY } from '../lib/bench-event';
import { startPhones as startPhonesProcess } from '../lib/phones-process';
import { cpuMsOf, machine, memoryOf, openFilesLimit, stop } from '../lib/proc';
import {
  npmStartArgs,
  outputMatch,
  type Served,
  startBare as startBareServer,
  startTablehop as startServer,
} from '../lib/servers';
import { median, mib, ms, verdict, type Verdict } from '../lib/stats';
import { formatTable } from '../lib/table';
import { timedSkip } from '../lib/timed-skip';

const ROOT = join(import.meta.dirname, '..', '..');

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const TRIALS = Number(flag('trials', '20'));
const WARMUP = Number(flag('warmup', '3'));
const STORMS = args.includes('--no-storm') ? 0 : Number(flag('storms', '1'));
const CPU_PROF = args.includes('--cpu-prof');
/** `--server-flags="--trace-gc"`: extra node flags for the Tablehop server (diagnostics). */
const SERVER_FLAGS = flag('server-flags', '').split(' ').filter(Boolean);
/** `--server-log=file`: everything the Tablehop servers print, appended to a file (diagnostics). */
const SERVER_LOG = flag('server-log', '');
/**
 * `--time-samples=8`: clock samples each phone takes on its first connect and every minute
 * (the real client takes 8; 0: none). Reconnects follow client/live/offset-sampling.ts.
 */
const TIME_SAMPLES = Number(flag('time-samples', '8'));
const JSON_OUT = flag('json', '');
const SERVER = flag('server', 'start');
const SERVER_NODE_OPTIONS = flag('server-node-options', '');
/** `--nice=-10`: run servers and phones at this niceness, to shield them from unrelated load on a shared machine. */
const NICE = Number(flag('nice', '0'));
/**
 * `--phones-nice=10`: run the phones process at this niceness instead. In a hall the phones
 * are 2,000 other devices; here they share the server's two cores, and the phones process
 * (one to two cores during a storm, its GC threads included) can take the server's core.
 */
const PHONES_NICE = Number(flag('phones-nice', String(NICE)));
if (!Number.isInteger(N) || N < 1 || !['start', 'tsx', 'bundled'].includes(SERVER)) {
  throw new Error(
    [
      'usage: npm run bench:fanout [clients] [--trials=20] [--warmup=3] [--storms=1 | --no-storm] [--cpu-prof]',
      '[--json=file] [--server=start|tsx|bundled] [--server-node-options=…] [--nice=-10] [--time-samples=8]',
    ].join(' '),
  );
}

const log = (line: string) => console.log(`[fanout] ${line}`);
/** Check-ins timed after the fan-out trials. */
const CHECK_INS = 10;

// ---------------------------------------------------------------------------------------------
// Processes

/** `--server=bundled`: the compiled server (scripts/build-server.mjs), started by plain node without flags. */
function compiledServer(): string[] {
  const r = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`scripts/build-server.mjs failed (${r.status ?? r.error?.message})`);
  return ['dist/server/main.mjs'];
}
const serverEntry =
  SERVER === 'start' ? npmStartArgs() : SERVER === 'bundled' ? compiledServer() : ['--import', 'tsx', 'server/main.ts'];
const serverOptions = { openFiles: N + 1024, nice: NICE };

const startTablehop = (env: Record<string, string>, dataDir: string, profDir: string | null): Promise<Served> =>
  startServer(
    [...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), ...SERVER_FLAGS, ...serverEntry],
    { TABLEHOP_DATA_DIR: dataDir, ...env },
    { ...serverOptions, logFile: SERVER_LOG, nodeOptions: SERVER_NODE_OPTIONS },
  );
const startBare = (env: Record<string, string> = { PORT: '0' }): Promise<Served> => startBareServer(env, serverOptions);
const startPhones = () => startPhonesProcess({ openFiles: 2 * N + 1024, nice: PHONES_NICE });
const seedEvent = (base: string, rounds: number) => seedBenchEvent(base, N, rounds);

// ---------------------------------------------------------------------------------------------
// Reports

function fanoutTable(real: Verdict, bare: Verdict, realAck: number[], bareAck: number[]): string {
  const row = (name: string, v: Verdict, ack: number[]) => [
    name,
    ms(v.p50),
    ms(v.p99),
    ms(v.max),
    `${ms(v.bestP99)}–${ms(v.worstP99)}`,
    String(v.missed),
    ms(median(ack)),
  ];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return formatTable([
    ['per change, median over changes', 'p50 ms', 'p99 ms', 'max ms', 'p99 range ms', 'missed', 'command answered ms'],
    row('Tablehop (skip via HTTP)', real, realAck),
    row('bare Socket.IO (one emit)', bare, bareAck),
    [
      'ratio Tablehop / bare',
      ratio(real.p50, bare.p50),
      ratio(real.p99, bare.p99),
      ratio(real.max, bare.max),
      '',
      '',
      '',
    ],
  ]);
}

// ---------------------------------------------------------------------------------------------

interface LoopStats {
  window: string;
  sinceMs: number;
  maxMs: number;
  p99Ms: number;
  meanMs: number;
}

/**
 * SIGKILL a server with N phones connected, start it again on the same port, and wait for
 * every phone to be back; then ask the new server for its event-loop delay (SIGUSR2).
 */
async function storm(
  target: 'real' | 'bare',
  served: Served,
  expected: { version: number; phaseIndex: number } | null,
  restart: (port: number) => Promise<Served>,
  loopLine: RegExp,
) {
  await phones!.ask({ type: 'storm-arm', target, expected, timeoutMs: 60_000 }, 'storm-armed', 10_000);
  const done = phones!.next('storm-done', 90_000);
  const killAt = Date.now();
  await stop(served.proc, 'SIGKILL');
  const spawnAt = Date.now();
  const next = await restart(served.port);
  const listeningAt = Date.now();
  const cpuAtListening = cpuMsOf(next.proc.pid!);
  const s = await done;
  const serverCpuMs = cpuMsOf(next.proc.pid!) - cpuAtListening;
  next.proc.kill('SIGUSR2');
  const loop = JSON.parse(
    (await outputMatch(next, loopLine, 10_000, `the restarted ${target} server`))[1]!,
  ) as LoopStats;
  await sleep(3000);
  const back = s.resyncedAt.filter((t) => Number.isFinite(t));
  const last = back.length ? Math.max(...back) : NaN;
  const figures = {
    resynced: back.length,
    killToAllMs: last - killAt,
    killToHalfMs: median(back) - killAt,
    restartMs: listeningAt - spawnAt,
    listeningToAllMs: last - listeningAt,
    firstDownAfterKillMs: s.firstDownAt - killAt,
    refused: Object.values(s.refusals).reduce((a, b) => a + b, 0),
    refusals: s.refusals,
    transportErrors: s.transportErrors,
    transportErrorKinds: s.transportErrorKinds,
    wrongClock: s.wrongClock,
    failedAcks: s.failedAcks,
    serverDisconnects: s.serverDisconnects,
    serverCpuMs,
    phonesCpuMs: s.phonesCpuMs,
    phonesLoopMaxMs: s.phonesLoopMaxMs,
    loop,
  };
  return { served: next, figures, rssAfter: memoryOf(next.proc.pid!).rss };
}

type StormFigures = Awaited<ReturnType<typeof storm>>['figures'];

function printStorm(k: number, t: StormFigures & { recoveryMs: number }, f: StormFigures): void {
  const sec = (v: number) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : '—');
  const loop = (l: LoopStats) => `${l.maxMs} / ${l.p99Ms} / ${l.meanMs} ms`;
  console.log(
    `\nReconnect storm${STORMS > 1 ? ` ${k + 1} of ${STORMS}` : ''}: ${N} phones connected, ` +
      'the server SIGKILLed and restarted on the same port (Tablehop: same data dir)',
  );
  console.log(
    formatTable([
      ['measure', 'Tablehop', 'bare Socket.IO'],
      ['phones back (Tablehop: snapshot:updated with the right clock)', `${t.resynced} / ${N}`, `${f.resynced} / ${N}`],
      ['kill → every phone back', sec(t.killToAllMs), sec(f.killToAllMs)],
      ['kill → half the phones back', sec(t.killToHalfMs), sec(f.killToHalfMs)],
      ['restart: spawn → listening', sec(t.restartMs), sec(f.restartMs)],
      ['listening → every phone back', sec(t.listeningToAllMs), sec(f.listeningToAllMs)],
      ['refusals answered to phones (connect_error with a code)', String(t.refused), String(f.refused)],
      ['error acks (time requests answered ok: false)', String(t.failedAcks), '—'],
      ['server-side disconnects after the restart', String(t.serverDisconnects), String(f.serverDisconnects)],
      ['snapshots with another clock', String(t.wrongClock), '—'],
      ['transport errors while the server was down (expected)', String(t.transportErrors), String(f.transportErrors)],
      ['event-loop delay from listening to all back: max / p99 / mean (2 ms ticks)', loop(t.loop), loop(f.loop)],
      ['Tablehop before serving: recovery of the running event (blocking)', `${t.recoveryMs.toFixed(1)} ms`, ''],
      ['server CPU from listening to all back', sec(t.serverCpuMs), sec(f.serverCpuMs)],
      [
        'phones process: CPU / its own event-loop delay max',
        `${sec(t.phonesCpuMs)} / ${t.phonesLoopMaxMs.toFixed(0)} ms`,
        `${sec(f.phonesCpuMs)} / ${f.phonesLoopMaxMs.toFixed(0)} ms`,
      ],
    ]),
  );
}

let phones: ReturnType<typeof startPhones> | null = null;

async function main(): Promise<void> {
  const limit = openFilesLimit();
  const filesNeeded = 2 * N + 1024;
  const raised = filesNeeded > limit ? ' (children raise it with ulimit -n)' : '';
  log(
    `${N} phones per server, ${TRIALS} trials each after ${WARMUP} warm-ups; ` +
      `open files: soft limit ${limit}, need ~${filesNeeded} for the phones process${raised}`,
  );
  log(`machine: ${machine()}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-fanout-'));
  const profDir = CPU_PROF ? join(ROOT, '.tmp', 'cpu-prof') : null;
  const children: ChildProcess[] = [];
  const results: Record<string, unknown> = {
    clients: N,
    trials: TRIALS,
    warmup: WARMUP,
    server: SERVER,
    serverNodeOptions: SERVER_NODE_OPTIONS,
    nice: NICE,
    phonesNice: PHONES_NICE,
    timeSamples: TIME_SAMPLES,
    machine: machine(),
    at: new Date().toISOString(),
  };
  if (NICE) log(`servers run at nice ${NICE}`);
  if (PHONES_NICE) log(`the phones process runs at nice ${PHONES_NICE}`);
  if (TIME_SAMPLES !== 8)
    log(`phones take ${TIME_SAMPLES} clock samples on their first connect (the real client takes 8)`);
  const how = {
    start: `node ${serverEntry.join(' ')} (npm start: the compiled server)`,
    tsx: 'node --import tsx server/main.ts (TypeScript through tsx)',
    bundled: 'node dist/server/main.mjs (compiled, no flags)',
  }[SERVER];
  log(`Tablehop server: ${how}${SERVER_NODE_OPTIONS ? `, NODE_OPTIONS=${SERVER_NODE_OPTIONS}` : ''}`);
  try {
    // 1. Both servers listening before any phone connects.
    let tablehop = await startTablehop({ PORT: '0' }, dataDir, profDir);
    children.push(tablehop.proc);
    let bare = await startBare();
    children.push(bare.proc);
    await sleep(1000);
    const memory = {
      tablehop: { fresh: memoryOf(tablehop.proc.pid!).rss } as Record<string, number>,
      bare: { fresh: memoryOf(bare.proc.pid!).rss } as Record<string, number>,
    };

    // 2. The event.
    const rounds = roundsFor(WARMUP + TRIALS);
    const t0 = performance.now();
    const ev = await seedEvent(tablehop.url, rounds);
    log(
      `event ${ev.id}: ${N} mentees, ${Math.ceil(N / TABLE_CAPACITY)} mentors, ${rounds} rounds, ` +
        `set up in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    await sleep(1000);
    memory.tablehop.eventLoaded = memoryOf(tablehop.proc.pid!).rss;

    // 3. The phones.
    const ph = startPhones();
    phones = ph;
    children.push(ph.proc);
    const connected = await ph.ask(
      {
        type: 'connect',
        realUrl: tablehop.url,
        tokens: ev.tokens,
        bareUrl: bare.url,
        batch: 50,
        timeSamples: TIME_SAMPLES,
      },
      'connected',
      300_000 + 50 * N,
    );
    log(`${N} + ${N} phones connected in ${(connected.ms / 1000).toFixed(1)} s (refused: ${connected.refusals})`);
    await sleep(3000);
    memory.tablehop.connected = memoryOf(tablehop.proc.pid!).rss;
    memory.bare.connected = memoryOf(bare.proc.pid!).rss;

    // 4. Warm-ups, then alternating trials (ABBA: the order flips every pair).
    let clock = ev.clock;
    let template: Record<string, unknown> | null = null;
    let bareVersion = 0;
    const realRuns: number[][] = [];
    const bareRuns: number[][] = [];
    const realAck: number[] = [];
    const bareAck: number[] = [];
    const cpu = { real: 0, bare: 0 };
    const runReal = async (record: boolean) => {
      const cpu0 = cpuMsOf(tablehop.proc.pid!);
      const r = await timedSkip(ph, { url: tablehop.url, ev, clock });
      clock = r.clock;
      template ??= r.sample as Record<string, unknown>;
      if (record) {
        realRuns.push(r.latencies);
        realAck.push(r.ackMs);
        cpu.real += cpuMsOf(tablehop.proc.pid!) - cpu0;
      }
    };
    const runBare = async (record: boolean) => {
      const payload = { ...(template ?? { status: 'running' }), version: ++bareVersion };
      const cpu0 = cpuMsOf(bare.proc.pid!);
      const r = await ph.ask(
        { type: 'trial', target: 'bare', url: bare.url, payload, timeoutMs: 15_000 },
        'trial-done',
        60_000,
      );
      if (record) {
        bareRuns.push(r.latencies);
        bareAck.push(r.ackMs);
        cpu.bare += cpuMsOf(bare.proc.pid!) - cpu0;
      }
    };
    for (let i = 0; i < WARMUP; i++) {
      await runReal(false); // first: the template for the bare message comes from a real clock:changed
      await sleep(250);
      await runBare(false);
      await sleep(250);
    }
    log(`clock:changed is ${JSON.stringify(template).length} bytes of JSON; warm-ups done`);
    for (let i = 0; i < TRIALS; i++) {
      for (const run of i % 2 === 0 ? [runReal, runBare] : [runBare, runReal]) {
        await run(true);
        await sleep(250);
      }
    }
    memory.tablehop.afterTrials = memoryOf(tablehop.proc.pid!).rss;
    memory.tablehop.peak = memoryOf(tablehop.proc.pid!).hwm;
    memory.bare.afterTrials = memoryOf(bare.proc.pid!).rss;
    memory.bare.peak = memoryOf(bare.proc.pid!).hwm;

    const real = verdict(realRuns, N);
    const floor = verdict(bareRuns, N);
    const cpuPerChange = { tablehop: cpu.real / TRIALS, bare: cpu.bare / TRIALS };
    results.fanout = {
      tablehop: real,
      bare: floor,
      ratioP99: real.p99 / floor.p99,
      tablehopAckMedianMs: median(realAck),
      bareAckMedianMs: median(bareAck),
      messageBytes: JSON.stringify(template).length,
      serverCpuMsPerChange: cpuPerChange,
    };
    results.changes = {
      tablehopP99s: realRuns.map((r) => verdict([r], N).p99),
      bareP99s: bareRuns.map((r) => verdict([r], N).p99),
    };
    console.log(
      `\nFan-out: ${N} phones, ${TRIALS} changes each (alternating), ` +
        `latency from the command's send to each phone's clock:changed`,
    );
    console.log(fanoutTable(real, floor, realAck, bareAck));
    console.log(
      'server CPU per change (from /proc, 10 ms ticks, averaged): ' +
        `Tablehop ${cpuPerChange.tablehop.toFixed(1)} ms, bare ${cpuPerChange.bare.toFixed(1)} ms`,
    );
    const ratio = real.p99 / floor.p99;
    console.log(
      `goal: no phone misses a change — ${real.missed === 0 ? 'met' : `NOT met (${real.missed} missed)`}; ` +
        `p99 within 1.5× of bare — ${ratio <= 1.5 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`,
    );

    // 4b. Check-ins at the door during the event: a data change (not a clock change) with every
    //     phone connected. The publisher works out whose page changed before the command is
    //     answered, so the answer time is what the event loop spent on it.
    const checkIns: number[] = [];
    const cpuCheckIn = cpuMsOf(tablehop.proc.pid!);
    for (let k = 0; k < CHECK_INS; k++) {
      const t = performance.now();
      await api(
        tablehop.url,
        'POST',
        `/api/events/${ev.id}/people/${ev.menteeIds[k % ev.menteeIds.length]}/status`,
        ev.key,
        { status: 'present' },
      );
      checkIns.push(performance.now() - t);
      await sleep(100);
    }
    const checkInCpu = (cpuMsOf(tablehop.proc.pid!) - cpuCheckIn) / CHECK_INS;
    results.checkIns = { answeredMs: checkIns, serverCpuMsEach: checkInCpu };
    console.log(
      `\nCheck-ins at the door with ${N} phones connected (${CHECK_INS}, one at a time): ` +
        `answered in median ${median(checkIns).toFixed(1)} ms, max ${Math.max(...checkIns).toFixed(1)} ms; ` +
        `server CPU ${checkInCpu.toFixed(1)} ms each (10 ms ticks)`,
    );

    // 5. The reconnect storm: SIGKILL, restart on the same port and data dir, everyone back.
    //    Tablehop first, then the bare server as the floor on the same machine.
    if (STORMS > 0) {
      const runs: { tablehop: StormFigures & { recoveryMs: number }; bare: StormFigures }[] = [];
      for (let k = 0; k < STORMS; k++) {
        await sleep(2000);
        const expected = { version: clock.version, phaseIndex: clock.phase!.index };
        const th = await storm(
          'real',
          tablehop,
          expected,
          (port) => startTablehop({ PORT: String(port), TABLEHOP_REPORT_EVENT_LOOP: '1' }, dataDir, profDir),
          /Tablehop event loop delay (\{"window":"until SIGUSR2".*\})/,
        );
        tablehop = th.served;
        children.push(tablehop.proc);
        memory.tablehop.afterStorm = th.rssAfter;
        const recovery = JSON.parse(
          (
            await outputMatch(
              tablehop,
              /Tablehop event loop blocked (\{"what":"recovery".*\})/,
              10_000,
              'the restarted server',
            )
          )[1]!,
        ) as { ms: number };
        await sleep(2000);
        const fl = await storm(
          'bare',
          bare,
          null,
          (port) => startBare({ PORT: String(port), BARE_REPORT_EVENT_LOOP: '1' }),
          /bare event loop delay (\{.*\})/,
        );
        bare = fl.served;
        children.push(bare.proc);
        memory.bare.afterStorm = fl.rssAfter;
        runs.push({ tablehop: { ...th.figures, recoveryMs: recovery.ms }, bare: fl.figures });
        printStorm(k, runs[k]!.tablehop, runs[k]!.bare);
      }
      results.storm = runs;
      const met = runs.filter(
        ({ tablehop: t }) =>
          t.resynced === N &&
          t.killToAllMs <= 10_000 &&
          t.refused === 0 &&
          t.failedAcks === 0 &&
          t.serverDisconnects === 0 &&
          t.loop.maxMs <= 100,
      ).length;
      if (STORMS > 1) {
        const list = (f: (r: (typeof runs)[number]) => number, unit: string) =>
          `${runs
            .map(f)
            .map((v) => `${v.toFixed(unit === 's' ? 2 : 0)}`)
            .join(', ')} ${unit}`;
        console.log(
          `\n${STORMS} storms — event-loop max: Tablehop ${list((r) => r.tablehop.loop.maxMs, 'ms')}; ` +
            `bare ${list((r) => r.bare.loop.maxMs, 'ms')}`,
        );
        console.log(
          `kill → every phone back: Tablehop ${list((r) => r.tablehop.killToAllMs / 1000, 's')}; ` +
            `bare ${list((r) => r.bare.killToAllMs / 1000, 's')}`,
        );
      }
      console.log(
        'goal: all back within 10 s of the kill, no error answered, event loop never blocked > 100 ms — ' +
          `${met === STORMS ? 'met' : 'NOT met'}${STORMS > 1 ? ` (goals held in ${met} of ${STORMS} storms)` : ''}`,
      );
    }

    results.memory = memory;
    const row = (name: string, m: Record<string, number>) => [
      name,
      ...['fresh', 'eventLoaded', 'connected', 'afterTrials', 'peak', 'afterStorm'].map((k) =>
        m[k] === undefined ? '—' : mib(m[k]!),
      ),
    ];
    console.log(`\nMemory (VmRSS, MiB; peak = VmHWM), ${N} phones`);
    console.log(
      formatTable([
        ['server', 'fresh', 'event, 0 phones', `${N} phones`, 'after trials', 'peak', 'after storm'],
        row('Tablehop', memory.tablehop),
        row('bare Socket.IO', memory.bare),
      ]),
    );
    const held = Math.max(
      memory.tablehop.connected ?? 0,
      memory.tablehop.afterTrials ?? 0,
      memory.tablehop.afterStorm ?? 0,
    );
    console.log(
      `goal: under 150 MiB with ${N} phones — ${held < 150 * 2 ** 20 ? 'met' : 'NOT met'} (${mib(held)} MiB at most)`,
    );
    console.log(`\n${machine()}`);
  } finally {
    for (const c of children.reverse()) await stop(c, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
  }
}

await main();
