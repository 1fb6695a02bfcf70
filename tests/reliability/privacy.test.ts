import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app';
import { createLogger } from '../../server/log';
import { openDatabase } from '../../server/store/db';
import { createEventStore, type EventStore } from '../../server/store/event-store';
import { roundOfClock } from '../../shared/timeline';
import type { MeView, Snapshot } from '../../shared/protocol/views';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { TEST_LIMITS, type TestServer } from '../support/server';
import { closeAll, connect, connectError, settle, waitFor, type TestSocket } from '../support/sockets';
import { viewsOf } from './support/state';

// Who sees what: a mentee never reaches another mentee's questions, email, token or link,
// in any view, at any point of the event (HTTP and every socket message); a mentor sees only
// the questions of the mentees at their table now and next; the projector sees names and
// tables. And no secret ever reaches the server's log.

let srv: TestServer;
let ev: SeededEvent;
const lines: string[] = [];
const spies: { mockRestore(): void }[] = [];
let failSaves = false;

beforeAll(async () => {
  // Capture everything the server prints at the chattiest level.
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    spies.push(
      vi
        .spyOn(console, m)
        .mockImplementation(
          (...args: unknown[]) =>
            void lines.push(
              args
                .map((a) => (a instanceof Error ? `${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a)))
                .join(' '),
            ),
        ),
    );
  }
  // The real app over a store that can be made to fail, to see what a 500 logs.
  const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-privacy-'));
  const real = createEventStore(openDatabase(dataDir));
  const save = async (...args: Parameters<EventStore['save']>) => {
    if (failSaves) throw new Error('disk I/O error (simulated)');
    await real.save(...args);
  };
  const store: EventStore = { ...real, save };
  const app = createApp({ store, log: createLogger('debug'), limits: TEST_LIMITS });
  await new Promise<void>((ready) => app.http.listen(0, '127.0.0.1', ready));
  srv = {
    url: app.publicUrl(),
    app,
    store,
    dataDir,
    close: async () => {
      await app.close();
      await real.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  ev = await seedEvent(
    srv.url,
    { mentors: 3, mentees: 6 },
    { tableCapacity: 2, rounds: 3, roundSeconds: 3600, changeoverSeconds: 3600 },
  );
  // Private data worth stealing: questions and emails anyone could recognise.
  for (const [i, m] of ev.mentees.entries()) {
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${m.id}`, {
      key: ev.key,
      body: { questions: [`PRIVATE-Q-${i}-a`, `PRIVATE-Q-${i}-b`], email: `mentee${i}@private.example` },
    });
  }
  for (const [i, m] of ev.mentors.entries())
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${m.id}`, {
      key: ev.key,
      body: { email: `mentor${i}@private.example` },
    });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
});
afterAll(async () => {
  for (const s of spies) s.mockRestore();
  await srv.close();
});
afterEach(() => closeAll());

/** Every secret of the event. */
const secrets = () => [ev.key, ev.projectorKey, ...ev.mentors.map((m) => m.token), ...ev.mentees.map((m) => m.token)];
/** What mentee `i` must never see. */
const forbiddenFor = (i: number) => [
  ...ev.mentees.flatMap((_, j) => (j === i ? [] : [`PRIVATE-Q-${j}-`, `mentee${j}@private.example`])),
  ...ev.mentors.map((_, j) => `mentor${j}@private.example`),
  ...secrets(),
  '"wishes"',
  '"avoid"',
  '"email"',
  '"token"',
  '"link"',
];

function expectClean(payloads: unknown[], forbidden: string[], who: string): void {
  expect(payloads.length, who).toBeGreaterThan(0);
  for (const p of payloads) {
    const text = JSON.stringify(p);
    for (const f of forbidden) expect(text.includes(f), `${who} saw ${f} in ${text.slice(0, 200)}`).toBe(false);
  }
}

/** Record every message a socket receives. */
function tap(socket: TestSocket): unknown[] {
  const seen: unknown[] = [];
  socket.onAny((_event, ...args) => seen.push(...args));
  return seen;
}

describe("a mentee sees no one else's questions, email or link", () => {
  it('in every view, through the whole event, over HTTP and the socket', async () => {
    const seen: unknown[][] = ev.mentees.map(() => []);
    const phones = await Promise.all(
      ev.mentees.map(async (m, i) => {
        const c = await connect(srv.url, m.token);
        seen[i]!.push(c.snapshot);
        const log = tap(c.socket);
        return { ...c, log };
      }),
    );
    const listen = async (token: string) => {
      const c = await connect(srv.url, token);
      const log: unknown[] = [c.snapshot];
      c.socket.onAny((_event, ...args) => log.push(...args));
      return log;
    };
    const mentorLogs = await Promise.all(ev.mentors.map((m) => listen(m.token)));
    const projectorLog = await listen(ev.projectorKey);

    /** What every mentee reaches at this moment: GET /api/me, snapshot:get, their 403s. */
    const look = async () => {
      for (const [i, m] of ev.mentees.entries()) {
        seen[i]!.push((await call(srv.url, 'GET', '/api/me', { key: m.token })).body);
        const ack = await phones[i]!.socket.emitWithAck('snapshot:get', {});
        seen[i]!.push(ack);
        for (const path of [
          `/api/events/${ev.id}`,
          `/api/events/${ev.id}/schedule`,
          `/api/events/${ev.id}/schedule.csv`,
          '/api/projector',
        ]) {
          seen[i]!.push((await call(srv.url, 'GET', path, { key: m.token })).text);
        }
      }
    };

    await look(); // before the start
    // Changes that reach phones: a table-mate edits questions (socket and HTTP), renames, a late mentee, replans.
    await phones[1]!.socket.emitWithAck('questions:update', {
      questions: ['PRIVATE-Q-1-a', 'PRIVATE-Q-1-b', 'PRIVATE-Q-1-c'],
    });
    await call(srv.url, 'PUT', '/api/me/questions', {
      key: ev.mentees[2]!.token,
      body: { questions: ['PRIVATE-Q-2-a'] },
    });
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentees[3]!.id}`, {
      key: ev.key,
      body: { name: 'Renamed mentee', questions: ['PRIVATE-Q-3-new'] },
    });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 99 } });
    await look();
    await clock(srv.url, ev, { action: 'start' });
    await look(); // meeting 1
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    await look(); // changeover
    await clock(srv.url, ev, { action: 'pause' });
    await look(); // paused
    await clock(srv.url, ev, { action: 'resume' });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 1 });
    await phones[4]!.socket.emitWithAck('questions:update', { questions: ['PRIVATE-Q-4-late'] });
    await look(); // meeting 2
    await clock(srv.url, ev, { action: 'end' });
    await waitFor(phones[0]!.socket, 'clock:changed', (c: { status: string }) => c.status === 'finished');
    await look(); // finished
    await settle(200);

    for (const [i, p] of phones.entries()) {
      expect(
        p.log.some((x) => (x as Snapshot).role === 'mentee'),
        'snapshots were pushed',
      ).toBe(true);
      expectClean([...seen[i]!, ...p.log], forbiddenFor(i), `mentee ${i}`);
    }
    // Mentors: no secrets or emails; questions only of mentees at their table in the round now or next.
    for (const [i, m] of ev.mentors.entries()) {
      const views: unknown[] = [...mentorLogs[i]!, (await call(srv.url, 'GET', '/api/me', { key: m.token })).body];
      expectClean(views, [...secrets(), '@private.example', '"wishes"', '"token"'], `mentor ${i}`);
      for (const v of views) {
        const me = (v as { me?: MeView }).me ?? (v as MeView);
        if (!Array.isArray(me?.rounds)) continue;
        // Now and next as the page derives them (GET /api/me spells them out; the socket page
        // leaves them to the clock).
        const at = roundOfClock(me.clock);
        const near = new Set(at === null ? [] : [at, at + 1]);
        for (const r of me.rounds)
          for (const x of r.mentees)
            if (x.questions) expect(near.has(r.round), `mentor ${i} saw round ${r.round} questions`).toBe(true);
      }
    }
    // The projector: names and tables only.
    expectClean(
      projectorLog,
      [...secrets(), 'PRIVATE-Q-', '@private.example', '"questions"', '"topics"', '"wishes"'],
      'projector',
    );
  });
});

describe('secrets never reach the log', () => {
  it('nothing the server printed contains a key, token or wrong guess, even for a 500', async () => {
    lines.length = 0;
    const guesses = ['Wrong-guess-0123456789abcdefghij', `${ev.key}X`, ev.key.slice(0, -2)];
    // Work of every kind, with every secret: good keys, wrong keys, sockets, errors.
    for (const k of [...secrets(), ...guesses]) {
      await call(srv.url, 'GET', '/api/me', { key: k });
      await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: k });
      await call(srv.url, 'GET', '/api/projector', { key: k });
      await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: k, raw: '{"name":' });
      await call(srv.url, 'GET', `/api/nowhere/${k.slice(0, 4)}`, { key: k });
    }
    for (const k of [ev.key, ev.projectorKey, ev.mentees[0]!.token]) await connect(srv.url, k);
    for (const k of guesses) await connectError(srv.url, k);
    // A 500: the store fails mid-command. The log gets the error, not the request's key; nothing changes.
    const fresh = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const org = await connect(srv.url, fresh.key);
    const before = [
      await viewsOf(srv.url, ev, [ev.mentees[0]!.token]),
      await viewsOf(srv.url, fresh, [fresh.mentees[0]!.token]),
    ];
    failSaves = true;
    const boom = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { name: 'Never saved' } });
    const ack = await org.socket.emitWithAck('clock:command', { action: 'start' });
    failSaves = false;
    expect(boom.status).toBe(500);
    expect(boom.body.error).toEqual({ code: 'internal', message: expect.any(String), reason: 'serverFault' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect([
      await viewsOf(srv.url, ev, [ev.mentees[0]!.token]),
      await viewsOf(srv.url, fresh, [fresh.mentees[0]!.token]),
    ]).toEqual(before);

    const log = lines.join('\n');
    // The capture works: request lines and the error are there…
    expect(log).toMatch(/GET \/api\/me 200/);
    expect(log).toMatch(/PATCH \/api\/events\/\S+ 500/);
    expect(log).toMatch(/disk I\/O error \(simulated\)/);
    // …and no secret, nor a guess at one.
    expect(log).toMatch(/socket clock:command failed/);
    const all = [
      ...secrets(),
      fresh.key,
      fresh.projectorKey,
      ...fresh.mentors.map((m) => m.token),
      ...fresh.mentees.map((m) => m.token),
      ...guesses,
    ];
    for (const s of all) expect(log.includes(s), `the log contains ${s.slice(0, 6)}…`).toBe(false);
    expect(log).not.toMatch(/authorization|bearer/i);
  });
});
