/**
 * POST /api/events/:id/history and DELETE (issue 18) over real HTTP: pairs met at an earlier
 * event, from its backup file or from the event itself with its organizer key, matched to this
 * event's people by e-mail, else by name; wrong keys and tampered files refused, nothing added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFileSchema, sealBackup } from '../../shared/backup';
import { sha256Hex } from '../../server/hashing';
import { organizerViewSchema } from '../../shared/protocol/views';
import { errorBodySchema } from '../../shared/schemas/errors';
import { historyAddedSchema, historyClearedSchema } from '../../shared/schemas/history';
import type { Schedule } from '../../shared/schemas/schedule';
import { call, clock, createEvent, type CreatedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

interface Person {
  id: string;
  name: string;
  token: string;
}

let srv: TestServer;
/** The earlier event: planned, never started (every planned round counts). */
let before: CreatedEvent & { mentors: Person[]; mentees: Person[]; schedule: Schedule; backup: string };
/** This event: Ann under another name with her e-mail, Gus by name, Bo as Robert by e-mail, Cy by name; no Dee. */
let here: CreatedEvent & { mentors: Person[]; mentees: Person[] };

async function eventWith(people: unknown, settings = {}) {
  const ev = await createEvent(srv.url, { rounds: 3, tableCapacity: 2, ...settings });
  const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, { key: ev.key, body: people });
  expect(r.status, r.text).toBe(201);
  return { ...ev, mentors: r.body.mentors as Person[], mentees: r.body.mentees as Person[] };
}

async function plan(ev: CreatedEvent, seed = 5): Promise<Schedule> {
  const r = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed } });
  expect(r.status, r.text).toBe(200);
  return r.body;
}

const EARLIER_PEOPLE = {
  mentors: [{ name: 'Ann Lee', email: 'Ann@Example.org' }, { name: 'Gus' }],
  mentees: [{ name: 'Bo', email: 'bo@example.org' }, { name: 'Cy' }, { name: 'Dee' }],
};

beforeAll(async () => {
  srv = await startServer();
  const ev = await eventWith(EARLIER_PEOPLE);
  const schedule = await plan(ev);
  const backup = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
  expect(backup.status).toBe(200);
  before = { ...ev, schedule, backup: backup.text };
  here = await eventWith({
    mentors: [{ name: 'Annie Lee', email: 'ann@example.ORG' }, { name: 'GUS' }],
    mentees: [{ name: 'Robert', email: 'BO@example.org' }, { name: 'Cy' }, { name: 'Eve' }],
  });
  await plan(here);
});
afterAll(() => srv.close());

/** The earlier event's name → this event's id (Dee is nobody here). */
function idHere(name: string): string | undefined {
  const map: Record<string, string> = {
    'Ann Lee': here.mentors[0]!.id,
    Gus: here.mentors[1]!.id,
    Bo: here.mentees[0]!.id,
    Cy: here.mentees[1]!.id,
  };
  return map[name];
}

/** The pairs of the earlier schedule's `rounds` as this event's ids, each once. */
function expectedPairs(schedule: Schedule, rounds: (r: number) => boolean = () => true): string[] {
  const names = new Map([...before.mentors, ...before.mentees].map((p) => [p.id, p.name]));
  const out: string[] = [];
  for (const r of schedule.rounds) {
    if (!rounds(r.round)) continue;
    for (const t of r.tables) {
      for (const e of t.menteeIds) {
        const [mentee, mentor] = [idHere(names.get(e)!), idHere(names.get(t.mentorId)!)];
        const key = `${mentee}-${mentor}`;
        if (mentee && mentor && !out.includes(key)) out.push(key);
      }
    }
  }
  return out;
}

const history = (body: { raw?: string; body?: unknown }, key = here.key) =>
  call(srv.url, 'POST', `/api/events/${here.id}/history`, { key, ...body });
const clear = () => call(srv.url, 'DELETE', `/api/events/${here.id}/history`, { key: here.key });

/** The pairs this event keeps, as its backup carries them. */
async function kept(): Promise<string[]> {
  const r = await call(srv.url, 'GET', `/api/events/${here.id}/backup`, { key: here.key });
  const file = backupFileSchema.parse(r.body);
  return (file.event.planRules?.metBefore ?? []).map((p) => `${p.menteeId}-${p.mentorId}`);
}

async function metBeforeCount(): Promise<number | undefined> {
  const r = await call(srv.url, 'GET', `/api/events/${here.id}`, { key: here.key });
  return organizerViewSchema.parse(r.body).history?.pairs;
}

describe('POST /api/events/:id/history', () => {
  it('with a backup file: adds the pairs who sat at one table, matched by e-mail, else by name', async () => {
    await clear();
    const want = expectedPairs(before.schedule);
    expect(want.length).toBeGreaterThan(2);
    const r = await history({ raw: before.backup });
    expect(r.status, r.text).toBe(200);
    expect(historyAddedSchema.parse(r.body)).toEqual({
      pairs: want.length,
      added: want.length,
      matched: { mentors: 2, mentees: 2 },
      unmatched: { mentors: [], mentees: ['Dee'] },
    });
    expect(await kept()).toEqual(want);
    expect(await metBeforeCount()).toBe(want.length);

    // The same file again: the pairs are merged, none added.
    const again = await history({ raw: before.backup });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ pairs: want.length, added: 0 });
    expect(await kept()).toEqual(want);
  });

  it('with { events: [{ id, key }] }: reads the earlier event on this server, authorised by its key', async () => {
    await clear();
    const r = await history({ body: { events: [{ id: before.id, key: before.key }] } });
    expect(r.status, r.text).toBe(200);
    const want = expectedPairs(before.schedule);
    expect(r.body).toEqual({
      pairs: want.length,
      added: want.length,
      matched: { mentors: 2, mentees: 2 },
      unmatched: { mentors: [], mentees: ['Dee'] },
    });
    expect(await kept()).toEqual(want);
  });

  it('counts only the rounds an earlier event held once its clock started', async () => {
    const ev = await eventWith(EARLIER_PEOPLE);
    const schedule = await plan(ev, 9);
    await clock(srv.url, ev, { action: 'start' });
    await clock(srv.url, ev, { action: 'end' }); // in round 1
    await clear();
    const r = await history({ body: { events: [{ id: ev.id, key: ev.key }] } });
    expect(r.status, r.text).toBe(200);
    const names = new Map([...ev.mentors, ...ev.mentees].map((p) => [p.id, p.name]));
    const round1 = schedule.rounds[0]!.tables.flatMap((t) =>
      t.menteeIds.flatMap((e) => {
        const [mentee, mentor] = [idHere(names.get(e)!), idHere(names.get(t.mentorId)!)];
        return mentee && mentor ? [`${mentee}-${mentor}`] : [];
      }),
    );
    expect(await kept()).toEqual(round1);
    // The same event's backup (no feedback, so no round starts) says the same: the history shows where it ended.
    const file = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
    await clear();
    expect((await history({ raw: file.text })).status).toBe(200);
    expect(await kept()).toEqual(round1);
  });

  it('refuses a wrong key for an earlier event (403, at events.N.key) and adds nothing', async () => {
    await clear();
    const other = await createEvent(srv.url);
    for (const key of [other.key, before.mentees[0]!.token, before.projectorKey, 'x'.repeat(40)]) {
      const r = await history({ body: { events: [{ id: before.id, key }] } });
      expect(r.status, r.text).toBe(403);
      const error = errorBodySchema.parse(r.body).error;
      expect(error.code).toBe('forbidden');
      expect(error.issues).toEqual([
        { path: 'events.0.key', message: `is not the organizer key of event ${JSON.stringify(before.id)}` },
      ]);
      expect(error.message).toMatch(/nothing was added/);
    }
    // One good entry and one bad: the call is refused whole.
    const mixed = await history({
      body: {
        events: [
          { id: before.id, key: before.key },
          { id: other.id, key: before.key },
        ],
      },
    });
    expect(mixed.status, mixed.text).toBe(403);
    expect(mixed.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['events.1.key']);
    // This event itself is no earlier event.
    const self = await history({ body: { events: [{ id: here.id, key: here.key }] } });
    expect(self.status, self.text).toBe(403);
    expect(self.body.error.issues[0].path).toBe('events.0.id');
    expect(await kept()).toEqual([]);
    expect(await metBeforeCount()).toBeUndefined();
  });

  it('refuses a backup whose digest does not match, and other bodies it cannot read; nothing is added', async () => {
    await clear();
    const tampered = before.backup.replace('"Dee"', '"Dora"');
    expect(tampered).not.toBe(before.backup);
    const bad = await history({ raw: tampered });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body.error.message).toMatch(/checksum does not match/);
    expect(bad.body.error.message).toMatch(/Nothing was added/);
    expect(bad.body.error.message).not.toMatch(/created/);

    const own = await call(srv.url, 'GET', `/api/events/${here.id}/backup`, { key: here.key });
    const self = await history({ raw: own.text });
    expect(self.status, self.text).toBe(400);
    expect(self.body.error.message).toMatch(/this event itself/);

    expect((await history({ raw: '{"events": [' })).status).toBe(400);
    const notBackup = await history({ body: { hello: 1 } });
    expect(notBackup.status).toBe(400);
    expect(notBackup.body.error.message).toMatch(/not a Tablehop event backup/);
    const badEvents = await history({ body: { events: [{ id: before.id }] } });
    expect(badEvents.status).toBe(400);
    expect(badEvents.body.error.issues[0].path).toBe('events.0.key');
    const csv = await call(srv.url, 'POST', `/api/events/${here.id}/history`, { key: here.key, csv: 'a,b\n' });
    expect(csv.status).toBe(400);
    expect(await kept()).toEqual([]);
  });
});

describe('DELETE /api/events/:id/history', () => {
  it('forgets every pair met before', async () => {
    await clear();
    expect((await history({ raw: before.backup })).status).toBe(200);
    const n = (await kept()).length;
    expect(n).toBeGreaterThan(0);
    const r = await clear();
    expect(r.status, r.text).toBe(200);
    expect(historyClearedSchema.parse(r.body)).toEqual({ pairs: 0, removed: n });
    expect(await kept()).toEqual([]);
    expect(await metBeforeCount()).toBeUndefined();
    expect((await clear()).body).toEqual({ pairs: 0, removed: 0 });
  });
});

describe('a large backup', () => {
  it("is read past the 1 MiB JSON limit (up to the import's 16 MiB), in a worker thread", async () => {
    // The earlier event's backup with long questions, resealed.
    const file = backupFileSchema.parse(JSON.parse(before.backup));
    const question = 'How do I '.padEnd(480, 'x');
    const mentees = file.event.mentees.map((m) => ({ ...m, questions: Array.from({ length: 30 }, () => question) }));
    const big = sealBackup({ ...file, event: { ...file.event, mentees } }, sha256Hex);
    // Trailing white space is still JSON: the body is 2 MiB, twice the limit of other calls.
    const padded = JSON.stringify(big, null, 2).padEnd(2 * 1024 * 1024, ' ');
    expect(padded.length).toBeGreaterThan(1024 * 1024);
    await clear();
    const r = await history({ raw: padded });
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expect(r.body.added).toBe(expectedPairs(before.schedule).length);
  });
});

describe('the worker-thread path', () => {
  it('reads a backup and pairs it in a thread with the same answer', async () => {
    const heavy = await startServer({ heavy: { from: 'always' } });
    try {
      const a = await createEvent(heavy.url, { rounds: 2 });
      const add = (ev: CreatedEvent, body: unknown) =>
        call(heavy.url, 'POST', `/api/events/${ev.id}/people`, { key: ev.key, body });
      expect((await add(a, { mentors: [{ name: 'Ann' }], mentees: [{ name: 'Bo' }] })).status).toBe(201);
      expect((await call(heavy.url, 'POST', `/api/events/${a.id}/schedule`, { key: a.key, body: {} })).status).toBe(
        200,
      );
      const file = await call(heavy.url, 'GET', `/api/events/${a.id}/backup`, { key: a.key });
      const b = await createEvent(heavy.url);
      expect((await add(b, { mentors: [{ name: 'ann' }], mentees: [{ name: 'BO' }, { name: 'Cy' }] })).status).toBe(
        201,
      );
      const r = await call(heavy.url, 'POST', `/api/events/${b.id}/history`, { key: b.key, raw: file.text });
      expect(r.status, r.text).toBe(200);
      expect(r.body).toEqual({
        pairs: 1,
        added: 1,
        matched: { mentors: 1, mentees: 1 },
        unmatched: { mentors: [], mentees: [] },
      });
    } finally {
      await heavy.close();
    }
  });
});
