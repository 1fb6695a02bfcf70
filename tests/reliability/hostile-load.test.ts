import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../shared/backup';
import { buildPhases } from '../../shared/timeline';
import { call, type SeededEvent, seedEvent } from '../support/http';
import { BACKUP_LIMIT_BYTES, byesBomb, capCsv, MiB, paddedBackup } from './support/load-bodies';
import { type Boundary, boundariesFrom } from './support/load-clock';
import { creations, importFlood, largeEvent, stalledUploads, tokenFlood, wholeBodies } from './support/load-attacks';
import { send } from './support/load-http';
import { type Monitor, startMonitor } from './support/load-monitor-client';
import { buildServer, type LoadServer, startLoadServer } from './support/load-server';
import { createWindows, describeWindow, expectRoomUnharmed, machineLoad, summaryTable } from './support/load-window';
import { rowCounts } from './support/state';

// Hostile load (issue 13): each attack the issue measured runs against the real server process
// (compiled, as `npm start` runs it, production limits) while a second process asks /healthz
// every 50 ms and holds a live event's 50 phones. For each: the attack is refused or bounded,
// /healthz never waits more than 250 ms, no phone is disconnected, every phase boundary reaches
// every phone once and on time, and memory and disk grow by at most the bound stated with it.
// The attacks run in an order that keeps each figure readable: those that need no worker
// thread first, while the server's memory is fresh; the one that spends the server's total
// creation quota (20 addresses) last. `npm run test:hostile` runs it (not part of `npm test`
// while issue 13's bounds are not met for attacks 3, 4 and 5: see docs/performance.md).
// `npm run test:hostile -- -t '^4\.'` runs one attack.

/** The live room: 10 mentors and 40 mentees on phones, 20-second rounds, 5-second changeovers. */
const LIVE = { name: 'Live room', roundSeconds: 20, changeoverSeconds: 5, rounds: 20, tableCapacity: 4 };
const MENTORS = 10;
const PHONES = 50;
/** The documented creation quotas (server/rate-limit.ts DEFAULT_LIMITS, docs/security.md "Limits"). */
const PER_ADDRESS_PER_HOUR = 20;
const PER_HOUR = 200;
const WRITES_PER_KEY_PER_10S = 60;
const SOCKETS_PER_KEY = 5;
const BODY_BYTES_IN_FLIGHT = 64 * MiB;
/** Node's request timeout as the server sets it (server/http-server.ts): an upload must arrive within it. */
const REQUEST_TIMEOUT_MS = 60_000;

/** One attack's test (numbered as in the issue; `npm run test:hostile -- -t '^4\.'` runs one). */
const attack = (_n: number) => it;
/** "3× 201, 40× 429": how often each status came. */
function tally(xs: (number | string)[]): string {
  const counts = new Map<number | string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].map(([x, n]) => `${n}× ${x}`).join(', ');
}

let server: LoadServer;
let monitor: Monitor;
let live: SeededEvent;
let windows: ReturnType<typeof createWindows>;
let backup: BackupFile;
/** Attack 4's event, deleted after it so that later memory figures start from a comparable heap. */
let capsEvent: { id: string; key: string } | null = null;
/** Events this server created this hour (201s): the total quota's count. */
let created = 0;
let deleted = 0;

beforeAll(async () => {
  buildServer();
  server = await startLoadServer();
  live = await seedEvent(server.url, { mentors: MENTORS, mentees: PHONES - MENTORS + 1 }, LIVE);
  created++;
  const planned = await call(server.url, 'POST', `/api/events/${live.id}/schedule`, { key: live.key, body: {} });
  expect(planned.status, planned.text).toBe(200);
  const start = await call(server.url, 'POST', `/api/events/${live.id}/clock`, {
    key: live.key,
    body: { action: 'start' },
  });
  expect(start.status, start.text).toBe(200);
  const boundaries: Boundary[] = boundariesFrom(
    { phaseIndex: start.body.phase.index, phaseEndsAt: start.body.phaseEndsAt, version: start.body.version },
    buildPhases({ ...LIVE, breaks: [] }),
  );
  backup = (await call(server.url, 'GET', `/api/events/${live.id}/backup`, { key: live.key })).body;
  // The phones: every mentor and the first 40 mentees; the 41st mentee is attack 5's token.
  const tokens = [...live.mentors, ...live.mentees.slice(0, PHONES - MENTORS)].map((p) => p.token);
  monitor = await startMonitor(server.url, tokens, server.pid);
  windows = createWindows(server, monitor, boundaries, PHONES);
  console.log(`hostile-load: server pid ${server.pid} at ${server.url}, ${PHONES} phones; ${machineLoad()}`);
}, 120_000);

afterAll(async () => {
  if (windows?.all.length) console.log(`hostile-load summary (${machineLoad()}):\n${summaryTable(windows.all)}`);
  await monitor?.stop();
  await server?.stop();
});

/** Memory each attack may add to the server's RSS (VmRSS, its peak in the window over the start). */
const RSS_BOUND = {
  /** No worker thread: a flood's garbage, and at most the 64 MiB of bodies in flight. */
  light: 200 * MiB,
  /** One 16 MiB body read in a worker thread (its heap, the body's copies); it was 4.4 GB. */
  body: 512 * MiB,
  /** Planning at the caps: the worker's 1 GiB heap budget, and the answers on the main thread. */
  plan: 1536 * MiB,
};

describe.sequential('hostile load against the real server, a live room watching', () => {
  attack(5)(
    '5. one mentee token opens 200 sockets and writes as fast as it can for 10 s: 5 sockets, 60 writes',
    async () => {
      const token = live.mentees[PHONES - MENTORS]!.token;
      const { result: r, f } = await windows.measure('5 token flood', () =>
        tokenFlood(server.url, token, '127.0.0.44', 200, 10_000),
      );
      const accepted = r.socketAnswers.filter((a) => a === 'ok').length + r.httpAnswers.filter((s) => s === 200).length;
      // A fixed 10-second window per key: an attack spanning parts of two may use both.
      const budgets = Math.floor((r.lastAcceptedAt - r.firstAt) / 10_000) + 1;
      console.log(
        describeWindow(
          f,
          `200 sockets → ${r.openAt2s} open 2 s in, ${r.openAtEnd} at the end, ` +
            `${r.tooMany} told too_many_connections; socket writes ${r.socketAnswers.length} ` +
            `(${tally(r.socketAnswers)}), HTTP ${r.httpAnswers.length} (${tally(r.httpAnswers)}); ` +
            `${accepted} accepted in ${budgets} budget window(s)`,
        ),
      );
      expect.soft(r.openAt2s, 'sockets left open once the burst settled').toBeLessThanOrEqual(SOCKETS_PER_KEY);
      expect.soft(r.openAtEnd).toBeLessThanOrEqual(SOCKETS_PER_KEY);
      expect.soft(r.tooMany, 'sockets closed for the cap').toBeGreaterThanOrEqual(200 - SOCKETS_PER_KEY - 10);
      expect.soft(accepted).toBeLessThanOrEqual(WRITES_PER_KEY_PER_10S * budgets);
      expect.soft(accepted).toBeGreaterThan(0);
      expect.soft(r.httpAnswers.filter((s) => s !== 200 && s !== 429)).toEqual([]);
      expectRoomUnharmed(f, PHONES, { rssBytes: RSS_BOUND.light, diskBytes: 1 * MiB });
    },
    60_000,
  );

  attack(6)(
    '6. 40 uploads declare 16 MiB, send 15 and stall: the bytes-in-flight cap, then the request timeout',
    async () => {
      const { result: r, f } = await windows.measure('6 stalled uploads', () =>
        stalledUploads(server.url, '127.0.0.45', 40, 15 * MiB, REQUEST_TIMEOUT_MS + 10_000),
      );
      const cut = r.held.map((o) => `${(o.afterMs / 1000).toFixed(1)} s ${o.status || o.error}`);
      console.log(
        describeWindow(
          f,
          `${r.atOnce.length} answered at once (${tally(r.atOnce.map((o) => o.status || `0 ${o.error}`))}), ` +
            `${r.held.length} held and cut: ${cut.join(', ')}; ${r.unfinished} never ended`,
        ),
      );
      expect
        .soft(r.held.length + r.unfinished, 'uploads the cap let in')
        .toBeLessThanOrEqual(BODY_BYTES_IN_FLIGHT / BACKUP_LIMIT_BYTES);
      expect.soft(r.atOnce.filter((o) => o.status !== 503 && o.status !== 0)).toEqual([]);
      expect.soft(r.unfinished, 'every upload ended by the request timeout').toBe(0);
      for (const o of r.held) {
        expect.soft(o.afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 1000);
        expect.soft(o.afterMs).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + 5000);
      }
      expectRoomUnharmed(f, PHONES, { rssBytes: RSS_BOUND.light, diskBytes: 1 * MiB });
    },
    120_000,
  );

  attack(6)(
    '6b. then four whole 16 MiB bodies fit again: read and judged (400), not refused (503)',
    async () => {
      // Its own window: reading them starts a worker thread and copies 64 MiB to it, which is
      // the cost of four legal uploads, not of the stalled ones.
      const { result: statuses, f } = await windows.measure('6b released', () =>
        wholeBodies(server.url, '127.0.0.45', 4),
      );
      console.log(describeWindow(f, `4 whole bodies: ${tally(statuses)}`));
      expect.soft(statuses, 'the reservations were released').toEqual([400, 400, 400, 400]);
      expectRoomUnharmed(f, PHONES, { rssBytes: RSS_BOUND.body, diskBytes: 1 * MiB });
    },
    60_000,
  );

  attack(1)(
    '1. a 16 MiB backup whose byes hold millions of entries: refused quickly, naming the list',
    async () => {
      const bomb = byesBomb(backup);
      expect(bomb.body.length).toBeLessThanOrEqual(BACKUP_LIMIT_BYTES);
      const { result: r, f } = await windows.measure('1 import bomb', () =>
        send(server.url, { method: 'POST', path: '/api/events/import', from: '127.0.0.41', body: bomb.body }),
      );
      console.log(
        describeWindow(
          f,
          `${(bomb.body.length / MiB).toFixed(2)} MiB, ${bomb.entries} byes → ${r.status} in ${Math.round(r.ms)} ms: ` +
            r.text.slice(0, 160),
        ),
      );
      expect.soft(r.status).toBe(400);
      expect
        .soft(JSON.parse(r.text).error.message)
        .toMatch(
          /^This backup is too large: event\.schedule\.rounds\.0\.byes: a list of [\d,]+ entries; at most 100,000/,
        );
      expect.soft(r.ms, 'answered quickly').toBeLessThan(3000);
      expectRoomUnharmed(f, PHONES, { rssBytes: RSS_BOUND.body, diskBytes: 1 * MiB });
    },
    60_000,
  );

  attack(2)(
    '2. imports of padded backups as fast as possible for 20 s: the per-address quota, extras not stored',
    async () => {
      const padded = paddedBackup(backup);
      // Four at once: as many 16 MiB bodies as the bytes-in-flight cap lets in together.
      const { result: outcomes, f } = await windows.measure('2 import flood', () =>
        importFlood(server.url, padded.body, '127.0.0.42', 20_000, 4),
      );
      const made = outcomes.filter((s) => s === 201).length;
      created += made;
      // What 20 imports may store: 20 × the validated event, twice over for SQLite's pages,
      // indexes and key hashes, and 8 MiB for the write-ahead log (it checkpoints at 4 MiB).
      // Were the padding stored, it would be 20 × 16 MiB.
      const diskBytes = PER_ADDRESS_PER_HOUR * padded.validatedBytes * 2 + 8 * MiB;
      console.log(
        describeWindow(
          f,
          `${(padded.body.length / MiB).toFixed(2)} MiB files (${padded.validatedBytes} B validated): ` +
            `${tally(outcomes)}; disk bound ${(diskBytes / MiB).toFixed(1)} MiB`,
        ),
      );
      expect.soft(made).toBeLessThanOrEqual(PER_ADDRESS_PER_HOUR);
      expect.soft(outcomes.includes(429), 'the quota was reached (429)').toBe(true);
      // Refused: 429 (the quota), 503 (the bytes in flight), or the connection closed under the
      // rest of a body the server would not read (the answer lost with it).
      const refused = (o: number | string) => o === 429 || o === 503 || /^0 (EPIPE|ECONNRESET)$/.test(String(o));
      expect.soft(outcomes.filter((o) => o !== 201 && !refused(o))).toEqual([]);
      expectRoomUnharmed(f, PHONES, { rssBytes: RSS_BOUND.body, diskBytes });
    },
    90_000,
  );

  attack(4)(
    '4. an anonymous event at the planner caps (2,000 × 5,000), previewed and planned: the loop stays free',
    async () => {
      // rounds × (mentors + mentees × seats) = 176 × (2,000 + 5,000 × 3) = 2,992,000 ≤ 3,000,000
      // (the work cap), and 2,000 × 5,000 = 10,000,000 pairs (the pair cap).
      const settings = { name: 'Caps', roundSeconds: 600, changeoverSeconds: 60, rounds: 176, tableCapacity: 3 };
      const csv = capCsv(2000, 5000);
      expect(Buffer.byteLength(csv)).toBeLessThanOrEqual(5 * MiB);
      const { result: steps, f } = await windows.measure('4 planner caps', (mark) =>
        largeEvent(server.url, '127.0.0.43', settings, csv, mark),
      );
      if (steps.create?.status === 201) {
        created++;
        const made = JSON.parse(steps.create.text);
        capsEvent = { id: made.event.id, key: made.organizerKey };
      }
      const shown = Object.entries(steps).map(
        ([label, r]) =>
          `${label} ${r!.status} in ${(r!.ms / 1000).toFixed(1)} s (${(r!.text.length / MiB).toFixed(1)} MiB)`,
      );
      console.log(describeWindow(f, `CSV ${(csv.length / MiB).toFixed(2)} MiB; ${shown.join('; ')}`));
      expect.soft(steps.create?.status).toBe(201);
      expect.soft(steps.people?.status, steps.people?.text.slice(0, 300)).toBe(201);
      for (const label of ['preview', 'plan'] as const) {
        const r = steps[label];
        expect.soft([200, 413, 503], `${label}: ${r?.text.slice(0, 300)}`).toContain(r?.status);
        if (r && r.status !== 200) expect.soft(JSON.parse(r.text).error.message.length).toBeGreaterThan(20);
      }
      // Storage: at most the per-event cap (64 MiB), twice over while the WAL holds a copy.
      expectRoomUnharmed(f, PHONES, { rssBytes: RSS_BOUND.plan, diskBytes: 2 * 64 * MiB + 8 * MiB });
    },
    150_000,
  );

  attack(4)(
    '4b. (not an attack) the organizer deletes the 7,000-person event: figures only',
    async () => {
      // Its 7,000 people and 22 MiB schedule stay cached in the server's heap otherwise, and the
      // garbage V8 lets pile up above that much live data would be counted against attack 3.
      expect(capsEvent, 'attack 4 created its event').not.toBeNull();
      const { id, key } = capsEvent!;
      const { result: r, f } = await windows.measure('4b cleanup', () =>
        send(server.url, { method: 'DELETE', path: `/api/events/${id}`, from: '127.0.0.43', key }),
      );
      console.log(describeWindow(f, `DELETE ${r.status} in ${Math.round(r.ms)} ms`));
      expect(r.status, r.text).toBe(204);
      deleted++; // gone from the rows; the hour's quota still counts it
    },
    60_000,
  );

  attack(3)(
    '3. 20 addresses create events for 20 s: at most 20 each and 200 in all this hour',
    async () => {
      const addresses = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 2}`);
      const before = created;
      const { result: r, f } = await windows.measure('3 creations from 20 addresses', () =>
        creations(server.url, addresses, 20_000),
      );
      const all = [...r.byAddress.values()].flat();
      const made = all.filter((s) => s === 201).length;
      created += made;
      const perAddress = [...r.byAddress.values()].map((xs) => xs.filter((s) => s === 201).length);
      console.log(
        describeWindow(
          f,
          `${all.length} requests: ${tally(all)}; 201s per address ${perAddress.join(' ')}; ${before} created ` +
            `before this hour; 429 messages: ${[...r.messages].join(' | ')}`,
        ),
      );
      for (const n of perAddress) expect.soft(n).toBeLessThanOrEqual(PER_ADDRESS_PER_HOUR);
      expect.soft(made, 'the total hourly quota').toBeLessThanOrEqual(PER_HOUR - before);
      expect.soft(all.filter((s) => s !== 201 && s !== 429)).toEqual([]);
      expect.soft([...r.messages].some((m) => /this server has created as many events this hour/.test(m))).toBe(true);
      expect.soft((await rowCounts(server.dataDir)).events, 'events stored: exactly the 201s').toBe(created - deleted);
      // An event without people is a few hundred bytes; 16 KiB each covers SQLite's pages and indexes.
      expectRoomUnharmed(f, PHONES, { rssBytes: RSS_BOUND.light, diskBytes: made * 16 * 1024 + 8 * MiB });
    },
    90_000,
  );
});
