/**
 * The console hears of sign-ups (issue 16): the organizer view carries `signup` (open, how many
 * wait, a change counter) and is pushed on each sign-up and decision; the people's pages are not
 * pushed for a sign-up that waits for approval (nothing on them changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerView, Snapshot } from '../../shared/protocol/views';
import { call, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { connect, waitFor } from '../support/sockets';

const organizerOf = (s: Snapshot): OrganizerView | null => (s.role === 'organizer' ? s.organizer : null);

describe('sign-ups reach the console live', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  it('pushes the organizer view with the waiting count; pages stay quiet', async () => {
    const ev = await createEvent(srv.url, { name: 'Spring Night' });
    const people = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentors: [{ name: 'Ann' }], mentees: [{ name: 'Cy' }] },
    });
    expect(people.status, people.text).toBe(201);
    const org = await connect(srv.url, ev.key);
    expect(organizerOf(org.snapshot)?.signup).toBeUndefined();
    const cy = await connect(srv.url, people.body.mentees[0].token);

    const opened = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: true, approval: 'manual' },
    });
    expect(opened.status, opened.text).toBe(200);
    const first = organizerOf(await waitFor<Snapshot>(org.socket, 'snapshot:updated'))!;
    expect(first.signup).toMatchObject({ open: true, pending: 0, waitListed: 0 });

    const joined = await call(srv.url, 'POST', `/api/join/${ev.id}`, {
      key: opened.body.code,
      body: { name: 'Eve', consent: true },
    });
    expect(joined.status, joined.text).toBe(201);
    const second = organizerOf(await waitFor<Snapshot>(org.socket, 'snapshot:updated'))!;
    expect(second.signup).toMatchObject({ open: true, pending: 1, waitListed: 0 });
    expect(second.signup!.changes).not.toBe(first.signup!.changes);

    const list = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
    const regId = list.body.pending[0].id;
    const decided = await call(srv.url, 'POST', `/api/events/${ev.id}/registrations/${regId}`, {
      key: ev.key,
      body: { action: 'wait-list' },
    });
    expect(decided.status, decided.text).toBe(200);
    const third = organizerOf(await waitFor<Snapshot>(org.socket, 'snapshot:updated'))!;
    expect(third.signup).toMatchObject({ pending: 0, waitListed: 1 });
    expect(third.signup!.changes).not.toBe(second.signup!.changes);

    // Cy's page saw none of it: waiting sign-ups change no one's page.
    await expect(waitFor(cy.socket, 'snapshot:updated', () => true, 300)).rejects.toThrow();
  });
});
