import { afterEach, describe, expect, it } from 'vitest';
import type { StatFs } from '../../server/disk-floor';
import { rowCounts } from '../reliability/support/state';
import { call, clock, SETTINGS, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { openTestStore } from './store/support/test-store';
import { closeAll, connect } from '../support/sockets';

/**
 * Quotas (docs/security.md, "Limits"): events created per address and in all per hour, a
 * storage cap per event, a free-disk floor for new events, and the optional create key.
 * Time is injected: an hour passes by moving a number.
 */
const MiB = 1024 * 1024;
const servers: TestServer[] = [];
afterEach(async () => {
  closeAll();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(opts: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const srv = await startServer(opts);
  servers.push(srv);
  return srv;
}

const fakeTime = () => {
  const clockNow = { t: Date.parse('2030-05-01T09:00:00Z') };
  return { time: clockNow, now: () => clockNow.t };
};
/** Behind a trusted proxy the address comes from X-Forwarded-For: one header, one visitor. */
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const create = (srv: TestServer, ip: string, body: unknown = SETTINGS, key?: string) =>
  call(srv.url, 'POST', '/api/events', { body, headers: from(ip), key });

async function backupOf(srv: TestServer, ev: { id: string; key: string }): Promise<unknown> {
  const r = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
  expect(r.status).toBe(200);
  return r.body;
}

describe('events created per hour', () => {
  it('per address and in total; refused creations do not count; the hour ends', async () => {
    const { time, now } = fakeTime();
    const srv = await serve({
      now,
      trustProxy: true,
      limits: { createEventsPerIpPerHour: 3, createEventsPerHour: 5 },
    });
    const a = await Promise.all([1, 2, 3].map(() => create(srv, '10.0.0.1')));
    expect(a.map((r) => r.status)).toEqual([201, 201, 201]);
    const fourth = await create(srv, '10.0.0.1');
    expect(fourth.status).toBe(429);
    expect(fourth.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/this hour/) });
    expect(Number(fourth.headers.get('retry-after'))).toBe(3600);

    // A refused creation (a bad body) gives its place back.
    expect((await create(srv, '10.0.0.2', { name: '' })).status).toBe(400);
    const backup = await backupOf(srv, { id: a[0]!.body.event.id, key: a[0]!.body.organizerKey });
    const imported = await call(srv.url, 'POST', '/api/events/import', { body: backup, headers: from('10.0.0.2') });
    expect(imported.status).toBe(201);
    expect((await create(srv, '10.0.0.2')).status).toBe(201);

    // Five in all this hour: a third address is refused, an import too.
    const everyone = await create(srv, '10.0.0.3');
    expect(everyone.status).toBe(429);
    expect(everyone.body.error.message).toMatch(/this server has created/);
    const importToo = await call(srv.url, 'POST', '/api/events/import', { body: backup, headers: from('10.0.0.3') });
    expect(importToo.status).toBe(429);
    expect((await rowCounts(srv.dataDir)).events).toBe(5);

    time.t += 59 * 60_000;
    expect((await create(srv, '10.0.0.4')).status).toBe(429);
    time.t += 60_000;
    expect((await create(srv, '10.0.0.1')).status).toBe(201);
    expect((await create(srv, '10.0.0.3')).status).toBe(201);
  });
});

describe('per address and per minute', () => {
  it('events created per address per minute, and all API requests per address', async () => {
    const srv = await serve({ trustProxy: true, limits: { createEventsPerIpPerMinute: 2, perIpPerMinute: 6 } });
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await create(srv, '10.0.1.1')).status);
    expect(made).toEqual([201, 201, 429]);
    const third = await create(srv, '10.0.1.1');
    expect(third.body.error.message).toMatch(/too many events created from this address; wait a minute/);
    // Four requests of 10.0.1.1 so far; two more, then 429 for anything of this address.
    const reads = [];
    for (let i = 0; i < 3; i++)
      reads.push((await call(srv.url, 'GET', '/api/instance', { headers: from('10.0.1.1') })).status);
    expect(reads).toEqual([200, 200, 429]);
    expect((await call(srv.url, 'GET', '/api/instance', { headers: from('10.0.1.2') })).status).toBe(200);
  });
});

describe('storage per event', () => {
  const big = (c: string, n = 500) => Array.from({ length: 30 }, (_, i) => `${c}${i} ${'x'.repeat(n - 4)}`);

  it('a change that would outgrow the cap is refused with 413 and changes nothing', async () => {
    const srv = await serve({ storeOptions: { maxEventBytes: 25_000 } });
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 });
    const [m1, m2] = [ev.mentees[0]!, ev.mentees[1]!];
    expect((await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} })).status).toBe(200);
    await clock(srv.url, ev, { action: 'start' });
    const put = (token: string, questions: string[]) =>
      call(srv.url, 'PUT', '/api/me/questions', { key: token, body: { questions } });
    // 30 questions of 500 characters: 15 KB each, so the second mentee's do not fit.
    expect((await put(m1.token, big('a'))).status).toBe(200);
    const over = await put(m2.token, big('b'));
    expect(over.status).toBe(413);
    expect(over.body.error).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringMatching(/over this server's limit of .* per event; nothing was changed/),
    });

    // Nothing changed: not the answer, not the rows, not the size the store counts.
    const bytes = await srv.store.storedBytes(ev.id);
    const rows = await rowCounts(srv.dataDir);
    expect((await put(m2.token, big('b'))).status).toBe(413);
    const me = await call(srv.url, 'GET', '/api/me', { key: m2.token });
    expect(me.body.person.questions).toEqual(['Q1 of mentee 2', 'Q2 of mentee 2']);
    expect(await srv.store.storedBytes(ev.id)).toBe(bytes);
    expect(await rowCounts(srv.dataDir)).toEqual(rows);

    // The socket says the same.
    const { socket } = await connect(srv.url, m2.token);
    expect(await socket.emitWithAck('questions:update', { questions: big('b') })).toMatchObject({
      ok: false,
      error: { code: 'payload_too_large' },
    });

    // Fill up to just under the cap: what fits is accepted.
    let fitted = 0;
    for (let n = 500; n > 10 && fitted === 0; n -= 10)
      if ((await put(m2.token, big('b', n))).status === 200) fitted = n;
    expect(fitted).toBeGreaterThan(0);
    expect(await srv.store.storedBytes(ev.id)).toBeLessThanOrEqual(25_000);
    // A running event at its cap still runs: clock commands may go beyond it (headroom).
    for (let i = 0; i < 20; i++) await clock(srv.url, ev, { action: i % 2 === 0 ? 'pause' : 'resume' });
    expect(await srv.store.storedBytes(ev.id)).toBeGreaterThan(25_000);
    // Shrinking is always allowed, growing is not.
    expect((await put(m1.token, ['short'])).status).toBe(200);
    expect((await put(m1.token, big('a'))).status).toBe(413);
    expect((await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${m2.id}`, { key: ev.key })).status).toBe(204);

    // The running count is what the rows hold: a store opened afresh measures the same.
    const fresh = await openTestStore(srv.dataDir);
    expect(await fresh.storedBytes(ev.id)).toBe(await srv.store.storedBytes(ev.id));
    await fresh.close();
  });

  it('an import larger than the cap is refused and creates nothing', async () => {
    const source = await serve({});
    const ev = await seedEvent(source.url, { mentors: 1, mentees: 3 });
    for (const m of ev.mentees) {
      const r = await call(source.url, 'PUT', '/api/me/questions', { key: m.token, body: { questions: big('q') } });
      expect(r.status).toBe(200);
    }
    const backup = await backupOf(source, ev);
    const small = await serve({ storeOptions: { maxEventBytes: 20_000 } });
    const r = await call(small.url, 'POST', '/api/events/import', { body: backup });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
    expect((await rowCounts(small.dataDir)).events).toBe(0);
    expect((await rowCounts(small.dataDir)).people).toBe(0);
  });
});

describe('the free-disk floor', () => {
  it('below it no event is created or imported (507); running events keep writing', async () => {
    const { time, now } = fakeTime();
    let free = 10 * 1024 * MiB;
    const asked: string[] = [];
    const statfs: StatFs = (dir) => {
      asked.push(dir);
      return { bavail: free / 4096, bsize: 4096 };
    };
    const srv = await serve({ now, statfs, limits: { minFreeDiskBytes: 256 * MiB } });
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 });
    await clock(srv.url, ev, { action: 'start' });
    const backup = await backupOf(srv, ev);
    expect(asked[0]).toBe(srv.dataDir);

    free = 100 * MiB;
    time.t += 5000; // the free space is looked at every 5 s at most
    const refused = await call(srv.url, 'POST', '/api/events', { body: SETTINGS });
    expect(refused.status).toBe(507);
    expect(refused.body.error).toMatchObject({
      code: 'insufficient_storage',
      message: expect.stringMatching(/disk is nearly full \(100 MiB free.*running are not affected/),
    });
    expect((await call(srv.url, 'POST', '/api/events/import', { body: backup })).status).toBe(507);
    expect((await rowCounts(srv.dataDir)).events).toBe(1);

    // The running event goes on: people, questions, the clock.
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: [{ name: 'Late Larry' }] },
    });
    expect(added.status).toBe(201);
    await clock(srv.url, ev, { action: 'pause' });
    const mine = { questions: ['still writing'] };
    expect((await call(srv.url, 'PUT', '/api/me/questions', { key: ev.mentees[0]!.token, body: mine })).status).toBe(
      200,
    );

    free = 2048 * MiB;
    expect((await call(srv.url, 'POST', '/api/events', { body: SETTINGS })).status).toBe(507); // still cached
    time.t += 5000;
    expect((await call(srv.url, 'POST', '/api/events', { body: SETTINGS })).status).toBe(201);
  });
});

describe('TABLEHOP_CREATE_KEY', () => {
  const KEY = 'invited-organizers-only-2030';

  it('without it, anyone may create, and the instance says so', async () => {
    const srv = await serve({});
    expect((await call(srv.url, 'GET', '/api/instance')).body).toMatchObject({ createKeyRequired: false });
    expect((await call(srv.url, 'POST', '/api/events', { body: SETTINGS })).status).toBe(201);
  });

  it('with it, creating and importing need it: missing or wrong → 401, right → 201', async () => {
    const srv = await serve({ createKey: KEY, limits: { badKeysPerIpPerMinute: 6 } });
    expect((await call(srv.url, 'GET', '/api/instance')).body).toMatchObject({ createKeyRequired: true });

    const none = await call(srv.url, 'POST', '/api/events', { body: SETTINGS });
    expect(none.status).toBe(401);
    expect(none.body.error.message).toMatch(/only lets invited organizers create events/);
    expect((await call(srv.url, 'POST', '/api/events', { body: SETTINGS, key: `${KEY}x` })).status).toBe(401);

    const made = await call(srv.url, 'POST', '/api/events', { body: SETTINGS, key: KEY });
    expect(made.status).toBe(201);
    const ev = { id: made.body.event.id, key: made.body.organizerKey };
    const backup = await backupOf(srv, ev);
    expect((await call(srv.url, 'POST', '/api/events/import', { body: backup })).status).toBe(401);
    expect((await call(srv.url, 'POST', '/api/events/import', { body: backup, key: KEY })).status).toBe(201);

    // No other key opens it, however the path is spelt; the event's own calls are unaffected.
    for (const path of ['/api/events', '/api/Events/', '/api/events/IMPORT'])
      expect((await call(srv.url, 'POST', path, { body: SETTINGS, key: ev.key })).status).toBe(401);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).status).toBe(200);
    expect(
      (await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { name: 'Renamed' } })).status,
    ).toBe(200);

    // Guessing is rate limited like any wrong key (6 a minute here; 4 were wrong so far).
    const guesses = [];
    for (let i = 0; i < 3; i++)
      guesses.push((await call(srv.url, 'POST', '/api/events', { body: SETTINGS, key: `guess-${i}-${KEY}` })).status);
    expect(guesses).toEqual([401, 401, 429]);
  });
});
