/**
 * The event's time zone over real HTTP (issue 19, `settings.timeZone`): an IANA name, taken on
 * create and by PATCH at any time (it moves no phase), stored as Intl spells it, carried by every
 * view that shows times, refused at its field when it is not a zone, reset by null, kept by a
 * backup, and the zone the mail texts are written in when the request names none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, clock, createEvent, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

describe('settings.timeZone over HTTP', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  const view = async (ev: { id: string; key: string }) =>
    (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  const patch = (ev: { id: string; key: string }, body: unknown) =>
    call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body });

  it('is taken on create as Intl spells it and reaches the organizer, phone, projector and sign-up views', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 }, { timeZone: 'europe/berlin' });
    expect((await view(ev)).event.timeZone).toBe('Europe/Berlin');
    const me = await call(srv.url, 'GET', '/api/me', { key: ev.mentees[0]!.token });
    expect(me.body.event.timeZone).toBe('Europe/Berlin');
    const projector = await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey });
    expect(projector.body.event.timeZone).toBe('Europe/Berlin');
    const opened = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: true, approval: 'auto', consentText: 'ok' },
    });
    const join = await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: opened.body.code });
    expect(join.body.event.timeZone).toBe('Europe/Berlin');
  });

  it('an event without one says nothing about zones', async () => {
    const ev = await createEvent(srv.url);
    expect((await view(ev)).event).not.toHaveProperty('timeZone');
  });

  it('refuses what is not a time zone at its field and changes nothing', async () => {
    const ev = await createEvent(srv.url, { timeZone: 'Asia/Tokyo' });
    for (const timeZone of ['Mars/Base', '', 'Europe/Berlin; DROP', 'x'.repeat(65), 42]) {
      const r = await patch(ev, { timeZone });
      expect(r.status, r.text).toBe(400);
      expect(r.body.error.issues[0].path).toBe('timeZone');
    }
    const created = await call(srv.url, 'POST', '/api/events', {
      body: { name: 'X', roundSeconds: 60, changeoverSeconds: 10, timeZone: 'Atlantis/Capital' },
    });
    expect(created.status).toBe(400);
    expect(created.body.error.issues[0]).toMatchObject({
      path: 'timeZone',
      message: 'is not a time zone this server knows (such as Europe/Berlin)',
    });
    expect((await view(ev)).event.timeZone).toBe('Asia/Tokyo');
  });

  it('changes while the event runs and after it ended, without replanning; null resets', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2 });
    await clock(srv.url, ev, { action: 'start' });
    const before = await view(ev);
    expect((await patch(ev, { timeZone: 'America/New_York' })).status).toBe(200);
    const during = await view(ev);
    expect(during.event.timeZone).toBe('America/New_York');
    expect(during.schedule).toEqual(before.schedule);
    expect(during.clock.phaseEndsAt).toBe(before.clock.phaseEndsAt);
    await clock(srv.url, ev, { action: 'end' });
    expect((await patch(ev, { timeZone: 'UTC' })).status).toBe(200);
    expect((await view(ev)).event.timeZone).toBe('UTC');
    const refused = await patch(ev, { rounds: 3 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('time zone');
    expect((await patch(ev, { timeZone: null })).status).toBe(200);
    expect((await view(ev)).event).not.toHaveProperty('timeZone');
  });

  it('a backup keeps it', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 }, { timeZone: 'Asia/Kolkata' });
    const file = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
    const imported = await call(srv.url, 'POST', '/api/events/import', { body: file.body });
    expect(imported.status, imported.text).toBe(201);
    const fresh = await view({ id: imported.body.event.id, key: imported.body.organizerKey });
    expect(fresh.event.timeZone).toBe('Asia/Kolkata');
  });

  it("writes the mail texts in the event's zone unless the request names another", async () => {
    const plannedStartAt = Date.UTC(2030, 5, 14, 17, 0);
    const ev = await seedEvent(
      srv.url,
      { mentors: 1, mentees: 1 },
      { timeZone: 'Asia/Tokyo', plannedStartAt, rounds: 1 },
    );
    const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 1 } });
    expect(planned.status, planned.text).toBe(200);
    const merge = (query: string) =>
      call(srv.url, 'GET', `/api/events/${ev.id}/mail/merge.csv${query}`, { key: ev.key });
    const own = await merge('');
    expect(own.status, own.text).toBe(200);
    expect(own.text).toContain('times in Asia/Tokyo, Saturday 15 June 2030');
    const asked = await merge('?timeZone=Europe/Berlin');
    expect(asked.text).toContain('times in Europe/Berlin, Friday 14 June 2030');
  });
});
