import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/errors';
import { organizerViewSchema } from '../../shared/protocol/views';
import { call, createEvent, SETTINGS } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { storedRows, testStoreKind } from './store/support/test-store';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

describe('health, headers, unknown paths', () => {
  it("runs over this vitest project's database (SQLite in node, PostgreSQL in integration-pg)", () => {
    expect(srv.store.dialect).toBe(testStoreKind());
  });

  it('GET /healthz answers ok', async () => {
    const r = await call(srv.url, 'GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true });
  });

  it('sends helmet headers with a CSP the client can live with', async () => {
    const r = await call(srv.url, 'GET', '/healthz');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-powered-by')).toBeNull();
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown /api paths with a JSON 404', async () => {
    const r = await call(srv.url, 'GET', '/api/nope');
    expect(r.status).toBe(404);
    expect(errorBodySchema.parse(r.body).error.code).toBe('not_found');
  });

  it('serves a page (or an explanation) for client routes, not the API 404', async () => {
    const r = await call(srv.url, 'GET', '/organize/abc');
    expect(r.headers.get('content-type')).not.toContain('application/json');
  });
});

describe('POST /api/events', () => {
  it('creates an event: 201 with the event, a one-time organizer key and links', async () => {
    const r = await call(srv.url, 'POST', '/api/events', {
      body: { ...SETTINGS, rounds: 4, tableCapacity: 2, breaks: [{ afterRound: 2, seconds: 300 }] },
    });
    expect(r.status).toBe(201);
    expect(r.body.event).toMatchObject({
      name: 'Spring mentoring',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: 4,
      roundsFixed: true,
      tableCapacity: 2,
      breaks: [{ afterRound: 2, seconds: 300 }],
    });
    expect(r.body.event.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(r.body.organizerKey).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(r.body.links.organizer).toBe(`${srv.url}/organize/${r.body.event.id}#key=${r.body.organizerKey}`);
    expect(r.body.links.projector).toMatch(new RegExp(`^${srv.url}/projector#key=[A-Za-z0-9_-]{43}$`));
  });

  it('stores keys only as hashes', async () => {
    const ev = await createEvent(srv.url);
    const dump = JSON.stringify(await srv.store.load(ev.id));
    expect(dump).not.toContain(ev.key);
    expect(dump).not.toContain(ev.projectorKey);
  });

  it('defaults rounds to the number of mentors (not fixed)', async () => {
    const r = await call(srv.url, 'POST', '/api/events', { body: SETTINGS });
    expect(r.body.event).toMatchObject({ rounds: 0, roundsFixed: false, tableCapacity: 1, breaks: [] });
  });

  it('400 names every bad field', async () => {
    const r = await call(srv.url, 'POST', '/api/events', {
      body: { name: '', roundSeconds: 0, changeoverSeconds: 'x', breaks: [{ afterRound: 0, seconds: 5 }] },
    });
    expect(r.status).toBe(400);
    const paths = errorBodySchema.parse(r.body).error.issues!.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'roundSeconds', 'changeoverSeconds', 'breaks.0.afterRound']));
  });

  it('400 names each unknown field (top or in breaks) and the field probably meant; nothing is created', async () => {
    // Counted in the database itself (SQLite's file or the PostgreSQL schema), not through the server.
    const eventCount = async () =>
      (await storedRows<{ n: number }>(srv.dataDir, 'SELECT COUNT(*) AS n FROM events'))[0]!.n;
    {
      const before = await eventCount();
      const r = await call(srv.url, 'POST', '/api/events', {
        body: {
          ...SETTINGS,
          tablecapacity: 2,
          breaks: [
            { afterRound: 1, seconds: 300 },
            { afterRound: 2, secnds: 300 },
          ],
          colour: 'red',
        },
      });
      expect(r.status).toBe(400);
      const { error } = errorBodySchema.parse(r.body);
      expect(error.code).toBe('bad_request');
      expect(error.issues).toEqual([
        // A field with its own message for a wrong or missing value: zod does not say which (issue 19).
        {
          path: 'breaks.1.seconds',
          message: 'must be a number of seconds',
          code: 'wrongType',
          params: { expected: 'number' },
        },
        {
          path: 'breaks.1.secnds',
          message: 'unknown field; did you mean "seconds"?',
          code: 'unknownFieldMeant',
          params: { suggestion: 'seconds' },
        },
        {
          path: 'tablecapacity',
          message: 'unknown field; did you mean "tableCapacity"?',
          code: 'unknownFieldMeant',
          params: { suggestion: 'tableCapacity' },
        },
        { path: 'colour', message: 'unknown field', code: 'unknownField' },
      ]);
      expect(error.message).toContain('tablecapacity: unknown field; did you mean "tableCapacity"?');
      // The same with only a misspelt optional field: refused, not created without it.
      const typo = await call(srv.url, 'POST', '/api/events', {
        body: { ...SETTINGS, plannedStart: Date.UTC(2030, 0, 1) },
      });
      expect(typo.status).toBe(400);
      expect(typo.body.error.issues).toEqual([
        {
          path: 'plannedStart',
          message: 'unknown field; did you mean "plannedStartAt"?',
          code: 'unknownFieldMeant',
          params: { suggestion: 'plannedStartAt' },
        },
      ]);
      expect(await eventCount()).toBe(before);
      // Every documented field is still accepted.
      const all = {
        ...SETTINGS,
        rounds: 3,
        tableCapacity: 2,
        breaks: [{ afterRound: 1, seconds: 300 }],
        plannedStartAt: Date.UTC(2030, 0, 1),
      };
      expect((await call(srv.url, 'POST', '/api/events', { body: all })).status).toBe(201);
      expect(await eventCount()).toBe(before + 1);
    }
  });

  it('400 on malformed JSON, 413 on a body over 1 MiB', async () => {
    const bad = await call(srv.url, 'POST', '/api/events', { raw: '{"name": ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    const huge = await call(srv.url, 'POST', '/api/events', {
      raw: JSON.stringify({ ...SETTINGS, name: 'x'.repeat(1.1 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });
});

describe('GET / PATCH / DELETE /api/events/:id', () => {
  it('GET returns settings, people, schedule, clock and links', async () => {
    const ev = await createEvent(srv.url);
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(r.status).toBe(200);
    const view = organizerViewSchema.parse(r.body);
    expect(view).toMatchObject({
      mentors: [],
      mentees: [],
      schedule: null,
      scheduleVersion: 0,
      clock: { status: 'idle', phase: null },
    });
    expect(view.links).toEqual(ev.links);
  });

  it('PATCH changes settings before the start and validates them', async () => {
    const ev = await createEvent(srv.url);
    const ok = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, {
      key: ev.key,
      body: { name: 'Renamed', rounds: 5, breaks: [{ afterRound: 3, seconds: 120 }] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.event).toMatchObject({
      name: 'Renamed',
      rounds: 5,
      roundsFixed: true,
      breaks: [{ afterRound: 3, seconds: 120 }],
    });
    const bad = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, {
      key: ev.key,
      body: { breaks: [{ afterRound: 5, seconds: 60 }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('breaks.0.afterRound');
    const unknown = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, {
      key: ev.key,
      body: { colour: 'red', round: 3, breaks: [{ afterRound: 2, seconds: 60, note: 'tea' }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual([
      { path: 'breaks.0.note', message: 'unknown field', code: 'unknownField' },
      { path: 'colour', message: 'unknown field', code: 'unknownField' },
      {
        path: 'round',
        message: 'unknown field; did you mean "rounds"?',
        code: 'unknownFieldMeant',
        params: { suggestion: 'rounds' },
      },
    ]);
    const after = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(after.body.event).toMatchObject({ rounds: 5, breaks: [{ afterRound: 3, seconds: 120 }] });
  });

  it('DELETE removes the event and its keys', async () => {
    const ev = await createEvent(srv.url);
    expect((await call(srv.url, 'DELETE', `/api/events/${ev.id}`, { key: ev.key })).status).toBe(204);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).status).toBe(401);
    expect((await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey })).status).toBe(401);
  });
});
