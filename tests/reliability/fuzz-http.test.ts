import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { applyBodySchema, previewBodySchema, statusBodySchema } from '../../shared/attendance/preview-schema';
import { clockRequestSchema } from '../../shared/schemas/clock-request';
import { feedbackBodySchema, sharingBodySchema } from '../../shared/schemas/feedback';
import { addPeopleSchema, personPatchSchema, questionsBodySchema } from '../../shared/schemas/people';
import { scheduleEditsBodySchema } from '../../shared/schemas/plan-edits';
import { profileBodySchema, registrationBodySchema, signupBodySchema } from '../../shared/schemas/registration';
import { scheduleSchema } from '../../shared/schemas/schedule';
import { eventSettingsPatchSchema, eventSettingsSchema } from '../../shared/schemas/settings';
import { call, clock, seedEvent, type Answer, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { hostileBody, hostileCsv, hostileString, type WireBody } from './support/hostile';
import { fcParams } from './support/scale';
import { expectCleanError, rowCounts, viewsOf } from './support/state';

// Property-based fuzzing of every REST endpoint: whatever arrives, the server answers with a
// documented status (never 500), a bad input gets a clean 400/413 naming the problem, and a
// refused request changes nothing any view shows.

let srv: TestServer;
/** An event before the start (everything may change) and one running (the rules tighten). */
let idle: SeededEvent;
let running: SeededEvent;

beforeAll(async () => {
  srv = await startServer();
  idle = await seedEvent(srv.url, { mentors: 3, mentees: 4 }, { tableCapacity: 2, rounds: 3 });
  await call(srv.url, 'POST', `/api/events/${idle.id}/schedule`, { key: idle.key, body: {} });
  running = await seedEvent(srv.url, { mentors: 3, mentees: 4 }, { tableCapacity: 2, rounds: 3, roundSeconds: 3600 });
  await clock(srv.url, running, { action: 'start' });
  for (const ev of [idle, running]) {
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, { key: ev.key, body: { open: true } });
    signupCodes.set(ev, r.body.code);
  }
});

/** Each event's sign-up code (sign-up open, automatic approval: an accepted sign-up shows as a person). */
const signupCodes = new Map<SeededEvent, string>();
afterAll(() => srv.close());

const send = (method: string, path: string, key: string | null, body: WireBody | undefined): Promise<Answer> =>
  body === undefined
    ? call(srv.url, method, path, { key })
    : body.kind === 'json'
      ? call(srv.url, method, path, { key, raw: JSON.stringify(body.value) ?? '', contentType: 'application/json' })
      : call(srv.url, method, path, { key, raw: body.text, contentType: body.contentType });

/** How many bytes a body is on the wire. */
const wireBytes = (body: WireBody) =>
  Buffer.byteLength(body.kind === 'json' ? (JSON.stringify(body.value) ?? '') : body.text);

/** Would `schema` accept this body as express delivers it? (Malformed or non-JSON bodies: no.) */
const accepts = (schema: z.ZodType, body: WireBody): boolean => {
  let value: unknown;
  try {
    if (body.kind === 'raw' && !body.contentType.startsWith('application/json')) return false;
    // express.json skips a BOM
    const text = body.kind === 'json' ? (JSON.stringify(body.value) ?? '') : body.text.replace(/^\ufeff/, '');
    value = text === '' ? {} : JSON.parse(text); // no body at all reads as {}
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object') return false; // express.json is strict
  return schema.safeParse(value).success;
};

const tokensOf = (ev: SeededEvent) => [ev.mentees[0]!.token, ev.mentors[0]!.token];
const eventArb = fc.constantFrom('idle', 'running');
const eventOf = (k: 'idle' | 'running') => (k === 'idle' ? idle : running);

/**
 * One fuzzed request against `ev`: a refused one (4xx) must leave every view as it was and
 * answer a clean error; an accepted one must be 2xx, and only when the schema accepts the body.
 */
async function check(
  ev: SeededEvent,
  what: string,
  r: Answer,
  before: unknown,
  schemaOk: boolean,
  allowed: number[],
): Promise<void> {
  expect(allowed, `${what} → ${r.status} ${r.text.slice(0, 300)}`).toContain(r.status);
  if (r.status >= 400) {
    expectCleanError(r, what);
    const after = await viewsOf(srv.url, ev, tokensOf(ev));
    expect(after, `${what} changed the event`).toEqual(before);
    known.set(ev, after);
  } else {
    expect(schemaOk, `${what} was accepted although the schema refuses it`).toBe(true);
    known.delete(ev); // changed on purpose: look again next time
  }
}

/** The views of each event as last seen (unchanged since, unless a request succeeded). */
const known = new Map<SeededEvent, unknown>();
const viewsBefore = async (ev: SeededEvent) => known.get(ev) ?? viewsOf(srv.url, ev, tokensOf(ev));

interface Endpoint {
  name: string;
  method: string;
  path: (ev: SeededEvent) => string;
  key: (ev: SeededEvent) => string;
  template: Record<string, unknown>;
  extraKeys?: string[];
  schema: z.ZodType;
  /** Statuses this call may answer to a body the schema accepts (besides 2xx). */
  validStatuses: number[];
  /** Send only bodies the schema refuses (e.g. clock commands: a valid `end` would end the fuzzing). */
  invalidOnly?: boolean;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'PATCH /api/events/:id',
    method: 'PATCH',
    path: (ev) => `/api/events/${ev.id}`,
    key: (ev) => ev.key,
    template: { name: 'Renamed', roundSeconds: 3600, breaks: [{ afterRound: 1, seconds: 60 }] },
    extraKeys: ['changeoverSeconds', 'rounds', 'tableCapacity', 'plannedStartAt'],
    schema: eventSettingsPatchSchema,
    validStatuses: [200, 400, 409],
  },
  {
    name: 'POST /api/events/:id/people',
    method: 'POST',
    path: (ev) => `/api/events/${ev.id}/people`,
    key: (ev) => ev.key,
    template: {
      mentors: [{ name: 'New mentor', topics: ['x'] }],
      mentees: [{ name: 'New mentee', questions: ['Why?'], wishes: ['Mentor 1'], avoid: [] }],
    },
    schema: addPeopleSchema,
    validStatuses: [201, 400, 409],
  },
  {
    name: 'PATCH /api/events/:id/people/:mentee',
    method: 'PATCH',
    path: (ev) => `/api/events/${ev.id}/people/${ev.mentees[1]!.id}`,
    key: (ev) => ev.key,
    template: { name: 'Changed', questions: ['One', 'Two'], wishes: ['Mentor 2'], avoid: ['Mentor 3'] },
    extraKeys: ['email', 'table', 'bio', 'topics'],
    schema: personPatchSchema,
    validStatuses: [200, 400, 409],
  },
  {
    name: 'PATCH /api/events/:id/people/:mentor',
    method: 'PATCH',
    path: (ev) => `/api/events/${ev.id}/people/${ev.mentors[1]!.id}`,
    key: (ev) => ev.key,
    template: { name: 'Changed', table: 'T2', bio: 'Bio', topics: ['a', 'b'] },
    extraKeys: ['email', 'questions', 'wishes'],
    schema: personPatchSchema,
    validStatuses: [200, 400, 409],
  },
  {
    name: 'POST /api/events/:id/schedule',
    method: 'POST',
    path: (ev) => `/api/events/${ev.id}/schedule`,
    key: (ev) => ev.key,
    template: { seed: 7 },
    extraKeys: ['checkedInOnly', 'basedOn'],
    schema: applyBodySchema,
    validStatuses: [200, 409],
  },
  {
    name: 'POST /api/events/:id/schedule/preview',
    method: 'POST',
    path: (ev) => `/api/events/${ev.id}/schedule/preview`,
    key: (ev) => ev.key,
    template: { seed: 3, checkedInOnly: false },
    schema: previewBodySchema,
    validStatuses: [200, 409],
  },
  {
    name: 'POST /api/events/:id/people/:id/status',
    method: 'POST',
    path: (ev) => `/api/events/${ev.id}/people/${ev.mentees[2]!.id}/status`,
    key: (ev) => ev.key,
    template: { status: 'present', expectedPhase: 0 },
    schema: statusBodySchema,
    validStatuses: [200, 400, 409],
  },
  {
    name: 'POST /api/events/:id/clock',
    method: 'POST',
    path: (ev) => `/api/events/${ev.id}/clock`,
    key: (ev) => ev.key,
    template: { action: 'extend', seconds: 60, expectedPhase: 0 },
    schema: clockRequestSchema,
    validStatuses: [200, 409],
    invalidOnly: true,
  },
  {
    name: 'PUT /api/me/questions',
    method: 'PUT',
    path: () => '/api/me/questions',
    key: (ev) => ev.mentees[1]!.token,
    template: { questions: ['How do I start?', 'What next?'] },
    schema: questionsBodySchema,
    validStatuses: [200, 409],
  },
  {
    name: 'PUT /api/me/feedback/:round/:personId',
    method: 'PUT',
    path: (ev) => `/api/me/feedback/1/${ev.mentors[0]!.id}`,
    key: (ev) => ev.mentees[1]!.token,
    template: { rating: 4, followUp: true, note: 'Sharp answers' },
    schema: feedbackBodySchema,
    // Not their round-1 mentor (404), or no round begun yet (409).
    validStatuses: [200, 404, 409],
  },
  {
    name: 'PUT /api/me/sharing',
    method: 'PUT',
    path: () => '/api/me/sharing',
    key: (ev) => ev.mentees[1]!.token,
    template: { share: 'contact', contact: 'linkedin.com/in/someone' },
    schema: sharingBodySchema,
    validStatuses: [200],
  },
  {
    name: 'POST /api/join/:eventId (the sign-up body)',
    method: 'POST',
    path: (ev) => `/api/join/${ev.id}`,
    key: (ev) => signupCodes.get(ev)!,
    template: {
      role: 'mentee',
      name: 'Fuzz Person',
      email: 'fuzz@example.org',
      questions: ['How?'],
      wishes: [],
      avoid: [],
      consent: true,
      website: '',
    },
    extraKeys: ['bio', 'topics'],
    schema: signupBodySchema,
    // A name taken by an earlier accepted sign-up or a field of the other role (400); an update (200).
    validStatuses: [200, 201, 400, 409],
  },
  {
    name: 'POST /api/events/:id/registration',
    method: 'POST',
    path: (ev) => `/api/events/${ev.id}/registration`,
    key: (ev) => ev.key,
    template: { open: true, approval: 'auto', maxMentees: 100, consentText: 'We keep it a month.' },
    extraKeys: ['closesAt', 'maxMentors'],
    schema: registrationBodySchema,
    validStatuses: [200],
  },
  {
    name: 'PATCH /api/me/profile',
    method: 'PATCH',
    path: () => '/api/me/profile',
    key: (ev) => ev.mentors[1]!.token,
    template: { bio: 'Designer', topics: ['UX'], meetingUrl: 'https://meet.example.org/x' },
    schema: profileBodySchema,
    // An empty body is refused by the route (nothing to change).
    validStatuses: [200, 400],
  },
];

describe('every JSON endpoint survives hostile bodies', () => {
  it.each(ENDPOINTS)('$name', async (ep) => {
    await fc.assert(
      fc.asyncProperty(eventArb, hostileBody(ep.template, ep.extraKeys), async (which, body) => {
        const ev = eventOf(which);
        const ok = accepts(ep.schema, body);
        if (ep.invalidOnly) fc.pre(!ok);
        const before = await viewsBefore(ev);
        const r = await send(ep.method, ep.path(ev), ep.key(ev), body);
        const what = `${ep.name} ${JSON.stringify(body).slice(0, 200)}`;
        const tooBig = wireBytes(body) > 1024 * 1024;
        await check(ev, what, r, before, ok, tooBig ? [413] : ok ? [...ep.validStatuses, 200, 201] : [400]);
      }),
      fcParams(20),
    );
  });
});

describe('hand edits of the plan (POST …/schedule/edits)', () => {
  const path = (ev: SeededEvent) => `/api/events/${ev.id}/schedule/edits`;
  const versionOf = async (ev: SeededEvent): Promise<number> =>
    (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.scheduleVersion;

  /** Mostly one of `usual`, now and then one of `odd`. */
  const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 9, arbitrary: usual }, { weight: 1, arbitrary: odd });

  /**
   * Well-formed edits naming the event's people (now and then a mentor as a mentee, a stranger)
   * and its rounds (now and then one beyond it).
   */
  const editArb = (ev: SeededEvent) => {
    const mentee = mostly(
      fc.constantFrom(...ev.mentees.map((m) => m.id)),
      fc.constantFrom(ev.mentors[0]!.id, 'nobody'),
    );
    const mentor = mostly(
      fc.constantFrom(...ev.mentors.map((m) => m.id)),
      fc.constantFrom(ev.mentees[0]!.id, 'nobody'),
    );
    const round = mostly(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 200 }));
    return fc.oneof(
      fc.record({ op: fc.constant('swap'), round, a: mentee, b: mentee }),
      fc.record({ op: fc.constant('move'), round, menteeId: mentee, to: fc.oneof(mentor, fc.constant('bye')) }),
      fc.record(
        { op: fc.constant('pin'), menteeId: mentee, mentorId: mentor, round },
        { requiredKeys: ['op', 'menteeId', 'mentorId'] },
      ),
      fc.record({ op: fc.constant('unpin'), menteeId: mentee, mentorId: mentor }),
      fc.record({ op: fc.constantFrom('lock-round', 'unlock-round'), round }),
    );
  };

  /** Every mentee at most once a round, no table over its two seats. */
  const expectSound = async (ev: SeededEvent, what: string) => {
    const s = scheduleSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body);
    for (const r of s.rounds) {
      const placed = [...r.tables.flatMap((t) => t.menteeIds), ...r.byes];
      expect(new Set(placed).size, what).toBe(placed.length);
      for (const t of r.tables) expect(t.menteeIds.length, what).toBeLessThanOrEqual(2);
    }
  };

  it('random well-formed edit lists: never a 500, a refusal (400, 409) or a dry run changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventArb.chain((which) =>
          fc.tuple(
            fc.constant(which),
            fc.array(editArb(eventOf(which)), { minLength: 1, maxLength: 4 }),
            fc.boolean(),
            mostly(fc.constant(0), fc.constantFrom(-1, 1)),
          ),
        ),
        async ([which, edits, dryRun, skew]) => {
          const ev = eventOf(which);
          const before = await viewsBefore(ev);
          const body = { basedOn: (await versionOf(ev)) + skew, edits, ...(dryRun ? { dryRun } : {}) };
          const r = await call(srv.url, 'POST', path(ev), { key: ev.key, body });
          const what = `edits ${JSON.stringify(body).slice(0, 300)}`;
          await check(ev, what, r, before, true, [200, 400, 409]);
          if (r.status === 400) for (const i of r.body.error.issues) expect(i.path, what).toMatch(/^edits\.\d+$/);
          if (skew !== 0) expect(r.status, what).toBe(409);
          if (r.status === 200) {
            expect(Object.keys(r.body).sort(), what).toEqual(['costs', 'quality', 'schedule', 'version']);
            if (dryRun) {
              expect(await viewsOf(srv.url, ev, tokensOf(ev)), `${what}: a dry run saved`).toEqual(before);
              known.set(ev, before);
            } else await expectSound(ev, what);
          }
        },
      ),
      fcParams(40),
    );
  });

  it('hostile bodies: a clean 400 (or 409 for a stale version) that changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventArb,
        hostileBody({ basedOn: 1, edits: [{ op: 'lock-round', round: 1 }], dryRun: true }, ['edits']),
        async (which, body) => {
          const ev = eventOf(which);
          const ok = accepts(scheduleEditsBodySchema, body);
          const before = await viewsBefore(ev);
          const r = await send('POST', path(ev), ev.key, body);
          const what = `edits ${JSON.stringify(body).slice(0, 200)}`;
          const tooBig = wireBytes(body) > 1024 * 1024;
          await check(ev, what, r, before, ok, tooBig ? [413] : ok ? [200, 400, 409] : [400]);
        },
      ),
      fcParams(30),
    );
  });
});

describe('event creation', () => {
  it('POST /api/events creates exactly when the settings are valid', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileBody(
          { name: 'Event', roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 2, breaks: [] },
          ['plannedStartAt'],
        ),
        async (body) => {
          const before = await rowCounts(srv.dataDir);
          const r = await send('POST', '/api/events', null, body);
          const ok = accepts(eventSettingsSchema, body);
          const want = wireBytes(body) > 1024 * 1024 ? [413] : ok ? [201] : [400];
          expect(want, `${JSON.stringify(body).slice(0, 200)} → ${r.status} ${r.text.slice(0, 200)}`).toContain(
            r.status,
          );
          if (r.status >= 400) {
            expectCleanError(r, 'POST /api/events');
            expect(await rowCounts(srv.dataDir)).toEqual(before);
          }
        },
      ),
      fcParams(30),
    );
  });
});

describe('importing a backup (no key needed, up to 16 MiB)', () => {
  it('creates an event only from an intact backup; anything else is a clean 400 that creates nothing', async () => {
    const backup = (await call(srv.url, 'GET', `/api/events/${running.id}/backup`, { key: running.key }))
      .body as Record<string, unknown>;
    const intact = await call(srv.url, 'POST', '/api/events/import', { body: backup });
    expect(intact.status, intact.text).toBe(201);
    await fc.assert(
      fc.asyncProperty(hostileBody(backup), async (body) => {
        const before = await rowCounts(srv.dataDir);
        const r = await send('POST', '/api/events/import', null, body);
        expect(
          [201, 400, 413],
          `${JSON.stringify(body).slice(0, 200)} → ${r.status} ${r.text.slice(0, 200)}`,
        ).toContain(r.status);
        if (r.status >= 400) {
          expectCleanError(r, 'POST /api/events/import');
          expect(await rowCounts(srv.dataDir)).toEqual(before);
        }
      }),
      fcParams(15),
    );
  });
});

describe('the participants CSV import', () => {
  it('answers 201 or a 400 listing lines, and a refused file adds no one', async () => {
    await fc.assert(
      fc.asyncProperty(eventArb, hostileCsv, async (which, csv) => {
        const ev = eventOf(which);
        const before = await viewsBefore(ev);
        const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv });
        expect([201, 400], `${JSON.stringify(csv).slice(0, 200)} → ${r.status} ${r.text.slice(0, 200)}`).toContain(
          r.status,
        );
        if (r.status === 400)
          for (const i of r.body.error.issues ?? []) expect(i.path).toMatch(/^(line \d+|\(more\))$/);
        await check(ev, `people.csv ${JSON.stringify(csv).slice(0, 200)}`, r, before, true, [201, 400]);
      }),
      fcParams(30),
    );
  });
});

describe('paths, ids and queries', () => {
  it('odd person ids, event ids and paths answer 4xx and change nothing', async () => {
    // Not "." or "..": URL parsers (fetch's included) resolve those before anything is sent.
    const segment = fc
      .oneof(
        hostileString.filter((s) => s.length < 300),
        fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%2F', '%00', '\u0000', '%25', '%u0041'),
      )
      // Nor empty: `/people/` is `/people`, a valid call.
      .filter((s) => s !== '' && !/^(\.|%2e){1,2}$/i.test(s));
    await fc.assert(
      fc.asyncProperty(
        eventArb,
        segment,
        fc.constantFrom('GET', 'PATCH', 'DELETE', 'POST', 'PUT'),
        async (which, raw, method) => {
          const ev = eventOf(which);
          const seg = /%/.test(raw) ? raw : encodeURIComponent(raw);
          const before = await viewsBefore(ev);
          const paths = [
            `/api/events/${ev.id}/people/${seg}`,
            `/api/events/${seg}`,
            `/api/${seg}`,
            `/api/events/${ev.id}/clock?${seg}=${seg}`,
          ];
          for (const path of paths) {
            const r = await call(srv.url, method, path, {
              key: ev.key,
              body: method === 'GET' || method === 'DELETE' ? undefined : { name: 'x' },
            });
            const what = `${method} ${path}`;
            // Only the query on a real path may succeed.
            if (r.status >= 400) expectCleanError(r, what);
            else expect(path, `${what} → ${r.status}`).toMatch(/\/clock\?/);
          }
          expect(await viewsOf(srv.url, ev, tokensOf(ev))).toEqual(before);
        },
      ),
      fcParams(15),
    );
  });
});

it('the server is alive and consistent after all of it', async () => {
  expect((await call(srv.url, 'GET', '/healthz')).status).toBe(200);
  for (const ev of [idle, running]) {
    const v = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(v.status).toBe(200);
    // What the cache serves is what the database holds.
    expect(await srv.store.load(ev.id)).toEqual(srv.app.service.get(ev.id));
  }
});
