import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { statusAnswerSchema } from '../../shared/attendance/preview-schema';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, drain, received, settle, waitFor } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

const status = (ev: SeededEvent, personId: string, body: unknown, key: string | null = ev.key) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/people/${personId}/status`, { key, body });
const view = async (ev: SeededEvent) => (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
const plan = (ev: SeededEvent) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 5 } });

describe('attendance at the door', () => {
  it('everyone starts expected; marked present, absent, left (and back), each answer the person and link', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 });
    const v0 = await view(ev);
    expect([...v0.mentors, ...v0.mentees].map((p: { attendance: string }) => p.attendance)).toEqual(
      Array(5).fill('expected'),
    );
    const sam = ev.mentees[1]!;
    for (const s of ['present', 'absent', 'left', 'expected', 'present'] as const) {
      const r = await status(ev, sam.id, { status: s });
      expect(r.status, r.text).toBe(200);
      const body = statusAnswerSchema.parse(r.body);
      expect(body.person).toMatchObject({ id: sam.id, attendance: s, token: sam.token, link: sam.link });
      expect((await view(ev)).mentees[1].attendance).toBe(s);
    }
    const mentor = await status(ev, ev.mentors[0]!.id, { status: 'present' });
    expect(mentor.body.person).toMatchObject({ id: ev.mentors[0]!.id, table: 'T1', attendance: 'present' });
  });

  it('attendance moves no one: seating waits for an applied preview; the answer lists what is pending', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 4 }, { rounds: 3 });
    const planned = (await plan(ev)).body;
    const before = await view(ev);
    // Checking in someone who is already seated changes nothing in the seating.
    const here = await status(ev, ev.mentees[0]!.id, { status: 'present' });
    expect(here.body.pending).toEqual([]);
    const gone = await status(ev, ev.mentees[2]!.id, { status: 'absent' });
    expect(gone.body.pending).toEqual([
      { personId: ev.mentees[2]!.id, name: 'Mentee 3', role: 'mentee', attendance: 'absent', change: 'unseat' },
    ]);
    const left = await status(ev, ev.mentors[1]!.id, { status: 'left' });
    expect(left.body.pending.map((p: { personId: string; change: string }) => [p.personId, p.change])).toEqual([
      [ev.mentors[1]!.id, 'unseat'],
      [ev.mentees[2]!.id, 'unseat'],
    ]);
    const after = await view(ev);
    expect(after.schedule).toEqual(planned);
    expect(after.scheduleVersion).toBe(before.scheduleVersion);
  });

  it('refuses bad bodies (400), unknown people (404), other keys (401/403) and changes nothing', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 });
    const other = await seedEvent(srv.url, { mentors: 1, mentees: 0 });
    const id = ev.mentees[0]!.id;
    for (const body of [
      {},
      { status: 'gone' },
      { status: 'present', extra: 1 },
      { status: 'present', expectedPhase: -1 },
      { status: 'present', expectedPhase: 1.5 },
      { status: ['present'] },
    ]) {
      const r = await status(ev, id, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('bad_request');
    }
    expect((await status(ev, 'nobody', { status: 'present' })).status).toBe(404);
    expect((await status(ev, id, { status: 'present' }, null)).status).toBe(401);
    expect((await status(ev, id, { status: 'present' }, ev.mentees[0]!.token)).status).toBe(403);
    expect((await status(ev, id, { status: 'present' }, ev.projectorKey)).status).toBe(403);
    expect((await status(ev, id, { status: 'present' }, other.key)).status).toBe(403);
    expect((await view(ev)).mentees.map((p: { attendance: string }) => p.attendance)).toEqual(['expected', 'expected']);
  });

  it('expectedPhase: a tap a phase late is a 409 and changes nothing; after the end nothing may change', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2 });
    await plan(ev);
    await clock(srv.url, ev, { action: 'start' });
    const id = ev.mentees[0]!.id;
    expect((await status(ev, id, { status: 'left', expectedPhase: 0 })).status).toBe(200);
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    const late = await status(ev, id, { status: 'present', expectedPhase: 0 });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/no longer in phase 0 \(now phase 1\)/);
    expect((await view(ev)).mentees[0].attendance).toBe('left');
    await clock(srv.url, ev, { action: 'end' });
    expect((await status(ev, id, { status: 'present' })).status).toBe(409);
  });

  it('tells only the person concerned (and the organizers) about a status change', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 }, { rounds: 2 });
    await plan(ev);
    const org = await connect(srv.url, ev.key);
    const proj = await connect(srv.url, ev.projectorKey);
    const people = await Promise.all(
      [...ev.mentors, ...ev.mentees].map(async (p) => ({ id: p.id, ...(await connect(srv.url, p.token)) })),
    );
    const target = ev.mentees[1]!.id;
    expect((await status(ev, target, { status: 'absent' })).status).toBe(200);
    const mine = await waitFor<{ me: { person: { attendance: string } } }>(
      people.find((p) => p.id === target)!.socket,
      'snapshot:updated',
    );
    expect(mine.me.person.attendance).toBe('absent');
    const o = await waitFor<{ organizer: { mentees: { id: string; attendance: string }[] } }>(
      org.socket,
      'snapshot:updated',
    );
    expect(o.organizer.mentees.find((m) => m.id === target)?.attendance).toBe('absent');
    await settle();
    expect(received(proj.socket, 'snapshot:updated')).toEqual([]);
    for (const p of people) if (p.id !== target) expect(received(p.socket, 'snapshot:updated'), p.id).toEqual([]);
    // The same status again is no change at all: nobody hears anything.
    for (const s of [org, ...people]) drain(s.socket);
    expect((await status(ev, target, { status: 'absent' })).status).toBe(200);
    await settle();
    for (const s of [org, proj, ...people]) expect(received(s.socket, 'snapshot:updated')).toEqual([]);
  });
});

describe('checking oneself in from the personal page', () => {
  const checkIn = (token: string | null) => call(srv.url, 'POST', '/api/me/check-in', { key: token, body: {} });

  it('a mentee or mentor checks in before the start; the organizer sees it', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 2 });
    const r = await checkIn(ev.mentees[1]!.token);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ attendance: 'present' });
    expect((await checkIn(ev.mentors[0]!.token)).body).toEqual({ attendance: 'present' });
    expect((await checkIn(ev.mentees[1]!.token)).status).toBe(200); // twice is harmless
    const v = await view(ev);
    expect(v.mentees.map((m: { attendance: string }) => m.attendance)).toEqual(['expected', 'present']);
    expect(v.mentors[0].attendance).toBe('present');
    const me = await call(srv.url, 'GET', '/api/me', { key: ev.mentees[1]!.token });
    expect(me.body.person.attendance).toBe('present');
  });

  it('is for personal links only, and only before the start', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    expect((await checkIn(ev.key)).status).toBe(403);
    expect((await checkIn(ev.projectorKey)).status).toBe(403);
    expect((await checkIn(null)).status).toBe(401);
    await clock(srv.url, ev, { action: 'start' });
    const r = await checkIn(ev.mentees[0]!.token);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/organizer at the door/);
    expect((await view(ev)).mentees[0].attendance).toBe('expected');
  });
});
