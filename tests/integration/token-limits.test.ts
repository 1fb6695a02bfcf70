import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { call, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, waitFor, type TestSocket } from '../support/sockets';

/**
 * Per-key limits (docs/security.md, "Limits"): a link opens at most a few sockets, and its
 * writes are counted per key across all its sockets and its HTTP calls together. Time is
 * injected and stands still, so a 10-second window never ends in the middle of a test.
 */
let srv: TestServer | null = null;
afterEach(async () => {
  closeAll();
  await srv?.close();
  srv = null;
});

const fixedNow = () => {
  const clock = { t: Date.parse('2030-05-01T09:00:00Z') };
  return { clock, now: () => clock.t };
};

/** A socket that does not wait for anything (the support `connect` waits for the first snapshot). */
function rawSocket(url: string, token: string): TestSocket {
  return io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
}

const ask = (s: TestSocket) => s.timeout(5000).emitWithAck('time', { clientSentAt: 1 });
const questions = (n: number) => ({ questions: [`question ${n}`] });

describe('sockets per key', () => {
  it('a sixth socket of one token closes the oldest, which is told why; the others stay', async () => {
    srv = await startServer({ limits: { socketsPerKey: 5 } });
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 });
    const token = ev.mentees[0]!.token;
    const first: TestSocket[] = [];
    for (let i = 0; i < 5; i++) first.push((await connect(srv.url, token)).socket);
    const oldest = first[0]!;
    const reason = new Promise<string>((r) => oldest.once('disconnect', r));
    const other = await connect(srv.url, ev.mentees[1]!.token);

    const sixth = await connect(srv.url, token);
    const told = await waitFor<{ reason: string; message: string }>(oldest, 'connection:closed');
    expect(told.reason).toBe('too_many_connections');
    expect(told.message).toMatch(/open in more than 5 places/);
    // A namespace disconnect: socket.io clients do not reconnect by themselves after it.
    expect(await reason).toBe('io server disconnect');
    for (const s of [...first.slice(1), sixth.socket, other.socket]) expect((await ask(s)).ok).toBe(true);
  });

  it('thirty sockets of one token at once: five remain, the rest are closed with the reason', async () => {
    srv = await startServer({ limits: { socketsPerKey: 5 } });
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const sockets = Array.from({ length: 30 }, () => rawSocket(srv!.url, ev.key));
    const closed = new Set<TestSocket>();
    const snapshots = new Map(sockets.map((s) => [s, new Promise((r) => s.once('snapshot:updated', r))]));
    // Wait until 25 were told: by then all 30 were admitted, in whatever order they arrived.
    await new Promise<void>((done) => {
      for (const s of sockets)
        s.once('connection:closed', () => {
          closed.add(s);
          if (closed.size === 25) done();
        });
    });
    const kept = sockets.filter((s) => !closed.has(s));
    await Promise.all(kept.map((s) => snapshots.get(s)));
    expect(kept).toHaveLength(5);
    for (const s of kept) expect((await ask(s)).ok).toBe(true);
    for (const s of closed) expect(s.connected).toBe(false);
  });
});

describe('messages per key', () => {
  it('the sockets of one key share one message budget; another key has its own', async () => {
    const { now } = fixedNow();
    srv = await startServer({ now, limits: { socketEventsPer10s: 5 } });
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 });
    const token = ev.mentees[0]!.token;
    const [a, b] = [await connect(srv.url, token), await connect(srv.url, token)];
    const acks = [];
    for (let i = 0; i < 3; i++) acks.push(await ask(a.socket), await ask(b.socket));
    expect(acks.map((r) => r.ok)).toEqual([true, true, true, true, true, false]);
    expect(acks[5]).toMatchObject({ ok: false, error: { code: 'rate_limited', reason: 'tooManyLinkMessages' } });
    const other = await connect(srv.url, ev.mentees[1]!.token);
    expect((await ask(other.socket)).ok).toBe(true);
  });
});

describe('writes per key', () => {
  it('200 sockets of one token get no more writes accepted than the budget; other tokens are unaffected', async () => {
    const { now } = fixedNow();
    srv = await startServer({ now, limits: { writesPerKeyPer10s: 60, socketsPerKey: 1000 } });
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 });
    const [attacker, neighbour] = [ev.mentees[0]!, ev.mentees[1]!];
    const sockets = await Promise.all(Array.from({ length: 200 }, () => connect(srv!.url, attacker.token)));
    const calm = await connect(srv.url, neighbour.token);

    const acks = await Promise.all(
      sockets.flatMap(({ socket }, i) =>
        Array.from({ length: 5 }, (_, j) => socket.emitWithAck('questions:update', questions(i * 5 + j))),
      ),
    );
    const accepted = acks.filter((a) => a.ok);
    expect(accepted).toHaveLength(60);
    const refused = acks.filter((a) => !a.ok);
    expect(refused).toHaveLength(940);
    expect(refused.every((a) => !a.ok && a.error.code === 'rate_limited')).toBe(true);

    // The flood's HTTP writes are refused too; its reads are not writes.
    const put = await call(srv.url, 'PUT', '/api/me/questions', { key: attacker.token, body: questions(-1) });
    expect(put.status).toBe(429);
    expect(Number(put.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(srv.url, 'GET', '/api/me', { key: attacker.token })).status).toBe(200);
    expect((await ask(sockets[0]!.socket)).ok).toBe(true);

    // Another mentee, and the organizer, write as usual.
    expect((await calm.socket.emitWithAck('questions:update', questions(1))).ok).toBe(true);
    const patch = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${neighbour.id}`, {
      key: ev.key,
      body: { name: 'Still fine' },
    });
    expect(patch.status).toBe(200);
  });

  it('HTTP writes and socket commands share one budget per key, and the window reopens', async () => {
    const { clock, now } = fixedNow();
    srv = await startServer({ now, limits: { writesPerKeyPer10s: 10 } });
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const token = ev.mentees[0]!.token;
    const { socket } = await connect(srv.url, token);
    const second = await connect(srv.url, token);

    const http: number[] = [];
    for (let i = 0; i < 6; i++)
      http.push((await call(srv.url, 'PUT', '/api/me/questions', { key: token, body: questions(i) })).status);
    expect(http).toEqual([200, 200, 200, 200, 200, 200]);
    const acks = [];
    for (let i = 6; i < 9; i++) acks.push(await socket.emitWithAck('questions:update', questions(i)));
    acks.push(await second.socket.emitWithAck('questions:update', questions(9)));
    acks.push(await second.socket.emitWithAck('questions:update', questions(10)));
    expect(acks.map((a) => a.ok)).toEqual([true, true, true, true, false]);
    expect(acks[4]).toMatchObject({ ok: false, error: { code: 'rate_limited', reason: 'tooManyLinkChanges' } });
    const over = await call(srv.url, 'PUT', '/api/me/questions', { key: token, body: questions(11) });
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('rate_limited');

    // Nothing refused was applied; reads still answer.
    const me = await call(srv.url, 'GET', '/api/me', { key: token });
    expect(me.status).toBe(200);
    expect(me.body.person.questions).toEqual(['question 9']);
    expect((await ask(socket)).ok).toBe(true);

    clock.t += 10_000;
    expect((await call(srv.url, 'PUT', '/api/me/questions', { key: token, body: questions(12) })).status).toBe(200);
    expect((await socket.emitWithAck('questions:update', questions(13))).ok).toBe(true);
  });

  it("once refused, a key's next HTTP writes get the same 429 before Express, until the window reopens", async () => {
    const { clock, now } = fixedNow();
    srv = await startServer({ now, limits: { writesPerKeyPer10s: 2 } });
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 });
    const [zoe, sam] = [ev.mentees[0]!.token, ev.mentees[1]!.token];
    const put = (key: string, n: number) => call(srv!.url, 'PUT', '/api/me/questions', { key, body: questions(n) });
    expect([(await put(zoe, 1)).status, (await put(zoe, 2)).status]).toEqual([200, 200]);
    const first = await put(zoe, 3); // refused by the middleware, which notes the key
    const again = await put(zoe, 4); // refused before Express, with the same answer
    for (const r of [first, again]) {
      expect(r.status).toBe(429);
      expect(r.body).toEqual({
        error: {
          code: 'rate_limited',
          message: 'too many changes with this key (its pages and calls together); wait a few seconds',
          reason: 'tooManyChanges',
        },
      });
      expect(Number(r.headers.get('retry-after'))).toBe(10);
    }
    // The same key still reads; another key still writes; nothing refused was applied.
    const me = await call(srv.url, 'GET', '/api/me', { key: zoe });
    expect(me.body.person.questions).toEqual(['question 2']);
    expect((await put(sam, 5)).status).toBe(200);
    // Lower case "bearer" and extra spaces read the same key.
    const odd = await call(srv.url, 'PUT', '/api/me/questions', {
      headers: { authorization: `bearer   ${zoe}` },
      body: questions(6),
    });
    expect(odd.status).toBe(429);
    clock.t += 10_000;
    expect((await put(zoe, 7)).status).toBe(200);
    expect((await call(srv.url, 'GET', '/api/me', { key: zoe })).body.person.questions).toEqual(['question 7']);
  });

  it("the organizer key's clock commands over the socket count with its HTTP writes", async () => {
    const { now } = fixedNow();
    srv = await startServer({ now, limits: { writesPerKeyPer10s: 4 } });
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 }); // adding the people is write 1
    const { socket } = await connect(srv.url, ev.key);
    const patch = (name: string) =>
      call(srv!.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { name } }).then((r) => r.status);
    expect(await patch('One')).toBe(200);
    expect(await patch('Two')).toBe(200);
    expect((await socket.emitWithAck('clock:command', { action: 'start' })).ok).toBe(true);
    expect(await socket.emitWithAck('clock:command', { action: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    expect(await patch('Three')).toBe(429);
    // Reads: the organizer's view, and the projector's own key, are not writes of this key.
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.event.name).toBe('Two');
    expect((await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey })).status).toBe(200);
  });
});
