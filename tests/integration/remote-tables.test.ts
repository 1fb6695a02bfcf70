/**
 * Remote tables over real HTTP and Socket.IO (issue 17, part 3): a mentor's meeting link is
 * taken from the people API, the CSV import (meeting_url) and a PATCH, refused with its field
 * path or CSV line when not https; the mentee seated at that table gets it on their page (a
 * PATCH pushes it live); the projector knows the table is remote but never sees the link; the
 * people export carries it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPage, Snapshot } from '../../shared/protocol/views';
import { call, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { connect, waitFor } from '../support/sockets';

const CALL = 'https://meet.example.org/ann';

describe('remote tables over HTTP', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  it('refuses a link that is not https at its field, and changes nothing', async () => {
    const ev = await createEvent(srv.url);
    for (const url of ['http://meet.example.org/ann', 'javascript:alert(1)']) {
      const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
        key: ev.key,
        body: { mentors: [{ name: 'Ann', meetingUrl: url }] },
      });
      expect(r.status, r.text).toBe(400);
      expect(r.body.error.issues).toEqual([
        { path: 'mentors.0.meetingUrl', message: 'must be an https:// link', code: 'notHttps' },
      ]);
    }
    const csv = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, {
      key: ev.key,
      csv: 'role,name,meeting_url\nmentor,Ann,https://meet.example.org/a\nmentor,Bo,http://meet.example.org/b\n',
    });
    expect(csv.status, csv.text).toBe(400);
    expect(csv.body.error.issues).toEqual([
      {
        path: 'line 3',
        message: 'meeting_url: must be an https:// link',
        code: 'notHttps',
        params: { field: 'meeting_url' },
      },
    ]);
    const view = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(view.body.mentors).toEqual([]);
  });

  it('the mentee at the remote table gets the call; the projector only that it is remote', async () => {
    const ev = await createEvent(srv.url, { rounds: 2, tableCapacity: 1 });
    const csv = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, {
      key: ev.key,
      csv: `role,name,meeting_url\nmentor,Ann,${CALL}\nmentor,Bo,\nmentee,Cy,\nmentee,Di,\n`,
    });
    expect(csv.status, csv.text).toBe(201);
    const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    expect(planned.status, planned.text).toBe(200);
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const [ann, bo] = view.mentors;
    expect(ann.meetingUrl).toBe(CALL);
    const cy = view.mentees[0];
    const page = (await call<PersonPage>(srv.url, 'GET', '/api/me', { key: cy.token })).body;
    const atAnn = page.rounds.find((r) => r.mentorId === ann.id)!;
    const atBo = page.rounds.find((r) => r.mentorId === bo.id)!;
    expect(atAnn.meetingUrl).toBe(CALL);
    expect(atBo.meetingUrl).toBeUndefined();

    const projectorKey = new URL(view.links.projector).hash.replace(/^#\w+=/, '');
    const projector = await call(srv.url, 'GET', '/api/projector', { key: projectorKey });
    expect(projector.status, projector.text).toBe(200);
    expect(projector.body.tables.find((t: { mentorId: string }) => t.mentorId === ann.id).remote).toBe(true);
    expect(projector.text).not.toContain('meet.example.org');

    // A PATCH of Bo's link reaches Cy's phone live.
    const phone = await connect(srv.url, cy.token);
    const patched = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${bo.id}`, {
      key: ev.key,
      body: { meetingUrl: 'https://meet.example.org/bo' },
    });
    expect(patched.status, patched.text).toBe(200);
    const pushed = await waitFor<Snapshot>(phone.socket, 'snapshot:updated');
    const me = pushed.role === 'mentee' ? pushed.me : null;
    expect(me?.rounds.find((r) => r.mentorId === bo.id)?.meetingUrl).toBe('https://meet.example.org/bo');

    const exported = await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: ev.key });
    const lines = exported.text.trim().split('\r\n');
    expect(lines[0]!.endsWith(',meeting_url')).toBe(true);
    expect(lines[1]).toContain(CALL);
  });
});
