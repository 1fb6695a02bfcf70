import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockSnapshotSchema, type ClockSnapshot } from '../../shared/schemas/clock';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { connect, waitFor } from '../support/sockets';
import { dropTestStore } from './store/support/test-store';

// Undo of a skip or an end, and the rehearsal reset, over the clock route (POST …/clock) and
// the `clock:command` socket event. The server's clock is shifted by hand (`later`) so that
// "more than 10 seconds later" needs no sleeping.

let srv: TestServer;
let shift = 0;
const later = (ms: number) => {
  shift += ms;
};
beforeAll(async () => {
  srv = await startServer({ now: () => Date.now() + shift });
});
afterAll(() => srv.close());

const post = (ev: SeededEvent, body: unknown, key = ev.key) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key, body });
const getClock = async (ev: SeededEvent) =>
  clockSnapshotSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body);
const history = async (ev: SeededEvent) =>
  (await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key })).body.event.clockHistory as {
    action: string;
    version: number;
  }[];

/** An event of two 10-minute rounds, started. */
async function started(): Promise<SeededEvent> {
  const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { roundSeconds: 600, changeoverSeconds: 60 });
  await clock(srv.url, ev, { action: 'start' });
  return ev;
}

describe('POST /api/events/:id/clock { action: "undo" }', () => {
  it('takes back an end: running again with the time it had left, told to every screen', async () => {
    const ev = await started();
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    later(2_000);
    const ended = clockSnapshotSchema.parse(await clock(srv.url, ev, { action: 'end', expectedPhase: 0 }));
    expect(ended).toMatchObject({ status: 'finished' });
    expect(ended).not.toHaveProperty('undo'); // the record stays on the server
    expect(await waitFor<ClockSnapshot>(phone.socket, 'clock:changed')).toMatchObject({ status: 'finished' });

    later(4_000);
    const r = await post(ev, { action: 'undo', version: ended.version });
    expect(r.status, r.text).toBe(200);
    const back = clockSnapshotSchema.parse(r.body);
    expect(back).toMatchObject({ status: 'running', phase: { index: 0, kind: 'meeting', round: 1 } });
    expect(back.version).toBe(ended.version + 1);
    // 600 s minus the 2 s before the end (plus the test's own few ms): the 4 s ended do not count.
    expect(back.remainingMs).toBeGreaterThan(597_000);
    expect(back.remainingMs).toBeLessThanOrEqual(598_000);
    expect(await waitFor<ClockSnapshot>(phone.socket, 'clock:changed')).toMatchObject({
      status: 'running',
      version: back.version,
    });
    expect((await history(ev)).map((e) => e.action)).toEqual(['start', 'end', 'undo']);

    // Undone once: a second undo finds nothing to take back.
    const again = await post(ev, { action: 'undo', version: back.version });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('cannot undo: the last change of the clock was not a skip or an end');
  });

  it('takes back a skip; refuses after 10 s, or once the clock changed, changing nothing', async () => {
    const ev = await started();
    const skipped = await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    later(11_000);
    const late = await post(ev, { action: 'undo', version: skipped.version });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'conflict',
      message: /^too late to undo the skip: it was 11\.\d s ago/,
    });
    expect(await getClock(ev)).toMatchObject({ version: skipped.version, phase: { index: 1 } });

    const skipped2 = await clock(srv.url, ev, { action: 'skip', expectedPhase: 1 });
    await clock(srv.url, ev, { action: 'pause' });
    const stale = await post(ev, { action: 'undo', version: skipped2.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/^cannot undo: the clock has changed since version \d+/);
    expect(await getClock(ev)).toMatchObject({ status: 'paused', phase: { index: 2 } });
  });

  it('survives a server restart: what the skip replaced is stored with the clock', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-undo-'));
    try {
      let other = await startServer({ dataDir });
      const ev = await seedEvent(other.url, { mentors: 2, mentees: 2 }, { roundSeconds: 600 });
      await clock(other.url, ev, { action: 'start' });
      const skipped = await clock(other.url, ev, { action: 'skip', expectedPhase: 0 });
      await other.close();
      other = await startServer({ dataDir });
      const r = await call(other.url, 'POST', `/api/events/${ev.id}/clock`, {
        key: ev.key,
        body: { action: 'undo', version: skipped.version },
      });
      expect(r.status, r.text).toBe(200);
      expect(r.body).toMatchObject({ status: 'running', phase: { index: 0 } });
      await other.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await dropTestStore(dataDir);
    }
  });

  it('400 for a bad undo body', async () => {
    const ev = await started();
    for (const body of [{ action: 'undo' }, { action: 'undo', version: -1 }, { action: 'undo', version: 2, x: 1 }]) {
      const r = await post(ev, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('POST /api/events/:id/clock { action: "reset" }', () => {
  it('brings a short rehearsal back to not started, keeping people, check-ins and the plan', async () => {
    const ev = await started();
    const mentee = ev.mentees[0]!;
    const marked = await call(srv.url, 'POST', `/api/events/${ev.id}/people/${mentee.id}/status`, {
      key: ev.key,
      body: { status: 'present' },
    });
    expect(marked.status).toBe(200);
    const before = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const phone = await connect(srv.url, mentee.token);
    later(30_000);
    const r = await post(ev, { action: 'reset' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ status: 'idle', phase: null, startedAt: null });
    expect(await waitFor<ClockSnapshot>(phone.socket, 'clock:changed')).toMatchObject({ status: 'idle' });
    const after = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(after.schedule).toEqual(before.schedule);
    expect(after.mentees.find((m: { id: string }) => m.id === mentee.id).attendance).toBe('present');
    expect((await history(ev)).map((e) => e.action)).toEqual(['start', 'reset']);
    // And it starts again from round 1.
    expect(await clock(srv.url, ev, { action: 'start' })).toMatchObject({ status: 'running', phase: { index: 0 } });
  });

  it('after a minute only with confirm; idle has nothing to reset', async () => {
    const ev = await started();
    later(61_000);
    const refused = await post(ev, { action: 'reset' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/^the clock has run for 61 seconds since the start: .*"confirm": true/);
    expect((await getClock(ev)).status).toBe('running');
    const confirmed = await post(ev, { action: 'reset', confirm: true });
    expect(confirmed.status).toBe(200);
    const idle = await post(ev, { action: 'reset', confirm: true });
    expect(idle.status).toBe(409);
    expect(idle.body.error.message).toBe('the clock has not started: there is nothing to reset');
  });
});

describe('clock:command with undo and reset', () => {
  it('the organizer undoes an end and resets over the socket; the other screens hear it', async () => {
    const ev = await started();
    const org = await connect(srv.url, ev.key);
    const projector = await connect(srv.url, ev.projectorKey);
    const ended = await org.socket.emitWithAck('clock:command', { action: 'end', expectedPhase: 0 });
    if (!ended.ok) throw new Error(ended.error.message);
    const undone = await org.socket.emitWithAck('clock:command', { action: 'undo', version: ended.data.version });
    expect(undone).toMatchObject({ ok: true, data: { status: 'running', phase: { index: 0 } } });
    await waitFor<ClockSnapshot>(projector.socket, 'clock:changed', (c) => c.status === 'finished');
    await waitFor<ClockSnapshot>(projector.socket, 'clock:changed', (c) => c.status === 'running');
    expect(await org.socket.emitWithAck('clock:command', { action: 'reset' })).toMatchObject({
      ok: true,
      data: { status: 'idle' },
    });
    await waitFor<ClockSnapshot>(projector.socket, 'clock:changed', (c) => c.status === 'idle');
  });

  it('anyone else is forbidden; a bad payload is refused; nothing changes', async () => {
    const ev = await started();
    const skipped = await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    for (const token of [ev.mentees[0]!.token, ev.mentors[0]!.token, ev.projectorKey]) {
      const { socket } = await connect(srv.url, token);
      expect(await socket.emitWithAck('clock:command', { action: 'undo', version: skipped.version })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: 'only the organizer can command the clock' },
      });
      expect(await socket.emitWithAck('clock:command', { action: 'reset', confirm: true })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    const { socket } = await connect(srv.url, ev.key);
    expect(await socket.emitWithAck('clock:command', { action: 'undo', version: 'latest' } as never)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await getClock(ev)).toMatchObject({ version: skipped.version, phase: { index: 1 } });
  });
});
