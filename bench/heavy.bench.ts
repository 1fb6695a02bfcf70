/**
 * Heavy work off the event loop (`npm run bench:heavy`): the compiled server (as `npm start`
 * runs it) plans, previews and exports an event at the planner's work cap while this process
 * asks `/healthz` every 50 ms. For each step it prints the step's time, the longest `/healthz`
 * answer, and the server's own event-loop delay (its TABLEHOP_REPORT_EVENT_LOOP report).
 * Goal (issue "No anonymous request can freeze the room"): /healthz never waits over 250 ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planWork } from '../shared/planner/model';
import { machine, spawnNode, stop, waitForLine } from './lib/proc';
import { formatTable } from './lib/table';

const ROOT = join(import.meta.dirname, '..');
/** The event: just under the planner's work cap (3,000,000), 20 wishes and 10 avoids each. */
const MENTORS = 500;
const MENTEES = 5000;
const CAPACITY = 10;
const ROUNDS = 59;
const WISHES = 20;
const AVOIDS = 10;
const HEALTH_EVERY_MS = 50;
const GOAL_MS = 250;

const r = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (r.status !== 0) throw new Error('scripts/build-server.mjs failed');

const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-heavy-'));
const proc = spawnNode(['--max-semi-space-size=4', 'dist/server/main.mjs'], {
  cwd: ROOT,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    TABLEHOP_DATA_DIR: dataDir,
    TABLEHOP_LOG_LEVEL: 'warn',
    TABLEHOP_REPORT_EVENT_LOOP: '1',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const url = (await waitForLine(proc, /Tablehop listening on (http:\/\/\S+)/, 60_000, 'the server'))[1]!;

/** The server's event-loop delay since the previous report (SIGUSR2 prints it and starts afresh). */
async function loopReport(): Promise<{ maxMs: number; p99Ms: number }> {
  const line = waitForLine(
    proc,
    /Tablehop event loop delay (\{"window":"until SIGUSR2"[^\n]*\})\n/,
    10_000,
    'the server',
  );
  proc.kill('SIGUSR2');
  return JSON.parse((await line)[1]!) as { maxMs: number; p99Ms: number };
}

async function call(method: string, path: string, body?: string, type = 'application/json', key?: string) {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = type;
  const res = await fetch(url + path, { method, headers, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text;
}

/** Run `step` while asking /healthz every 50 ms; the step's time, the longest answer, the server's loop. */
async function measured(label: string, step: () => Promise<unknown>) {
  await loopReport(); // start the window afresh
  let worst = 0;
  let asking = true;
  const prober = (async () => {
    while (asking) {
      const t = performance.now();
      await fetch(`${url}/healthz`).then((res) => res.text());
      worst = Math.max(worst, performance.now() - t);
      await new Promise((done) => setTimeout(done, HEALTH_EVERY_MS));
    }
  })();
  const t0 = performance.now();
  await step();
  const ms = performance.now() - t0;
  asking = false;
  await prober;
  const loop = await loopReport();
  return [label, `${(ms / 1000).toFixed(2)} s`, `${Math.round(worst)} ms`, `${loop.maxMs} ms / ${loop.p99Ms} ms`];
}

const created = JSON.parse(
  await call(
    'POST',
    '/api/events',
    JSON.stringify({
      name: 'Heavy',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: ROUNDS,
      tableCapacity: CAPACITY,
    }),
  ),
) as { event: { id: string }; organizerKey: string };
const id = created.event.id;
const key = created.organizerKey;
const mentor = (i: number) => `Mentor ${i + 1}`;
const lines = ['role,name,wishes,avoid'];
for (let i = 0; i < MENTORS; i++) lines.push(`mentor,${mentor(i)},,`);
for (let i = 0; i < MENTEES; i++) {
  const picks = Array.from({ length: WISHES + AVOIDS }, (_, k) => mentor((i * 37 + k * 61) % MENTORS));
  lines.push(`mentee,Mentee ${i + 1},${picks.slice(0, WISHES).join(';')},${picks.slice(WISHES).join(';')}`);
}
const csv = `${lines.join('\n')}\n`;

const rows = [
  ['step', 'time', '/healthz longest', 'server event loop max / p99'],
  await measured(`import ${MENTORS + MENTEES} people (CSV, ${(csv.length / 2 ** 20).toFixed(1)} MiB)`, () =>
    call('POST', `/api/events/${id}/people.csv`, csv, 'text/csv', key),
  ),
  await measured('plan (the whole event)', () =>
    call('POST', `/api/events/${id}/schedule`, '{}', 'application/json', key),
  ),
  await measured('preview a replan with another seed', () =>
    call('POST', `/api/events/${id}/schedule/preview`, '{"seed":2}', 'application/json', key),
  ),
  await measured('export schedule.csv', () => call('GET', `/api/events/${id}/schedule.csv`, undefined, undefined, key)),
  await measured('download the backup', () => call('GET', `/api/events/${id}/backup`, undefined, undefined, key)),
];

console.log(`Heavy work on the compiled server: ${machine()}`);
console.log(
  `Event: ${MENTORS} mentors × ${MENTEES} mentees, tables of ${CAPACITY}, ${ROUNDS} rounds, ` +
    `${WISHES} wishes and ${AVOIDS} avoids each; ` +
    `planning work ${planWork(ROUNDS, MENTORS, MENTEES, CAPACITY).toLocaleString('en-US')} (cap 3,000,000)`,
);
console.log(formatTable(rows));
console.log(`Goal: /healthz answers within ${GOAL_MS} ms throughout (asked every ${HEALTH_EVERY_MS} ms).`);
await stop(proc);
rmSync(dataDir, { recursive: true, force: true });
