import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealBackup } from '../../shared/backup';
import { sha256Hex } from '../../server/hashing';
import { call, clock, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

// Heavy work (large bodies, planning, previews, exports, backups) runs in worker threads. This
// server sends EVERYTHING there (`from: 'always'`), so each route's worker path is exercised
// with small events: the answers must be what the inline path gives.

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer({ heavy: { from: 'always' } });
});
afterAll(() => srv.close());

const organizer = (ev: { key: string }) => ({ key: ev.key });

describe('every heavy route through the worker threads', () => {
  it('people, plan, preview and apply, start and a late arrival, exports, backup and import', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 7 }, { tableCapacity: 2, rounds: 3 });
    const base = `/api/events/${ev.id}`;
    const csv = 'role,name,questions\nmentee,Kim,Why?|What next?\nmentee,Lee,\n';
    const added = await call(srv.url, 'POST', `${base}/people.csv`, { ...organizer(ev), csv });
    expect(added.status, added.text).toBe(201);
    expect(added.body.mentees.map((m: { name: string }) => m.name)).toEqual(['Kim', 'Lee']);
    const bad = await call(srv.url, 'POST', `${base}/people`, { ...organizer(ev), body: { mentees: [{ nmae: 'x' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toContainEqual({
      path: 'mentees.0.nmae',
      message: 'unknown field; did you mean "name"?',
      code: 'unknownFieldMeant',
      params: { suggestion: 'name' },
    });

    const planned = await call(srv.url, 'POST', `${base}/schedule`, { ...organizer(ev), body: { seed: 11 } });
    expect(planned.status, planned.text).toBe(200);
    expect((await call(srv.url, 'GET', `${base}/schedule`, organizer(ev))).body).toEqual(planned.body);
    const seated = planned.body.rounds.flatMap((r: { tables: { menteeIds: string[] }[] }) =>
      r.tables.flatMap((t) => t.menteeIds),
    );
    expect(new Set(seated).size).toBe(9); // every mentee seated in some round

    const preview = await call(srv.url, 'POST', `${base}/schedule/preview`, { ...organizer(ev), body: { seed: 12 } });
    expect(preview.status, preview.text).toBe(200);
    const applied = await call(srv.url, 'POST', `${base}/schedule`, {
      ...organizer(ev),
      body: { seed: 12, basedOn: preview.body.basedOn },
    });
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toEqual(preview.body.schedule);

    await clock(srv.url, ev, { action: 'start' });
    const late = await call(srv.url, 'POST', `${base}/people`, {
      ...organizer(ev),
      body: { mentees: [{ name: 'Late' }] },
    });
    expect(late.status, late.text).toBe(201);
    // A walk-in waits for the reviewed replan, like every door change: preview, then apply.
    expect((await call(srv.url, 'GET', `${base}/schedule`, organizer(ev))).body).toEqual(applied.body);
    const seatLate = await call(srv.url, 'POST', `${base}/schedule/preview`, { ...organizer(ev), body: {} });
    expect(seatLate.status, seatLate.text).toBe(200);
    const seatedLate = await call(srv.url, 'POST', `${base}/schedule`, {
      ...organizer(ev),
      body: { basedOn: seatLate.body.basedOn },
    });
    expect(seatedLate.status, seatedLate.text).toBe(200);
    const after = (await call(srv.url, 'GET', `${base}/schedule`, organizer(ev))).body;
    const lateId = late.body.mentees[0].id as string;
    // Round 1 has begun and stays as it was; the late arrival is placed from round 2 on.
    expect(after.rounds[0]).toEqual(applied.body.rounds[0]);
    const placed = (r: { tables: { menteeIds: string[] }[]; byes: string[] }) =>
      r.byes.includes(lateId) || r.tables.some((t) => t.menteeIds.includes(lateId));
    expect(after.rounds.slice(1).every(placed)).toBe(true);

    const people = await call(srv.url, 'GET', `${base}/people.csv`, organizer(ev));
    expect(people.status).toBe(200);
    expect(people.text.split('\r\n')[0]).toMatch(/^role,name/);
    expect(people.text).toContain('Late');
    const sheet = await call(srv.url, 'GET', `${base}/schedule.csv`, organizer(ev));
    expect(sheet.status).toBe(200);
    expect(sheet.text.split('\r\n').filter(Boolean)).toHaveLength(1 + after.rounds.length);

    const backup = await call(srv.url, 'GET', `${base}/backup`, organizer(ev));
    expect(backup.status).toBe(200);
    expect(backup.body.event.mentees).toHaveLength(10);
    const imported = await call(srv.url, 'POST', '/api/events/import', { body: backup.body });
    expect(imported.status, imported.text).toBe(201);
    // The late arrival sat in no seat of round 1, so the schedule no longer fits: planned again (in a thread).
    expect(imported.body.imported).toEqual({ mentors: 3, mentees: 10, schedule: true, replanned: true });
  });

  it('a large event (1,000 people) is planned in a thread, stored and answered from text built in steps', async () => {
    const ev = await seedEvent(srv.url, { mentors: 100, mentees: 900 }, { tableCapacity: 9, rounds: 4 });
    const base = `/api/events/${ev.id}`;
    const planned = await call(srv.url, 'POST', `${base}/schedule`, { ...organizer(ev), body: { seed: 5 } });
    expect(planned.status, planned.text).toBe(200);
    expect(planned.body.rounds).toHaveLength(4);
    const seated = new Set(planned.body.rounds[0].tables.flatMap((t: { menteeIds: string[] }) => t.menteeIds));
    expect(seated.size).toBe(900);
    // The stored schedule (read back through the store) and the answer are the same text.
    const read = await call(srv.url, 'GET', `${base}/schedule`, organizer(ev));
    expect(read.text).toBe(planned.text);
    expect(read.text).toBe(JSON.stringify(planned.body));
  });

  it('refuses a backup over the structural caps in the thread, saying what is too big and where', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const file = (await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, organizer(ev))).body;
    const { integrity: _, ...content } = file;
    content.event.schedule = {
      mentors: [],
      mentees: [],
      rounds: [{ round: 1, tables: [], byes: Array(200_000).fill('x') }],
    };
    const r = await call(srv.url, 'POST', '/api/events/import', { body: sealBackup(content, sha256Hex) });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe(
      'This backup is too large: event.schedule.rounds.0.byes: ' +
        'a list of 200,000 entries; at most 100,000; nothing was created',
    );
    expect((await call(srv.url, 'GET', '/healthz')).status).toBe(200);
  });

  it('stores a backup as validated data only: extra schedule fields pass the checksum, are not kept', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const file = (await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, organizer(ev))).body;
    const { integrity: _, ...content } = file;
    const padding = 'x'.repeat(9_000); // under the structural cap on one text (10,000)
    content.event.schedule = {
      ...content.event.schedule,
      padding,
      mentors: content.event.schedule.mentors.map((m: object) => ({ ...m, padding })),
      rounds: content.event.schedule.rounds.map((r: object) => ({ ...r, padding })),
    };
    const r = await call(srv.url, 'POST', '/api/events/import', { body: sealBackup(content, sha256Hex) });
    expect(r.status, r.text.slice(0, 300)).toBe(201);
    const stored = (await srv.store.load(r.body.event.id))!;
    expect(JSON.stringify(stored)).not.toContain(padding);
    expect(stored.schedule!.rounds).toHaveLength(content.event.schedule.rounds.length);
  });

  it('refuses a people list nested 60,000 deep before it reaches a thread (the clone would overflow)', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const raw = `{"mentors":${'['.repeat(60_000)}${']'.repeat(60_000)}}`;
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, { key: ev.key, raw });
    expect(r.status, r.text.slice(0, 200)).toBe(400);
    expect(r.body.error.message).toBe(
      'This list of people is too large: mentors.0.0.0.0.0.0.0: nested deeper than 8 levels; nothing was added',
    );
  });
});

describe('the budgets of a thread', () => {
  it('work over its time is stopped with a 503 and changes nothing', async () => {
    // Only planning goes to the thread (adding people to an event of no rounds yet is no work).
    const from = { bytes: Number.MAX_SAFE_INTEGER, planWork: 50, people: Number.MAX_SAFE_INTEGER };
    const slow = await startServer({ heavy: { from, budget: { timeoutMs: 1 } } });
    try {
      const ev = await seedEvent(slow.url, { mentors: 4, mentees: 20 });
      const r = await call(slow.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
      expect(r.status, r.text).toBe(503);
      expect(r.body.error).toMatchObject({
        code: 'unavailable',
        message: 'this took longer than 0 s and was stopped; nothing changed (make the event smaller, or split it)',
      });
      expect((await call(slow.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).status).toBe(404);
    } finally {
      await slow.close();
    }
  });
});
