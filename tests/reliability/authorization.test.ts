import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../shared/protocol/views';
import { DEFAULT_LIMITS } from '../../server/rate-limit';
import { personTokenOf, projectorKeyOf } from '../../server/secrets';
import { call, clock, createEvent, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, connectError, received, settle, type TestSocket } from '../support/sockets';
import { viewsOf } from './support/state';

// Extends tests/integration/auth-matrix.test.ts (every HTTP call × role) with what it does not
// cover: every socket event × role, keys that look right but are not (forged with another key,
// of a deleted event or a removed person, altered), isolation between events, and the wrong-key
// rate limit at its documented budget.

let srv: TestServer;
let ev: SeededEvent; // event A: running
let other: SeededEvent; // event B
let gone: { key: string; projectorKey: string; token: string }; // keys of a deleted event
let removedToken: string;

beforeAll(async () => {
  srv = await startServer();
  ev = await seedEvent(srv.url, { mentors: 2, mentees: 4 }, { tableCapacity: 2, rounds: 2, roundSeconds: 3600 });
  await clock(srv.url, ev, { action: 'start' });
  other = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2, roundSeconds: 3600 });
  await clock(srv.url, other, { action: 'start' });
  const deleted = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
  gone = { key: deleted.key, projectorKey: deleted.projectorKey, token: deleted.mentees[0]!.token };
  await call(srv.url, 'DELETE', `/api/events/${deleted.id}`, { key: deleted.key });
  removedToken = ev.mentees[3]!.token;
  await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${ev.mentees[3]!.id}`, { key: ev.key });
});
afterAll(() => srv.close());
afterEach(() => closeAll());

/** Keys that must open nothing: each is refused as unknown (401), never as someone else. */
const impostors = (): Record<string, unknown> => {
  const mentee = ev.mentees[0]!;
  const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
  return {
    none: undefined,
    'random, right shape': randomBytes(32).toString('base64url'),
    'organizer key truncated': ev.key.slice(0, -1),
    'organizer key extended': `${ev.key}A`,
    'person token truncated': mentee.token.slice(0, 20),
    'person token, one character changed': flip(mentee.token),
    'person token, other case':
      mentee.token.toUpperCase() === mentee.token ? mentee.token.toLowerCase() : mentee.token.toUpperCase(),
    'person token derived from another key': personTokenOf(randomBytes(24).toString('base64url'), mentee.id),
    'projector key derived from another key': projectorKeyOf(randomBytes(24).toString('base64url')),
    'person token derived from the projector key': personTokenOf(ev.projectorKey, mentee.id),
    'organizer key of a deleted event': gone.key,
    'projector key of a deleted event': gone.projectorKey,
    'token of a deleted event': gone.token,
    'token of a removed person': removedToken,
    'empty string': '',
    'not a string': 12345,
  };
};

describe('keys that are not quite keys', () => {
  it('open no HTTP call (401) and no socket (unauthorized)', async () => {
    for (const [name, key] of Object.entries(impostors())) {
      for (const [method, path] of [
        ['GET', '/api/me'],
        ['GET', '/api/projector'],
        ['GET', `/api/events/${ev.id}`],
        ['PUT', '/api/me/questions'],
      ] as const) {
        if (typeof key !== 'string' && key !== undefined) continue;
        const r = await call(srv.url, method, path, {
          headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
          body: method === 'PUT' ? { questions: ['x'] } : undefined,
        });
        expect(r.status, `${name}: ${method} ${path}`).toBe(401);
        expect(r.body.error.code).toBe('unauthorized');
      }
      const err = await connectError(srv.url, key);
      expect(err.data?.code, name).toBe('unauthorized');
    }
  });
});

type Role = 'organizer' | 'otherOrganizer' | 'mentor' | 'mentee' | 'projector';
const ROLES: Role[] = ['organizer', 'otherOrganizer', 'mentor', 'mentee', 'projector'];
const tokenOf = (r: Role) =>
  ({
    organizer: ev.key,
    otherOrganizer: other.key,
    mentor: ev.mentors[0]!.token,
    mentee: ev.mentees[0]!.token,
    projector: ev.projectorKey,
  })[r];
const tokens = () => [ev.mentees[0]!.token, ev.mentees[1]!.token, ev.mentors[0]!.token];

describe('every socket event × every role', () => {
  const sockets = {} as Record<Role, TestSocket>;
  const connectAll = async () => {
    for (const r of ROLES) sockets[r] = (await connect(srv.url, tokenOf(r))).socket;
  };

  it('time: anyone', async () => {
    await connectAll();
    for (const r of ROLES)
      expect(await sockets[r].emitWithAck('time', { clientSentAt: 7 }), r).toMatchObject({
        ok: true,
        data: { clientSentAt: 7 },
      });
  });

  it('snapshot:get: anyone, and each gets exactly their own view', async () => {
    await connectAll();
    for (const r of ROLES) {
      const ack = await sockets[r].emitWithAck('snapshot:get', {});
      expect(ack.ok, r).toBe(true);
      const snap = snapshotSchema.parse(ack.ok ? ack.data : null);
      const eventId =
        snap.role === 'organizer'
          ? snap.organizer.event.id
          : snap.role === 'projector'
            ? snap.projector.event.id
            : snap.me.event.id;
      expect(eventId, r).toBe(r === 'otherOrganizer' ? other.id : ev.id);
      expect(snap.role, r).toBe(r === 'otherOrganizer' ? 'organizer' : r);
      if (snap.role === 'mentor' || snap.role === 'mentee')
        expect(snap.me.person.id).toBe(r === 'mentor' ? ev.mentors[0]!.id : ev.mentees[0]!.id);
    }
  });

  it('clock:command: the organizer only; everyone else is forbidden and nothing changes', async () => {
    await connectAll();
    const before = await viewsOf(srv.url, ev, tokens());
    for (const r of ['mentor', 'mentee', 'projector'] as const) {
      for (const action of ['pause', 'skip', 'end', 'extend'] as const) {
        expect(await sockets[r].emitWithAck('clock:command', { action }), `${r} ${action}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(await viewsOf(srv.url, ev, tokens())).toEqual(before);
    // Another event's organizer commands only their own event.
    expect(await sockets.otherOrganizer.emitWithAck('clock:command', { action: 'extend', seconds: 5 })).toMatchObject({
      ok: true,
    });
    expect(await viewsOf(srv.url, ev, tokens())).toEqual(before);
    expect(await sockets.organizer.emitWithAck('clock:command', { action: 'extend', seconds: 5 })).toMatchObject({
      ok: true,
    });
    expect(await viewsOf(srv.url, ev, tokens())).not.toEqual(before);
  });

  it('questions:update: a mentee only, their own questions only', async () => {
    await connectAll();
    const before = await viewsOf(srv.url, ev, tokens());
    for (const r of ['organizer', 'otherOrganizer', 'mentor', 'projector'] as const) {
      expect(await sockets[r].emitWithAck('questions:update', { questions: [`from ${r}`] }), r).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await viewsOf(srv.url, ev, tokens())).toEqual(before);
    expect(await sockets.mentee.emitWithAck('questions:update', { questions: ['Mine'] })).toMatchObject({ ok: true });
    const me = (id: string) =>
      call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key }).then(
        (r) => r.body.mentees.find((m: { id: string }) => m.id === id).questions,
      );
    expect(await me(ev.mentees[0]!.id)).toEqual(['Mine']);
    expect(await me(ev.mentees[1]!.id)).toEqual(['Q1 of mentee 2', 'Q2 of mentee 2']);
  });
});

describe('calls newer than the HTTP matrix', () => {
  // tests/integration/auth-matrix.test.ts predates these: exports, backup, attendance, preview.
  const who = () => ({
    none: null,
    forged: randomBytes(32).toString('base64url'),
    truncated: ev.key.slice(0, -3),
    otherOrganizer: other.key,
    mentor: ev.mentors[0]!.token,
    mentee: ev.mentees[0]!.token,
    projector: ev.projectorKey,
    organizer: ev.key,
  });
  // 'ok': let through (the answer may still be a 409 for the event's state, never 401/403).
  const only =
    (...ok: string[]) =>
    (role: string) =>
      role === 'none' || role === 'forged' || role === 'truncated' ? 401 : ok.includes(role) ? 'ok' : 403;
  const cases: [string, string, (e: SeededEvent) => string, unknown, (role: string) => number | 'ok'][] = [
    ['GET', 'people.csv', (e) => `/api/events/${e.id}/people.csv`, undefined, only('organizer')],
    ['GET', 'schedule.people.csv', (e) => `/api/events/${e.id}/schedule.people.csv`, undefined, only('organizer')],
    ['GET', 'schedule.csv', (e) => `/api/events/${e.id}/schedule.csv`, undefined, only('organizer')],
    ['GET', 'backup', (e) => `/api/events/${e.id}/backup`, undefined, only('organizer')],
    ['POST', 'schedule/preview', (e) => `/api/events/${e.id}/schedule/preview`, {}, only('organizer')],
    [
      'POST',
      'people/:id/status',
      (e) => `/api/events/${e.id}/people/${e.mentees[1]!.id}/status`,
      { status: 'present' },
      only('organizer'),
    ],
    ['POST', 'me/check-in', () => '/api/me/check-in', {}, only('mentor', 'mentee')],
    ['POST', 'me/here', () => '/api/me/here', {}, only('mentor', 'mentee')],
    ['GET', 'report', (e) => `/api/events/${e.id}/report`, undefined, only('organizer')],
    ['GET', 'export/follow-ups.csv', (e) => `/api/events/${e.id}/export/follow-ups.csv`, undefined, only('organizer')],
    ['GET', 'me/meetings', () => '/api/me/meetings', undefined, only('mentor', 'mentee')],
    ['GET', 'me/meetings.ics', () => '/api/me/meetings.ics', undefined, only('mentor', 'mentee')],
    ['GET', 'me/meetings.csv', () => '/api/me/meetings.csv', undefined, only('mentor', 'mentee')],
    ['PUT', 'me/sharing', () => '/api/me/sharing', { share: 'none' }, only('mentor', 'mentee')],
  ];
  it.each(cases)('%s %s', async (method, _name, path, body, want) => {
    for (const [role, key] of Object.entries(who())) {
      const r = await call(srv.url, method, path(ev), { key, body });
      const expected = want(role);
      if (expected === 'ok') expect([200, 409], `${role}: ${r.text.slice(0, 100)}`).toContain(r.status);
      else expect(r.status, `${role}: ${r.text.slice(0, 100)}`).toBe(expected);
      if (r.status >= 400) expect(r.text, role).not.toMatch(/Mentee 1|Q1 of/);
    }
  });
});

describe('events are isolated', () => {
  it('sockets of one event hear nothing of another', async () => {
    const theirs = [
      await connect(srv.url, other.key),
      await connect(srv.url, other.mentees[0]!.token),
      await connect(srv.url, other.projectorKey),
    ];
    const organizer = await connect(srv.url, ev.key);
    await organizer.socket.emitWithAck('clock:command', { action: 'extend', seconds: 1 });
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentees[1]!.id}`, {
      key: ev.key,
      body: { name: 'Renamed in A' },
    });
    await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { name: 'A renamed' } });
    await settle(300);
    for (const t of theirs) {
      expect(received(t.socket, 'clock:changed')).toEqual([]);
      expect(received(t.socket, 'snapshot:updated')).toEqual([]);
    }
  });

  it("an organizer cannot reach another event's people through their own event", async () => {
    const before = await viewsOf(srv.url, other, [other.mentees[0]!.token]);
    const theirs = other.mentees[0]!.id;
    expect(
      (
        await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${theirs}`, {
          key: ev.key,
          body: { name: 'Hijacked' },
        })
      ).status,
    ).toBe(404);
    expect((await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${theirs}`, { key: ev.key })).status).toBe(404);
    // Wishes name mentors of the same event only.
    const wish = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: [{ name: 'X', wishes: [`${other.mentors[0]!.name} of B`] }] },
    });
    expect(wish.status).toBe(400);
    expect(await viewsOf(srv.url, other, [other.mentees[0]!.token])).toEqual(before);
  });
});

describe('wrong keys are rate limited at the documented budget', () => {
  let limited: TestServer;
  let wall = Date.now();
  beforeAll(async () => {
    limited = await startServer({
      now: () => wall,
      limits: { badKeysPerIpPerMinute: DEFAULT_LIMITS.badKeysPerIpPerMinute },
    });
  });
  afterAll(() => limited.close());

  it('HTTP and socket guesses share one budget per address; the window then reopens', async () => {
    const a = await createEvent(limited.url);
    const guess = () => randomBytes(32).toString('base64url');
    const budget = DEFAULT_LIMITS.badKeysPerIpPerMinute;
    expect(budget).toBe(20);
    const statuses: number[] = [];
    for (let i = 0; i < budget / 2; i++)
      statuses.push((await call(limited.url, 'GET', '/api/me', { key: guess() })).status);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < budget / 2; i++) codes.push((await connectError(limited.url, guess())).data?.code);
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect(codes.every((c) => c === 'unauthorized')).toBe(true);
    // Over budget: the next guess of any kind is refused outright, whether right or wrong shape.
    const over = await call(limited.url, 'PUT', '/api/me/questions', { key: guess(), body: { questions: ['x'] } });
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('rate_limited');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await connectError(limited.url, guess())).data?.code).toBe('rate_limited');
    expect((await call(limited.url, 'GET', `/api/events/${a.id}`, { key: 'short' })).status).toBe(429);
    // Valid keys from the same address still work…
    expect((await call(limited.url, 'GET', `/api/events/${a.id}`, { key: a.key })).status).toBe(200);
    // …and a minute later guessing is possible again (a window, not a lockout).
    wall += 60_001;
    expect((await call(limited.url, 'GET', '/api/me', { key: guess() })).status).toBe(401);
  });
});
