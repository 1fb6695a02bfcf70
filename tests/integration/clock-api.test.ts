import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockSnapshotSchema } from '../../shared/schemas/clock';
import { call, clock, createEvent, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

describe('POST/GET /api/events/:id/clock', () => {
  it('idle until started; starting needs a mentor', async () => {
    const ev = await createEvent(srv.url);
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key });
    expect(r.status).toBe(200);
    expect(clockSnapshotSchema.parse(r.body)).toMatchObject({
      status: 'idle',
      phase: null,
      phaseEndsAt: null,
      remainingMs: 0,
    });
    expect(Math.abs(r.body.serverNow - Date.now())).toBeLessThan(2000);
    const start = await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body: { action: 'start' } });
    expect(start.status).toBe(409);
  });

  it('start plans when needed, then pause, resume, extend, skip, end', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { roundSeconds: 600, changeoverSeconds: 60 });
    const t = Date.now();
    const started = clockSnapshotSchema.parse(await clock(srv.url, ev, { action: 'start' }));
    expect(started).toMatchObject({
      status: 'running',
      phase: { index: 0, kind: 'meeting', round: 1 },
      rounds: 2,
      phaseCount: 3,
    });
    expect(started.phaseEndsAt! - t).toBeGreaterThan(599_000);
    expect(started.phaseEndsAt! - t).toBeLessThan(602_000);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).status).toBe(200);

    const paused = await clock(srv.url, ev, { action: 'pause', expectedPhase: 0 });
    expect(paused).toMatchObject({ status: 'paused', phaseEndsAt: null });
    expect(paused.remainingMs).toBeGreaterThan(590_000);
    const extended = await clock(srv.url, ev, { action: 'extend', seconds: 30 });
    expect(extended.remainingMs - paused.remainingMs).toBe(30_000);
    const resumed = await clock(srv.url, ev, { action: 'resume' });
    expect(resumed.status).toBe('running');
    const skipped = await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    expect(skipped).toMatchObject({ status: 'running', phase: { index: 1, kind: 'changeover', round: 2 } });
    expect(skipped.version).toBeGreaterThan(resumed.version);
    const ended = await clock(srv.url, ev, { action: 'end' });
    expect(ended).toMatchObject({ status: 'finished', phase: null });
    for (const action of ['start', 'pause', 'resume', 'skip', 'end', 'extend']) {
      const r = await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body: { action } });
      expect(r.status, action).toBe(409);
      expect(r.body.error.code).toBe('conflict');
    }
  });

  it('a double skip against phase 0 skips exactly once', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 3 });
    await clock(srv.url, ev, { action: 'start' });
    const send = () =>
      call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body: { action: 'skip', expectedPhase: 0 } });
    const answers = await Promise.all([send(), send()]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error.message).toMatch(/phase 0/);
    const now = await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key });
    expect(now.body.phase.index).toBe(1);
  });

  it('400 for a bad command, changing nothing', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    await clock(srv.url, ev, { action: 'start' });
    const before = (await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body;
    for (const body of [
      { action: 'fly' },
      { action: 'extend', seconds: -5 },
      { action: 'skip', expectedPhase: 'zero' },
      {},
      { action: 'extend', seconds: 1.5 },
    ]) {
      const r = await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.issues.length).toBeGreaterThan(0);
    }
    const after = (await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body;
    expect(after.version).toBe(before.version);
  });
});

describe('PATCH settings once started', () => {
  it('allows what shapes future phases, refuses rewriting the past', async () => {
    const ev = await seedEvent(
      srv.url,
      { mentors: 4, mentees: 4 },
      { rounds: 4, breaks: [{ afterRound: 1, seconds: 300 }] },
    );
    await clock(srv.url, ev, { action: 'start' });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 }); // break before round 2
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 1 }); // meeting 2
    const patch = (body: object) => call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body });
    const ok = await patch({
      roundSeconds: 300,
      changeoverSeconds: 30,
      name: 'Later',
      breaks: [
        { afterRound: 1, seconds: 300 },
        { afterRound: 3, seconds: 120 },
      ],
    });
    expect(ok.status, ok.text).toBe(200);

    expect(ok.body.event).toMatchObject({ roundSeconds: 300, name: 'Later' });
    expect(ok.body.clock.phase).toMatchObject({ index: 2, kind: 'meeting', round: 2 });
    expect((await patch({ rounds: 3 })).status).toBe(400); // the break after round 3 would be last
    expect((await patch({ rounds: 5 })).status).toBe(200);
    const fewer = await patch({ rounds: 1 });
    expect(fewer.status).toBe(409);
    expect(fewer.body.error.message).toMatch(/round 2/);
    expect((await patch({ breaks: [{ afterRound: 3, seconds: 120 }] })).status).toBe(409); // removes a past break
    expect(
      (
        await patch({
          breaks: [
            { afterRound: 1, seconds: 60 },
            { afterRound: 3, seconds: 120 },
          ],
        })
      ).status,
    ).toBe(409);
    await clock(srv.url, ev, { action: 'end' });
    expect((await patch({ roundSeconds: 100 })).status).toBe(409);
    expect((await patch({ name: 'Archived' })).status).toBe(200);
  });
});
