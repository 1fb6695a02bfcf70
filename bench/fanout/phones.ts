/**
 * The phones of the fan-out bench, in their own process so they never share an event loop
 * with a server under test. Holds N phones on the Tablehop server (each with its personal
 * token, behaving like client/live/live-connection.ts: 8 `time` samples on the first connect,
 * 3 spread over 3 s after a reconnect (client/live/offset-sampling.ts), 8 again every minute)
 * and N on the bare Socket.IO server; runs one change at a time when
 * main.ts asks, timing everything on this process's clock: from just before the command is
 * sent to each phone's `clock:changed`.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events';
import { FIRST_CONNECT_SAMPLES, offsetSamplingPlan } from '../../client/live/offset-sampling';
import type { FromPhones, StormResult, ToPhones } from './protocol';

type Phone = Socket<ServerToClientEvents, ClientToServerEvents>;

const send = (m: FromPhones) => process.send!(m);
/**
 * Samples on a first connect and every minute: the real client's, unless the bench asks for
 * another number (0: none).
 */
let samples = FIRST_CONNECT_SAMPLES;
const RESYNC_EVERY_MS = 60_000;

let real: Phone[] = [];
let bare: Socket[] = [];
let resyncTimers: NodeJS.Timeout[] = [];

/** The change being timed: latency per phone from `from` on (NaN until received). */
let trial: {
  t0: number;
  from: number;
  accepts: (version: number) => boolean;
  recv: Float64Array;
  count: number;
  done: () => void;
} | null = null;

function onClock(i: number, version: number): void {
  const t = trial;
  const k = i - (t?.from ?? 0);
  if (!t || k < 0 || k >= t.recv.length || !Number.isNaN(t.recv[k]!) || !t.accepts(version)) return;
  t.recv[k] = performance.now() - t.t0;
  if (++t.count === t.recv.length) t.done();
}

interface Storm extends StormResult {
  target: 'real' | 'bare';
  cpuAtArm: NodeJS.CpuUsage;
  loop: ReturnType<typeof monitorEventLoopDelay>;
  expected: { version: number; phaseIndex: number } | null;
  expectedEach: { version: number; phaseIndex: number }[] | undefined;
  down: Uint8Array;
  left: number;
  done: () => void;
}
let storm: Storm | null = null;

/** Phone i of `target` is back. */
function back(target: 'real' | 'bare', i: number): void {
  const s = storm;
  if (!s || s.target !== target || !s.down[i] || !Number.isNaN(s.resyncedAt[i]!)) return;
  s.resyncedAt[i] = Date.now();
  if (--s.left === 0) s.done();
}

/** Phone i of `target` lost its connection (`reason` from socket.io-client). */
function down(target: 'real' | 'bare', i: number, reason: string): void {
  const s = storm;
  if (!s || s.target !== target) return;
  if (!s.down[i]) {
    s.down[i] = 1;
    if (!s.firstDownAt) s.firstDownAt = Date.now();
  } else if (reason === 'io server disconnect') s.serverDisconnects++;
}

/** A failed connection attempt of a phone of `target`: a refusal when the server answered with a code. */
function refused(target: 'real' | 'bare', err: Error & { data?: { code?: string } }): void {
  const s = storm;
  if (!s || s.target !== target) return;
  const code = err.data?.code;
  if (code) s.refusals[code] = (s.refusals[code] ?? 0) + 1;
  else {
    s.transportErrors++;
    const cause = (err as Error & { description?: { message?: string; error?: { code?: string } } }).description;
    const detail = cause?.error?.code ? ` (${cause.error.code})` : cause?.message ? ` (${cause.message})` : '';
    const kind = `${err.message}${detail}`;
    s.transportErrorKinds[kind] = (s.transportErrorKinds[kind] ?? 0) + 1;
  }
}

/** Take `count` clock samples; true when every one was answered. */
async function sampleTime(p: Phone, count = samples): Promise<boolean> {
  for (let k = 0; k < count && p.connected; k++) {
    // 'timeout': no answer (the server went away mid-request), which is not an error answered.
    const answer = await new Promise<'ok' | 'error' | 'timeout'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), 3000);
      p.emit('time', { clientSentAt: Date.now() }, (r) => {
        clearTimeout(timer);
        resolve(r.ok ? 'ok' : 'error');
      });
    });
    if (answer === 'error' && storm) storm.failedAcks++;
    if (answer !== 'ok') return false;
  }
  return p.connected;
}

function realPhone(url: string, token: string, i: number): Phone {
  const p: Phone = io(url, { auth: { token }, transports: ['websocket'], forceNew: true, reconnectionDelayMax: 4000 });
  let measured = false;
  p.on('connect', () => {
    if (samples === 0) return;
    const plan = offsetSamplingPlan(measured, Math.random());
    const run = () => void sampleTime(p, measured ? plan.samples : samples).then((ok) => (measured ||= ok));
    if (plan.delayMs === 0) run();
    else setTimeout(run, plan.delayMs);
  });
  p.on('clock:changed', (c) => onClock(i, c.version));
  p.on('snapshot:updated', (snap) => {
    if (storm?.target !== 'real' || !storm.down[i] || !Number.isNaN(storm.resyncedAt[i]!)) return;
    const c = snap.role === 'mentee' || snap.role === 'mentor' ? snap.me.clock : null;
    const expected = storm.expectedEach?.[i] ?? storm.expected;
    if (c && c.version === expected?.version && c.phase?.index === expected.phaseIndex) back('real', i);
    else storm.wrongClock++;
  });
  p.on('disconnect', (reason) => down('real', i, reason));
  p.on('connect_error', (err) => refused('real', err));
  return p;
}

function barePhone(url: string, i: number, room?: string): Socket {
  const p = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelayMax: 4000,
    ...(room === undefined ? {} : { query: { room } }),
  });
  p.on('clock:changed', (c: { version: number }) => onClock(i, c.version));
  p.on('connect', () => back('bare', i));
  p.on('disconnect', (reason) => down('bare', i, reason));
  p.on('connect_error', (err) => refused('bare', err));
  return p;
}

/** Resolves true on `ok`, false on a refusal (a connect_error the server answered) or after 60 s. */
const once = (s: Socket, ok: string): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 60_000);
    const settle = (connected: boolean) => {
      clearTimeout(timer);
      resolve(connected);
    };
    s.once(ok, () => settle(true));
    s.on('connect_error', (err: Error & { data?: unknown }) => {
      if (err.data) settle(false);
    });
  });

async function connectAll(m: Extract<ToPhones, { type: 'connect' }>): Promise<void> {
  const t0 = performance.now();
  samples = m.timeSamples;
  let refusals = 0;
  for (let start = 0; start < m.tokens.length; start += m.batch) {
    const waits: Promise<boolean>[] = [];
    for (let i = start; i < Math.min(m.tokens.length, start + m.batch); i++) {
      const r = m.only === 'bare' ? null : realPhone(m.realUrls?.[i % m.realUrls.length] ?? m.realUrl, m.tokens[i]!, i);
      if (r) {
        real.push(r);
        waits.push(once(r, 'snapshot:updated'));
      }
      if (m.only !== 'real') {
        const b = barePhone(m.bareUrls?.[i % m.bareUrls.length] ?? m.bareUrl, i, m.bareRooms?.[i]);
        bare.push(b);
        waits.push(once(b, 'connect'));
      }
      if (!r) continue;
      // Like the page: resync the offset every minute (jittered as pages open at different times).
      const p = r;
      resyncTimers.push(
        setTimeout(function again() {
          void sampleTime(p);
          resyncTimers[i] = setTimeout(again, RESYNC_EVERY_MS);
        }, Math.random() * RESYNC_EVERY_MS),
      );
    }
    for (const ok of await Promise.all(waits)) if (!ok) refusals++;
  }
  send({ type: 'connected', ms: performance.now() - t0, refusals });
}

async function runTrial(m: Extract<ToPhones, { type: 'trial' }>): Promise<void> {
  const { from, to } = m.phones ?? { from: 0, to: m.target === 'real' ? real.length : bare.length };
  let sample: unknown = null;
  if (m.target === 'real') real[from]!.once('clock:changed', (c) => (sample = c));
  const received = new Promise<void>((done) => {
    const bareVersion = m.target === 'bare' ? (m.payload.version as number) : 0;
    const accepts = m.target === 'real' ? (v: number) => v > m.afterVersion : (v: number) => v === bareVersion;
    trial = { t0: 0, from, accepts, recv: new Float64Array(to - from).fill(NaN), count: 0, done };
  });
  const timeout = new Promise<void>((done) => setTimeout(done, m.timeoutMs).unref());
  const t = trial!;
  t.t0 = performance.now();
  const answer =
    m.target === 'real'
      ? fetch(`${m.url}/api/events/${m.eventId}/clock`, {
          method: 'POST',
          headers: { authorization: `Bearer ${m.key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'skip', expectedPhase: m.expectedPhase }),
        })
      : fetch(`${m.url}/emit${m.room === undefined ? '' : `?room=${encodeURIComponent(m.room)}`}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(m.payload),
        });
  const acked = answer.then(async (res) => ({
    ms: performance.now() - t.t0,
    status: res.status,
    body: res.status === 204 ? null : await res.json(),
  }));
  await Promise.race([received, timeout]);
  const a = await acked;
  trial = null;
  send({
    type: 'trial-done',
    target: m.target,
    latencies: [...t.recv].filter((v) => !Number.isNaN(v)),
    ackMs: a.ms,
    status: a.status,
    answer: a.body,
    sample,
  });
}

function armStorm(m: Extract<ToPhones, { type: 'storm-arm' }>): void {
  const n = m.target === 'real' ? real.length : bare.length;
  const timer = setTimeout(() => finish(), m.timeoutMs);
  const finish = () => {
    clearTimeout(timer);
    const s = storm!;
    storm = null;
    s.loop.disable();
    const cpu = process.cpuUsage(s.cpuAtArm);
    const {
      target: _t,
      expected: _e,
      expectedEach: _x,
      down: _d,
      left: _l,
      done: _f,
      cpuAtArm: _c,
      loop,
      ...result
    } = s;
    send({
      type: 'storm-done',
      ...result,
      resyncedAt: [...s.resyncedAt],
      phonesCpuMs: (cpu.user + cpu.system) / 1000,
      phonesLoopMaxMs: loop.max / 1e6,
    });
  };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  storm = {
    target: m.target,
    cpuAtArm: process.cpuUsage(),
    loop,
    transportErrorKinds: {},
    phonesCpuMs: 0,
    phonesLoopMaxMs: 0,
    expected: m.expected,
    expectedEach: m.expectedEach,
    firstDownAt: 0,
    resyncedAt: new Array<number>(n).fill(NaN),
    refusals: {},
    transportErrors: 0,
    wrongClock: 0,
    failedAcks: 0,
    serverDisconnects: 0,
    down: new Uint8Array(n),
    left: n,
    done: finish,
  };
  send({ type: 'storm-armed' });
}

function close(): void {
  for (const t of resyncTimers) clearTimeout(t);
  resyncTimers = [];
  for (const p of [...real, ...bare]) p.disconnect();
  real = [];
  bare = [];
  process.disconnect?.();
  setTimeout(() => process.exit(0), 200).unref();
}

process.on('message', (raw) => {
  const m = raw as ToPhones;
  const fail = (err: unknown) =>
    send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  try {
    switch (m.type) {
      case 'connect':
        return void connectAll(m).catch(fail);
      case 'trial':
        return void runTrial(m).catch(fail);
      case 'storm-arm':
        return armStorm(m);
      case 'close':
        return close();
    }
  } catch (err) {
    fail(err);
  }
});
// If main dies, do not linger.
process.on('disconnect', () => process.exit(0));
