import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleSchema, type Schedule } from '../../shared/schemas/schedule';
import { call, clock, createEvent, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

/** Every mentee sits at most once per round, and tables hold at most `capacity`. */
function expectSound(s: Schedule, menteeIds: string[], capacity: number) {
  for (const r of s.rounds) {
    const seated = r.tables.flatMap((t) => t.menteeIds);
    expect(new Set([...seated, ...r.byes]).size).toBe(seated.length + r.byes.length);
    expect([...seated, ...r.byes].sort()).toEqual([...menteeIds].sort());
    for (const t of r.tables) expect(t.menteeIds.length).toBeLessThanOrEqual(capacity);
  }
}

describe('planning', () => {
  it('404 before a plan; POST plans (one round per mentor by default); GET returns the same', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 5 }, { tableCapacity: 2 });
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).status).toBe(404);
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    expect(r.status, r.text).toBe(200);
    const s = scheduleSchema.parse(r.body);
    expect(s.rounds.map((x) => x.round)).toEqual([1, 2, 3]);
    expectSound(
      s,
      ev.mentees.map((m) => m.id),
      2,
    );
    const got = await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key });
    expect(got.body).toEqual(r.body);
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.event).toMatchObject({ rounds: 3, roundsFixed: false });
    expect(view.scheduleVersion).toBeGreaterThan(0);
  });

  it('the same seed plans the same; a body seed is accepted; bad bodies are 400', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 6 }, { tableCapacity: 2, rounds: 3 });
    const a = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 42 } });
    const b = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 42 } });
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(
      (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 'another' } })).status,
    ).toBe(200);
    expect(
      (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: [1] } })).status,
    ).toBe(400);
  });

  it('409 without mentors', async () => {
    const ev = await createEvent(srv.url);
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/mentor/);
  });

  it('keeps a planned schedule true to the people: a late mentee is seated, a rename relabels', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const late = (
      await call(srv.url, 'POST', `/api/events/${ev.id}/people`, { key: ev.key, body: { mentees: [{ name: 'Late' }] } })
    ).body.mentees[0];
    const s = scheduleSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body);
    expectSound(s, [...ev.mentees.map((m) => m.id), late.id], 1);
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentors[0]!.id}`, {
      key: ev.key,
      body: { name: 'Grace' },
    });
    const s2 = scheduleSchema.parse(
      (await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body,
    );
    expect(s2.mentors.find((m) => m.id === ev.mentors[0]!.id)?.name).toBe('Grace');
    expect(s2.rounds).toEqual(s.rounds);
  });

  it('GET schedule.csv is a sheet', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.csv`, { key: ev.key });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment/);
    expect(r.text).toContain('Mentor 1');
    expect(r.text.trim().split(/\r?\n/).length).toBe(3);
  });
});

describe('replanning after the start', () => {
  it('changes only rounds not yet begun', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 6 }, { rounds: 3, tableCapacity: 2 });
    const before = scheduleSchema.parse(
      (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 1 } })).body,
    );
    await clock(srv.url, ev, { action: 'start' });
    // During meeting 1, round 1 is under way: a replan (new seed) and a late mentee leave it alone.
    const after = scheduleSchema.parse(
      (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 999 } })).body,
    );
    expect(after.rounds[0]).toEqual(before.rounds[0]);
    const late = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: [{ name: 'Late' }] },
    });
    const lateId = late.body.mentees[0].id;
    // A walk-in waits for a replan, like every door change; planning now (no review) seats them.
    const waiting = scheduleSchema.parse(
      (await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body,
    );
    expect(waiting).toEqual(after);
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const s = scheduleSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body);
    expect(s.rounds[0]).toEqual(before.rounds[0]);
    expect(
      s.rounds.slice(1).some((r) => r.tables.some((t) => t.menteeIds.includes(lateId)) || r.byes.includes(lateId)),
    ).toBe(true);
    // In the changeover to round 2, round 2 is still open.
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    expect((await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} })).status).toBe(200);
    // In the last meeting nothing is left to replan; after the end nothing may change.
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 1 });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 2 });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 3 });
    expect((await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} })).status).toBe(409);
    await clock(srv.url, ev, { action: 'end' });
    expect((await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} })).status).toBe(409);
  });
});
