/**
 * "I am here after all": a person marked absent or gone tells the organizer from their own
 * page, over HTTP (`POST /api/me/here`) or the socket (`attendance:here`). They become present;
 * the seating waits for the organizer's reviewed replan, as for any check-in at the door.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkInAnswerSchema } from '../../shared/protocol/answers';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, drain, received, settle, waitFor } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

const here = (token: string | null, body: unknown = {}) => call(srv.url, 'POST', '/api/me/here', { key: token, body });
const view = async (ev: SeededEvent) => (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
const attendanceOf = async (ev: SeededEvent, id: string) =>
  [...(await view(ev)).mentors, ...(await view(ev)).mentees].find((p: { id: string }) => p.id === id).attendance;
const status = (ev: SeededEvent, personId: string, s: string) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/people/${personId}/status`, { key: ev.key, body: { status: s } });
const preview = async (ev: SeededEvent) =>
  (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule/preview`, { key: ev.key, body: {} })).body;

/** A started event of 2 rounds where mentee 1 was marked absent and the organizer applied it. */
async function noShowTakenOff(): Promise<SeededEvent> {
  const ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 }, { rounds: 2 });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 3 } });
  await clock(srv.url, ev, { action: 'start' });
  expect((await status(ev, ev.mentees[0]!.id, 'absent')).status).toBe(200);
  const p = await preview(ev);
  const applied = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, {
    key: ev.key,
    body: { basedOn: p.basedOn },
  });
  expect(applied.status, applied.text).toBe(200);
  expect((await preview(ev)).pending).toEqual([]);
  return ev;
}

describe('POST /api/me/here', () => {
  it('a no-show taken off the coming rounds is present again; the organizer is told and reviews the seat', async () => {
    const ev = await noShowTakenOff();
    const org = await connect(srv.url, ev.key);
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    const other = await connect(srv.url, ev.mentees[1]!.token);
    const scheduleBefore = (await view(ev)).schedule;

    const r = await here(ev.mentees[0]!.token);
    expect(r.status, r.text).toBe(200);
    expect(checkInAnswerSchema.strict().parse(r.body)).toEqual({ attendance: 'present' });

    // The organizer's console hears of it, as of any door change, and the preview lists the seat.
    const o = await waitFor<{ organizer: { mentees: { id: string; attendance: string }[] } }>(
      org.socket,
      'snapshot:updated',
      (s) => s.organizer.mentees.find((m) => m.id === ev.mentees[0]!.id)?.attendance === 'present',
    );
    expect(o.organizer.mentees[0]!.attendance).toBe('present');
    expect((await preview(ev)).pending).toEqual([
      { personId: ev.mentees[0]!.id, name: 'Mentee 1', role: 'mentee', attendance: 'present', change: 'seat' },
    ]);
    // Nobody moved: the schedule is as it was until the organizer applies.
    expect((await view(ev)).schedule).toEqual(scheduleBefore);
    // The person's own page says present; no one else's page changed.
    const mine = await waitFor<{ me: { person: { attendance: string } } }>(phone.socket, 'snapshot:updated', (s) =>
      Boolean(s.me?.person),
    );
    expect(mine.me.person.attendance).toBe('present');
    await settle();
    expect(received(other.socket, 'snapshot:updated')).toEqual([]);
    // Twice is harmless.
    expect((await here(ev.mentees[0]!.token)).body).toEqual({ attendance: 'present' });
  });

  it('works before the start too, for a mentor as for a mentee', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    await status(ev, ev.mentors[0]!.id, 'absent');
    expect((await here(ev.mentors[0]!.token)).body).toEqual({ attendance: 'present' });
    expect(await attendanceOf(ev, ev.mentors[0]!.id)).toBe('present');
  });

  it('refuses other keys (401/403), a body with fields (400) and the end (409), changing nothing', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 }, { rounds: 1 });
    const id = ev.mentees[0]!.id;
    await status(ev, id, 'absent');
    expect((await here(null)).status).toBe(401);
    expect((await here(ev.key)).status).toBe(403);
    expect((await here(ev.projectorKey)).status).toBe(403);
    const bad = await here(ev.mentees[0]!.token, { personId: ev.mentees[1]!.id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/personId: unknown field/);
    expect(await attendanceOf(ev, id)).toBe('absent');
    await clock(srv.url, ev, { action: 'start' });
    await clock(srv.url, ev, { action: 'end' });
    const late = await here(ev.mentees[0]!.token);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('the event has ended; check-in is closed');
    expect(await attendanceOf(ev, id)).toBe('absent');
  });
});

describe('the attendance:here socket event', () => {
  it('a mentor marked gone says so from their phone: the ack says present, the organizer sees it', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    await clock(srv.url, ev, { action: 'start' });
    await status(ev, ev.mentors[1]!.id, 'left');
    const org = await connect(srv.url, ev.key);
    const phone = await connect(srv.url, ev.mentors[1]!.token);
    drain(org.socket);
    expect(await phone.socket.emitWithAck('attendance:here', {})).toEqual({
      ok: true,
      data: { attendance: 'present' },
    });
    const o = await waitFor<{ organizer: { mentors: { id: string; attendance: string }[] } }>(
      org.socket,
      'snapshot:updated',
    );
    expect(o.organizer.mentors.find((m) => m.id === ev.mentors[1]!.id)?.attendance).toBe('present');
    // The mentor was still placed (nothing applied yet), so nothing is left pending.
    expect((await preview(ev)).pending).toEqual([]);
  });

  it('is refused for the organizer and projector keys and for a payload with fields; nothing changes', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    await status(ev, ev.mentees[0]!.id, 'absent');
    for (const key of [ev.key, ev.projectorKey]) {
      const { socket } = await connect(srv.url, key);
      expect(await socket.emitWithAck('attendance:here', {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: 'only a person can say they are here after all' },
      });
    }
    const { socket } = await connect(srv.url, ev.mentees[0]!.token);
    const bad = await socket.emitWithAck('attendance:here', { attendance: 'present' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await attendanceOf(ev, ev.mentees[0]!.id)).toBe('absent');
    expect(await socket.emitWithAck('attendance:here', {})).toMatchObject({ ok: true });
    expect(await attendanceOf(ev, ev.mentees[0]!.id)).toBe('present');
  });
});
