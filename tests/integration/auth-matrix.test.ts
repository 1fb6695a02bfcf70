import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/errors';
import { call, createEvent, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

type Who =
  | 'none'
  | 'forged'
  | 'truncated'
  | 'otherOrganizer'
  | 'organizer'
  | 'mentor'
  | 'mentee'
  | 'projector'
  | 'signup'
  | 'otherSignup';
const EVERYONE: Who[] = [
  'none',
  'forged',
  'truncated',
  'otherOrganizer',
  'organizer',
  'mentor',
  'mentee',
  'projector',
  'signup',
  'otherSignup',
];

let srv: TestServer;
let ev: SeededEvent;
let keys: Record<Who, string | null>;
/** A sign-up waiting for the organizer (sign-up is open with manual approval). */
let regId: string;

beforeAll(async () => {
  // E-mail set up (a transport that accepts everything), so the organizer's send request is a 202.
  srv = await startServer({ mail: { transport: { send: async () => {}, close: () => {} }, from: 'x@example.org' } });
  ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 });
  const other = await createEvent(srv.url);
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
  const opened = async (e: { id: string; key: string }) =>
    (
      await call(srv.url, 'POST', `/api/events/${e.id}/registration`, {
        key: e.key,
        body: { open: true, approval: 'manual' },
      })
    ).body.code as string;
  const signup = await opened(ev);
  const otherSignup = await opened(other);
  const pending = await call(srv.url, 'POST', `/api/join/${ev.id}`, {
    key: signup,
    body: { name: 'Waiting Person', email: 'wait@example.org', consent: true },
  });
  regId = pending.body.registrationId;
  keys = {
    none: null,
    forged: randomBytes(24).toString('base64url'),
    truncated: ev.key.slice(0, -4),
    otherOrganizer: other.key,
    organizer: ev.key,
    mentor: ev.mentors[0]!.token,
    mentee: ev.mentees[0]!.token,
    projector: ev.projectorKey,
    signup,
    otherSignup,
  };
});
afterAll(() => srv.close());

interface Case {
  name: string;
  method: string;
  path: () => string;
  /** The JSON body, or a function that makes it just before the call (from the event as it is then). */
  body?: unknown;
  csv?: string;
  /** Who may call it; everyone else gets 401 (no or unknown key) or 403 (a key of the wrong role). */
  allowed: Who[];
}

const organizerCalls: Case[] = [
  { name: 'GET event', method: 'GET', path: () => `/api/events/${ev.id}`, allowed: ['organizer'] },
  {
    name: 'PATCH event',
    method: 'PATCH',
    path: () => `/api/events/${ev.id}`,
    body: { name: 'Renamed' },
    allowed: ['organizer'],
  },
  {
    name: 'POST people',
    method: 'POST',
    path: () => `/api/events/${ev.id}/people`,
    body: { mentees: [{ name: 'Late' }] },
    allowed: ['organizer'],
  },
  {
    name: 'POST people.csv',
    method: 'POST',
    path: () => `/api/events/${ev.id}/people.csv`,
    csv: 'role,name\nmentee,Csv person\n',
    allowed: ['organizer'],
  },
  {
    name: 'PATCH person',
    method: 'PATCH',
    path: () => `/api/events/${ev.id}/people/${ev.mentees[2]!.id}`,
    body: { name: 'Changed' },
    allowed: ['organizer'],
  },
  {
    name: 'POST schedule',
    method: 'POST',
    path: () => `/api/events/${ev.id}/schedule`,
    body: {},
    allowed: ['organizer'],
  },
  { name: 'GET schedule', method: 'GET', path: () => `/api/events/${ev.id}/schedule`, allowed: ['organizer'] },
  { name: 'GET schedule.csv', method: 'GET', path: () => `/api/events/${ev.id}/schedule.csv`, allowed: ['organizer'] },
  {
    // Hand edits of the plan, based on the schedule version as it is just before the call.
    name: 'POST schedule/edits',
    method: 'POST',
    path: () => `/api/events/${ev.id}/schedule/edits`,
    body: async () => ({
      basedOn: (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.scheduleVersion,
      edits: [{ op: 'lock-round', round: 1 }],
    }),
    allowed: ['organizer'],
  },
  {
    name: 'POST schedule/edits (dry run)',
    method: 'POST',
    path: () => `/api/events/${ev.id}/schedule/edits`,
    body: async () => ({
      basedOn: (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.scheduleVersion,
      edits: [{ op: 'unlock-round', round: 1 }],
      dryRun: true,
    }),
    allowed: ['organizer'],
  },
  { name: 'GET clock', method: 'GET', path: () => `/api/events/${ev.id}/clock`, allowed: ['organizer'] },
  {
    name: 'POST clock',
    method: 'POST',
    path: () => `/api/events/${ev.id}/clock`,
    body: { action: 'start' },
    allowed: ['organizer'],
  },
  {
    name: 'POST clock skip',
    method: 'POST',
    path: () => `/api/events/${ev.id}/clock`,
    body: { action: 'skip' },
    allowed: ['organizer'],
  },
  {
    // Right after the organizer's skip above: the undo names the clock version that skip made.
    name: 'POST clock undo',
    method: 'POST',
    path: () => `/api/events/${ev.id}/clock`,
    body: async () => ({
      action: 'undo',
      version: (await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body.version,
    }),
    allowed: ['organizer'],
  },
  {
    name: 'POST clock reset',
    method: 'POST',
    path: () => `/api/events/${ev.id}/clock`,
    body: { action: 'reset', confirm: true },
    allowed: ['organizer'],
  },
  {
    // An earlier event of this server with its own organizer key: only this event's organizer may add it.
    name: 'POST history',
    method: 'POST',
    path: () => `/api/events/${ev.id}/history`,
    body: async () => {
      const earlier = await createEvent(srv.url);
      return { events: [{ id: earlier.id, key: earlier.key }] };
    },
    allowed: ['organizer'],
  },
  { name: 'DELETE history', method: 'DELETE', path: () => `/api/events/${ev.id}/history`, allowed: ['organizer'] },
  {
    // A new idempotency key per call: a replay would answer without checking anything else.
    name: 'POST mail/links',
    method: 'POST',
    path: () => `/api/events/${ev.id}/mail/links`,
    body: async () => ({ to: 'all', idempotencyKey: `auth-${randomBytes(6).toString('hex')}` }),
    allowed: ['organizer'],
  },
  { name: 'GET mail', method: 'GET', path: () => `/api/events/${ev.id}/mail`, allowed: ['organizer'] },
  {
    name: 'GET mail/merge.csv',
    method: 'GET',
    path: () => `/api/events/${ev.id}/mail/merge.csv`,
    allowed: ['organizer'],
  },
  // The organizer's own successes for these two are in the people and events tests (they destroy things).
  {
    name: 'DELETE person',
    method: 'DELETE',
    path: () => `/api/events/${ev.id}/people/${ev.mentees[1]!.id}`,
    allowed: [],
  },
  {
    name: 'POST registration',
    method: 'POST',
    path: () => `/api/events/${ev.id}/registration`,
    body: { open: true, approval: 'manual' },
    allowed: ['organizer'],
  },
  {
    name: 'GET registrations',
    method: 'GET',
    path: () => `/api/events/${ev.id}/registrations`,
    allowed: ['organizer'],
  },
  {
    // Wait-listing is repeatable; approval by another event's organizer is its own test below.
    name: 'POST registrations/:regId',
    method: 'POST',
    path: () => `/api/events/${ev.id}/registrations/${regId}`,
    body: { action: 'wait-list' },
    allowed: ['organizer'],
  },
  {
    name: 'POST people/:personId/invite',
    method: 'POST',
    path: () => `/api/events/${ev.id}/people/${ev.mentors[0]!.id}/invite`,
    allowed: ['organizer'],
  },
  // The organizer's success (it replaces the sign-up code the other rows use) is in registration.test.ts.
  { name: 'POST registration/code', method: 'POST', path: () => `/api/events/${ev.id}/registration/code`, allowed: [] },
  { name: 'DELETE event', method: 'DELETE', path: () => `/api/events/${ev.id}`, allowed: [] },
];
const personalCalls: Case[] = [
  { name: 'GET me', method: 'GET', path: () => '/api/me', allowed: ['mentor', 'mentee'] },
  {
    name: 'PUT me/questions',
    method: 'PUT',
    path: () => '/api/me/questions',
    body: { questions: ['Why?'] },
    allowed: ['mentee'],
  },
  // Mentor and mentee keys check themselves in: the event has not started, so 200.
  { name: 'POST me/here', method: 'POST', path: () => '/api/me/here', body: {}, allowed: ['mentor', 'mentee'] },
  { name: 'GET projector', method: 'GET', path: () => '/api/projector', allowed: ['projector'] },
  { name: 'GET me/meetings', method: 'GET', path: () => '/api/me/meetings', allowed: ['mentor', 'mentee'] },
  {
    name: 'PUT me/sharing',
    method: 'PUT',
    path: () => '/api/me/sharing',
    body: { share: 'none' },
    allowed: ['mentor', 'mentee'],
  },
  {
    name: 'PATCH me/profile',
    method: 'PATCH',
    path: () => '/api/me/profile',
    body: { bio: 'Hi' },
    allowed: ['mentor'],
  },
  // The sign-up code opens these two and nothing else (a code of another event: 403).
  { name: 'GET join', method: 'GET', path: () => `/api/join/${ev.id}`, allowed: ['signup'] },
  {
    name: 'POST join',
    method: 'POST',
    path: () => `/api/join/${ev.id}`,
    body: async () => ({ name: `Joiner ${randomBytes(4).toString('hex')}`, consent: true }),
    allowed: ['signup'],
  },
];

const expected = (c: Case, who: Who): 'ok' | 401 | 403 => {
  if (who === 'none' || who === 'forged' || who === 'truncated') return 401;
  if (c.allowed.includes(who)) return 'ok';
  if (who === 'organizer' && (c.name === 'DELETE person' || c.name === 'DELETE event')) return 'ok';
  return 403;
};

describe.each([...organizerCalls, ...personalCalls])('$name', (c) => {
  it.each(EVERYONE.filter((w) => !(w === 'organizer' && c.allowed.length === 0)))('as %s', async (who) => {
    const body = typeof c.body === 'function' ? await (c.body as () => Promise<unknown>)() : c.body;
    const r = await call(srv.url, c.method, c.path(), { key: keys[who], body, csv: c.csv });
    const want = expected(c, who);
    if (want === 'ok') {
      expect(r.status, r.text).toBeGreaterThanOrEqual(200);
      expect(r.status, r.text).toBeLessThan(300);
    } else {
      expect(r.status, r.text).toBe(want);
      expect(errorBodySchema.parse(r.body).error.code).toBe(want === 401 ? 'unauthorized' : 'forbidden');
    }
  });
});

describe('the sign-up code', () => {
  it("reads no other person's data: the sign-up info names mentors' public profiles only", async () => {
    const r = await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: keys.signup });
    expect(r.status).toBe(200);
    for (const p of [...ev.mentees, ...ev.mentors]) expect(r.text).not.toContain(p.token);
    for (const p of ev.mentees) expect(r.text).not.toContain(p.name);
    expect(r.text).not.toMatch(/wait@example|Waiting Person|attendance|email|Q1 of/);
    // A sign-up answers about itself only.
    const j = await call(srv.url, 'POST', `/api/join/${ev.id}`, {
      key: keys.signup,
      body: { name: `Quiet ${randomBytes(3).toString('hex')}`, consent: true },
    });
    expect(Object.keys(j.body).sort()).toEqual(['mailed', 'message', 'registrationId', 'status', 'updated']);
  });

  it('opens no socket', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(srv.url, { auth: { token: keys.signup }, transports: ['websocket'], reconnection: false });
    const err = await new Promise<Error & { data?: { code: string } }>((done) => socket.on('connect_error', done));
    socket.close();
    expect(err.data?.code).toBe('forbidden');
  });

  it("another event's organizer cannot approve a sign-up; it stays waiting", async () => {
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/registrations/${regId}`, {
      key: keys.otherOrganizer,
      body: { action: 'approve' },
    });
    expect(r.status).toBe(403);
    const list = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
    const names = [...list.body.pending, ...list.body.waitListed].map((x: { name: string }) => x.name);
    expect(names).toContain('Waiting Person');
  });
});

describe('keys travel only in the Authorization header', () => {
  it('ignores a key in the query string', async () => {
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}?key=${ev.key}&token=${ev.key}`);
    expect(r.status).toBe(401);
  });

  it('refuses other schemes and garbage', async () => {
    for (const authorization of [`Basic ${ev.key}`, 'Bearer', `Bearer ${ev.key} extra`, `Bearer ${'x'.repeat(5000)}`]) {
      const r = await call(srv.url, 'GET', `/api/events/${ev.id}`, { headers: { authorization } });
      expect(r.status, authorization.slice(0, 30)).toBe(401);
    }
  });
});
