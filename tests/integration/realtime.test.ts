import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { snapshotSchema, type Snapshot } from '../../shared/protocol/views';
import { call, clock, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, connectError, drain, received, settle, waitFor } from '../support/sockets';

/**
 * A foreign Origin is refused at the WebSocket upgrade (HTTP 400), before the key is looked
 * at: the client sees a transport error, not the handshake's key error.
 */
async function expectOriginRefused(url: string, key: string, origin: string): Promise<void> {
  const err = await connectError(url, key, { extraHeaders: { origin } });
  expect(err.message, origin).toBe('websocket error');
  expect((err as { description?: { message?: string } }).description?.message, origin).toBe(
    'Unexpected server response: 400',
  );
}

/** What the server's engine reported refusing (`connection_error`) while `run` ran. */
async function engineRefusals(
  server: TestServer,
  run: () => Promise<void>,
): Promise<{ origin: unknown; code: unknown; message: unknown; context: unknown }[]> {
  const seen: { origin: unknown; code: unknown; message: unknown; context: unknown }[] = [];
  const listener = (e: {
    req: { headers: Record<string, unknown> };
    code: unknown;
    message: unknown;
    context: unknown;
  }) => seen.push({ origin: e.req.headers.origin, code: e.code, message: e.message, context: e.context });
  server.app.io.engine.on('connection_error', listener);
  try {
    await run();
  } finally {
    server.app.io.engine.off('connection_error', listener);
  }
  return seen;
}

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

describe('handshake', () => {
  it('sends each role its snapshot on connect', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 });
    const org = await connect(srv.url, ev.key);
    const o = snapshotSchema.parse(org.snapshot);
    expect(o.role).toBe('organizer');
    expect(o.role === 'organizer' && o.organizer.mentees[0]!.token).toBe(ev.mentees[0]!.token);
    expect(snapshotSchema.parse((await connect(srv.url, ev.mentors[0]!.token)).snapshot)).toMatchObject({
      role: 'mentor',
      me: { person: { id: ev.mentors[0]!.id } },
    });
    expect(snapshotSchema.parse((await connect(srv.url, ev.mentees[1]!.token)).snapshot)).toMatchObject({
      role: 'mentee',
      me: { person: { id: ev.mentees[1]!.id } },
    });
    const p = snapshotSchema.parse((await connect(srv.url, ev.projectorKey)).snapshot);
    expect(p.role).toBe('projector');
    expect(JSON.stringify(p)).not.toMatch(/questions|token/);
  });

  it('refuses a missing, wrong, truncated or non-string key with a clear message', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 0 });
    for (const token of [undefined, 'x'.repeat(43), ev.key.slice(0, -3), 42]) {
      const err = await connectError(srv.url, token);
      expect(err.message, String(token)).toMatch(/key/);
      expect(err.data?.code).toBe('unauthorized');
    }
  });

  it('checks Origin: own origin and no Origin pass, a foreign one is refused', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 0 });
    expect((await connect(srv.url, ev.key, { extraHeaders: { origin: srv.url } })).snapshot).toMatchObject({
      role: 'organizer',
      organizer: { event: { id: ev.id } },
    });
    // No Origin header: a script, which the key alone authorizes.
    const origins: unknown[] = [];
    const onUpgrade = (req: { headers: Record<string, unknown> }) => void origins.push(req.headers.origin);
    srv.app.http.on('upgrade', onUpgrade);
    try {
      expect((await connect(srv.url, ev.key)).snapshot).toMatchObject({
        role: 'organizer',
        organizer: { event: { id: ev.id } },
      });
    } finally {
      srv.app.http.off('upgrade', onUpgrade);
    }
    expect(origins).toEqual([undefined]);
    const refusals = await engineRefusals(srv, () => expectOriginRefused(srv.url, ev.key, 'https://evil.example'));
    expect(refusals).toEqual([
      { origin: 'https://evil.example', code: 4, message: 'Forbidden', context: { message: 'origin not allowed' } },
    ]);
  });

  it('lets an allow-listed origin in', async () => {
    const other = await startServer({ allowedOrigins: ['https://console.example'] });
    try {
      const ev = await seedEvent(other.url, { mentors: 1, mentees: 0 });
      const { snapshot } = await connect(other.url, ev.key, { extraHeaders: { origin: 'https://console.example' } });
      expect(snapshotSchema.parse(snapshot)).toMatchObject({ role: 'organizer', organizer: { event: { id: ev.id } } });
      // The allow-list is what let it in: it admits that origin only, and a server without it refuses that origin.
      await expectOriginRefused(other.url, ev.key, 'https://other.example');
      const own = await seedEvent(srv.url, { mentors: 1, mentees: 0 });
      await expectOriginRefused(srv.url, own.key, 'https://console.example');
    } finally {
      closeAll();
      await other.close();
    }
  });

  it('connects over long-polling too', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const { snapshot } = await connect(srv.url, ev.mentees[0]!.token, { transports: ['polling'] });
    expect(snapshot.role).toBe('mentee');
  });
});

describe('time sync', () => {
  it('answers time with the server clock', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const { socket } = await connect(srv.url, ev.mentees[0]!.token);
    const sent = Date.now();
    const r = await socket.emitWithAck('time', { clientSentAt: sent });
    expect(r).toMatchObject({ ok: true, data: { clientSentAt: sent } });
    if (r.ok) expect(Math.abs(r.data.serverNow - Date.now())).toBeLessThan(1000);
  });
});

describe('clock broadcasts', () => {
  it('an organizer command reaches every socket of the event as one clock:changed', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 });
    const org = await connect(srv.url, ev.key);
    const phone1 = await connect(srv.url, ev.mentees[0]!.token);
    const phone2 = await connect(srv.url, ev.mentors[1]!.token);
    const proj = await connect(srv.url, ev.projectorKey);
    const ack = await org.socket.emitWithAck('clock:command', { action: 'start' });
    expect(ack).toMatchObject({ ok: true, data: { status: 'running', phase: { index: 0 } } });
    for (const s of [org, phone1, phone2, proj]) {
      const c = await waitFor<ClockSnapshot>(s.socket, 'clock:changed');
      expect(c).toMatchObject({ status: 'running', phase: { index: 0, kind: 'meeting', round: 1 } });
    }
    // And an HTTP command too.
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    for (const s of [org, phone1, phone2, proj])
      expect(await waitFor<ClockSnapshot>(s.socket, 'clock:changed')).toMatchObject({ phase: { index: 1 } });
    await settle();
    for (const s of [org, phone1, phone2, proj]) expect(received(s.socket, 'clock:changed')).toHaveLength(0);
  });

  it('a double skip over sockets skips once', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 });
    const a = await connect(srv.url, ev.key);
    const b = await connect(srv.url, ev.key);
    await a.socket.emitWithAck('clock:command', { action: 'start' });
    const acks = await Promise.all([
      a.socket.emitWithAck('clock:command', { action: 'skip', expectedPhase: 0 }),
      b.socket.emitWithAck('clock:command', { action: 'skip', expectedPhase: 0 }),
    ]);
    expect(acks.map((x) => x.ok).sort()).toEqual([false, true]);
    expect(acks.find((x) => !x.ok)).toMatchObject({ error: { code: 'conflict' } });
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body.phase.index).toBe(1);
  });

  it('auto-advances with short rounds; a connected phone hears each phase change', async () => {
    const ev = await seedEvent(
      srv.url,
      { mentors: 2, mentees: 2 },
      { roundSeconds: 1, changeoverSeconds: 1, rounds: 2 },
    );
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    const started = await clock(srv.url, ev, { action: 'start' });
    await waitFor(phone.socket, 'clock:changed', (c: ClockSnapshot) => c.phase?.index === 0);
    const changeover = await waitFor<ClockSnapshot>(phone.socket, 'clock:changed', () => true, 3000);
    expect(changeover).toMatchObject({ status: 'running', phase: { index: 1, kind: 'changeover', round: 2 } });
    // Deadlines are absolute: phase 1 starts exactly when phase 0 was due to end.
    expect(changeover.phaseEndsAt).toBe(started.phaseEndsAt + 1000);
    expect(Math.abs(changeover.serverNow - started.phaseEndsAt)).toBeLessThan(500);
    expect(await waitFor<ClockSnapshot>(phone.socket, 'clock:changed', () => true, 3000)).toMatchObject({
      phase: { index: 2, kind: 'meeting', round: 2 },
    });
    expect(await waitFor<ClockSnapshot>(phone.socket, 'clock:changed', () => true, 3000)).toMatchObject({
      status: 'finished',
    });
    expect(srv.app.service.armed().has(ev.id)).toBe(false);
  });

  it('a phone cannot command the clock', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    expect(await phone.socket.emitWithAck('clock:command', { action: 'start' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body.status).toBe('idle');
  });
});

describe('bad payloads', () => {
  it('get an error ack and change nothing', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const org = await connect(srv.url, ev.key);
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    const bad: [typeof org.socket, string, unknown][] = [
      [phone.socket, 'time', { clientSentAt: 'now' }],
      [phone.socket, 'time', { clientSentAt: 1, extra: true }],
      [phone.socket, 'time', 'hello'],
      [phone.socket, 'snapshot:get', { please: 1 }],
      [phone.socket, 'questions:update', { questions: 'one' }],
      [phone.socket, 'questions:update', { questions: ['ok'], admin: true }],
      [phone.socket, 'questions:update', { questions: Array(31).fill('q') }],
      [phone.socket, 'questions:update', { questions: ['x'.repeat(5000)] }],
      [org.socket, 'clock:command', { action: 'fly' }],
      [org.socket, 'clock:command', { action: 'extend', seconds: 'lots' }],
      [org.socket, 'clock:command', null],
    ];
    for (const [socket, event, payload] of bad) {
      const r = await (socket.emitWithAck as (e: string, p: unknown) => Promise<unknown>)(event, payload);
      expect(r, `${event} ${JSON.stringify(payload).slice(0, 40)}`).toMatchObject({
        ok: false,
        error: { code: 'bad_request' },
      });
    }
    // A misspelt field is named, with the one that was probably meant.
    expect(
      await (phone.socket.emitWithAck as (e: string, p: unknown) => Promise<unknown>)('questions:update', {
        questoins: ['Q?'],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        issues: expect.arrayContaining([
          {
            path: 'questoins',
            message: 'unknown field; did you mean "questions"?',
            code: 'unknownFieldMeant',
            params: { suggestion: 'questions' },
          },
        ]),
      },
    });
    // Missing payload (ack only) is answered too.
    expect(await (phone.socket.emitWithAck as (e: string) => Promise<unknown>)('time')).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.clock).toMatchObject({ status: 'idle', version: 0 });
    expect(view.mentees[0].questions).toEqual(['Q1 of mentee 1', 'Q2 of mentee 1']);
    // Sockets are still usable.
    expect(await phone.socket.emitWithAck('time', { clientSentAt: 1 })).toMatchObject({ ok: true });
  });

  it('a message over the size limit closes the socket and changes nothing', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    const closed = new Promise<{ reason: string; closeCode: unknown }>((resolve) =>
      phone.socket.on('disconnect', (reason, details) =>
        resolve({ reason, closeCode: (details as { context?: { code?: unknown } } | undefined)?.context?.code }),
      ),
    );
    phone.socket.emit('questions:update', { questions: ['x'.repeat(200 * 1024)] }, () => {});
    const stillOpen = new Promise<{ reason: string; closeCode: unknown }>((resolve) =>
      setTimeout(() => resolve({ reason: 'still connected after 3 s', closeCode: null }), 3000),
    );
    // The server drops the WebSocket with 1009 (message too big): not a client close, not a server disconnect().
    expect(await Promise.race([closed, stillOpen])).toEqual({ reason: 'transport close', closeCode: 1009 });
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.mentees[0].questions).toEqual(['Q1 of mentee 1', 'Q2 of mentee 1']);
  });
});

describe('snapshots reach exactly the people concerned', () => {
  it('question edit: the mentee, their mentors now/next, the organizer; no other mentee, no projector', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2, tableCapacity: 1 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const org = await connect(srv.url, ev.key);
    const proj = await connect(srv.url, ev.projectorKey);
    const a = await connect(srv.url, ev.mentees[0]!.token);
    const b = await connect(srv.url, ev.mentees[1]!.token);
    const m1 = await connect(srv.url, ev.mentors[0]!.token);
    const m2 = await connect(srv.url, ev.mentors[1]!.token);
    const aRounds = a.snapshot.role === 'mentee' ? a.snapshot.me.rounds : [];
    const aMentors = new Set(aRounds.flatMap((r) => (r.mentorId ? [r.mentorId] : [])));

    const ack = await a.socket.emitWithAck('questions:update', { questions: ['New question'] });
    expect(ack).toEqual({ ok: true, data: { questions: ['New question'] } });
    const mine = await waitFor<Snapshot>(a.socket, 'snapshot:updated');
    expect(mine.role === 'mentee' && mine.me.person.questions).toEqual(['New question']);
    const orgSnap = await waitFor<Snapshot>(org.socket, 'snapshot:updated');
    expect(orgSnap.role === 'organizer' && orgSnap.organizer.mentees[0]!.questions).toEqual(['New question']);
    for (const [m, s] of [
      [ev.mentors[0]!, m1],
      [ev.mentors[1]!, m2],
    ] as const) {
      if (aMentors.has(m.id)) {
        const snap = await waitFor<Snapshot>(s.socket, 'snapshot:updated');
        expect(JSON.stringify(snap)).toContain('New question');
      }
    }
    await settle();
    expect(received(b.socket, 'snapshot:updated')).toHaveLength(0);
    expect(received(proj.socket, 'snapshot:updated')).toHaveLength(0);
    for (const s of [a, b, m1, m2, org, proj]) expect(received(s.socket, 'clock:changed')).toHaveLength(0);
  });

  it('on a rename: the organizer, the projector and whoever sees the name', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2, tableCapacity: 1 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const org = await connect(srv.url, ev.key);
    const proj = await connect(srv.url, ev.projectorKey);
    const a = await connect(srv.url, ev.mentees[0]!.token);
    const b = await connect(srv.url, ev.mentees[1]!.token);
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentees[0]!.id}`, {
      key: ev.key,
      body: { name: 'Alex' },
    });
    for (const s of [org, proj, a])
      expect(JSON.stringify(await waitFor(s.socket, 'snapshot:updated'))).toContain('Alex');
    await settle();
    expect(received(b.socket, 'snapshot:updated')).toHaveLength(0);
  });

  it('on a change of round length: the projector too, since it runs the clock on by itself', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2, tableCapacity: 1 });
    const proj = await connect(srv.url, ev.projectorKey);
    await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { roundSeconds: 480 } });
    const snap = snapshotSchema.parse(await waitFor(proj.socket, 'snapshot:updated'));
    expect(snap.role === 'projector' && snap.projector.event.roundSeconds).toBe(480);
  });

  it('a round change pushes each mentor the questions of the new now and next, unasked', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 3 }, { rounds: 3, tableCapacity: 1 });
    const org = await connect(srv.url, ev.key);
    const mentor = await connect(srv.url, ev.mentors[0]!.token);
    const mentee = await connect(srv.url, ev.mentees[0]!.token);
    await org.socket.emitWithAck('clock:command', { action: 'start' });
    await settle(100);
    drain(mentor.socket);
    drain(mentee.socket);
    await org.socket.emitWithAck('clock:command', { action: 'skip', expectedPhase: 0 });
    const changed = await waitFor<ClockSnapshot>(mentor.socket, 'clock:changed', (c) => c.phase?.index === 1);
    expect(changed.phase).toMatchObject({ kind: 'changeover', round: 2 });
    const snap = await waitFor<Snapshot>(mentor.socket, 'snapshot:updated');
    const rounds = snap.role === 'mentor' ? snap.me.rounds : [];
    expect(rounds.filter((x) => x.mentees.some((m) => m.questions)).map((x) => x.round)).toEqual([2, 3]);
    // The page derives "now" from the clock: round 2 is the one people are moving to.
    expect(snap.role === 'mentor' && snap.me.clock).toMatchObject({ status: 'running', phase: { round: 2 } });
    expect(snap.role === 'mentor' && 'now' in snap.me).toBe(false);
    // Asking still answers the same page (scripts may ask), and GET /api/me spells out now and next.
    const r = await mentor.socket.emitWithAck('snapshot:get', {});
    expect(r.ok && r.data.role === 'mentor' && r.data.me.rounds).toEqual(rounds);
    const me = (await call(srv.url, 'GET', '/api/me', { key: ev.mentors[0]!.token })).body as {
      now: { round: number };
      next: { round: number };
    };
    expect([me.now.round, me.next.round]).toEqual([2, 3]);
    // A mentee's page does not change with the round (they derive where to go): nothing is pushed.
    await settle(200);
    expect(received(mentee.socket, 'snapshot:updated')).toHaveLength(0);
  });

  it('the protocol version at connect: another is told to reload, the same or none (a script) gets in', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const token = ev.mentees[0]!.token;
    const attempt = (auth: Record<string, unknown>) => {
      const socket = io(srv.url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
      return new Promise<{ connected: boolean; code?: string; message?: string }>((resolve) => {
        socket.on('connect', () => {
          socket.close();
          resolve({ connected: true });
        });
        socket.on('connect_error', (err) => {
          socket.close();
          resolve({
            connected: false,
            code: (err as Error & { data?: { code?: string } }).data?.code,
            message: err.message,
          });
        });
      });
    };
    expect(await attempt({ token, protocol: PROTOCOL_VERSION - 1 })).toEqual({
      connected: false,
      code: 'outdated_client',
      message: 'this page is from another version of Tablehop: reload it',
    });
    expect(await attempt({ token, protocol: 'latest' })).toMatchObject({ connected: false, code: 'outdated_client' });
    expect(await attempt({ token, protocol: PROTOCOL_VERSION })).toEqual({ connected: true });
    expect(await attempt({ token })).toEqual({ connected: true });
  });

  it('a removed person is disconnected; a deleted event tells everyone', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 });
    const gone = await connect(srv.url, ev.mentees[0]!.token);
    const stays = await connect(srv.url, ev.mentees[1]!.token);
    const closed = new Promise((r) => gone.socket.on('disconnect', r));
    await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${ev.mentees[0]!.id}`, { key: ev.key });
    await closed;
    expect(stays.socket.connected).toBe(true);
    await call(srv.url, 'DELETE', `/api/events/${ev.id}`, { key: ev.key });
    expect(await waitFor(stays.socket, 'event:deleted')).toEqual({ eventId: ev.id });
  });
});

describe('socket rate limit', () => {
  it('answers rate_limited past the per-socket budget', async () => {
    const limited = await startServer({ limits: { socketEventsPer10s: 5 } });
    try {
      const ev = await seedEvent(limited.url, { mentors: 1, mentees: 1 });
      const { socket } = await connect(limited.url, ev.mentees[0]!.token);
      const acks = [];
      for (let i = 0; i < 7; i++) acks.push(await socket.emitWithAck('time', { clientSentAt: i }));
      expect(acks.slice(0, 5).every((a) => a.ok)).toBe(true);
      expect(acks[6]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    } finally {
      closeAll();
      await limited.close();
    }
  });
});
