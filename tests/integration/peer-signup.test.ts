/**
 * Self sign-up in a peer event over HTTP (issue 17 with issue 16): the participant becomes a
 * peer of the event (planned with the others), never a mentee of a mentor-mentee plan; a
 * mentor sign-up, or one naming people the public page does not list, is refused at its field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

describe('sign-up in a peer event', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  async function peerEvent() {
    const ev = await createEvent(srv.url, { pairing: 'peer', tableCapacity: 2 });
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { peers: [{ name: 'Ada' }, { name: 'Bo' }, { name: 'Cy' }] },
    });
    expect(added.status, added.text).toBe(201);
    const opened = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: true, approval: 'auto', consentText: 'ok' },
    });
    expect(opened.status, opened.text).toBe(200);
    return { ...ev, code: opened.body.code as string };
  }
  const join = (ev: { id: string; code: string }, body: Record<string, unknown>) =>
    call(srv.url, 'POST', `/api/join/${ev.id}`, { key: ev.code, body: { consent: true, ...body } });

  it('the page is told it is a peer event, and a sign-up becomes a peer in the plan', async () => {
    const ev = await peerEvent();
    const page = await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: ev.code });
    expect(page.body.event.pairing).toBe('peer');
    expect(page.body.mentors).toEqual([]);
    const r = await join(ev, { role: 'mentee', name: 'Dee', email: 'dee@example.org' });
    expect(r.status, r.text).toBe(201);
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.mentors).toEqual([]);
    expect(view.mentees.map((m: { name: string }) => m.name)).toEqual(['Ada', 'Bo', 'Cy', 'Dee']);
    const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    expect(planned.status, planned.text).toBe(200);
    const { schedule } = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const dee = view.mentees[3].id as string;
    // Four peers at tables of two: three rounds meet every pair once, Dee included.
    const met = new Set<string>();
    for (const round of schedule.rounds)
      for (const t of round.tables) if (t.peerIds?.includes(dee)) for (const p of t.peerIds) met.add(p);
    met.delete(dee);
    expect(met.size).toBe(3);
  });

  it('refuses a mentor, and questions or wishes, at their fields; nothing is added', async () => {
    const ev = await peerEvent();
    const mentor = await join(ev, { role: 'mentor', name: 'Eve' });
    expect(mentor.status).toBe(400);
    expect(mentor.body.error.issues).toEqual([
      { path: 'role', message: 'a peer event has no mentors: sign up as a participant', code: 'peerEventNoMentors' },
    ]);
    const extras = await join(ev, { role: 'mentee', name: 'Fay', questions: ['How?'] });
    expect(extras.status).toBe(400);
    expect(extras.body.error.issues).toEqual([
      {
        path: 'questions',
        message: 'a peer event takes no questions at sign-up',
        code: 'notForPeerSignup',
        params: { field: 'questions' },
      },
    ]);
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.mentees).toHaveLength(3);
  });
});
