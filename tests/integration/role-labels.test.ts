/**
 * The event's role names and default language over real HTTP (issues 17 and 19): set on create
 * and by PATCH at any time (even running or ended, as they change no plan), carried by every
 * view that renders words (organizer, phone, projector, sign-up), refused at their field when
 * wrong with nothing changed, reset by null, kept by a backup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, clock, createEvent, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

const LABELS = { mentor: 'Investor', mentee: 'Founder' };

describe('settings.labels and settings.locale over HTTP', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  const view = async (ev: { id: string; key: string }) =>
    (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  const patch = (ev: { id: string; key: string }, body: unknown) =>
    call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body });

  it('are taken on create and reach the organizer, phone, projector and sign-up views', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { labels: LABELS, locale: 'de' });
    expect((await view(ev)).event).toMatchObject({ labels: LABELS, locale: 'de' });
    const me = await call(srv.url, 'GET', '/api/me', { key: ev.mentees[0]!.token });
    expect(me.status, me.text).toBe(200);
    expect(me.body.event).toMatchObject({ labels: LABELS, locale: 'de' });
    const projector = await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey });
    expect(projector.body.event).toMatchObject({ labels: LABELS, locale: 'de' });
    const opened = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: true, approval: 'auto', consentText: 'ok' },
    });
    expect(opened.status, opened.text).toBe(200);
    const join = await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: opened.body.code });
    expect(join.body.event).toMatchObject({ labels: LABELS, locale: 'de' });
  });

  it('an event that names nothing says nothing (its views are what they were)', async () => {
    const ev = await createEvent(srv.url);
    const event = (await view(ev)).event;
    expect(event).not.toHaveProperty('labels');
    expect(event).not.toHaveProperty('locale');
  });

  it('refuses a wrong name or language at its field and changes nothing', async () => {
    const ev = await createEvent(srv.url, { labels: LABELS });
    const cases: [unknown, string][] = [
      [{ labels: { mentor: 'x'.repeat(31), mentee: 'Founder' } }, 'labels.mentor'],
      [{ labels: { mentor: 'Investor', mentee: '   ' } }, 'labels.mentee'],
      [{ labels: { mentor: 'Investor' } }, 'labels.mentee'],
      [{ labels: { mentor: 'Investor', mentee: 'Founder', host: 'Bank' } }, 'labels.host'],
      [{ locale: 'pt' }, 'locale'],
    ];
    for (const [body, path] of cases) {
      const r = await patch(ev, body);
      expect(r.status, r.text).toBe(400);
      expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const created = await call(srv.url, 'POST', '/api/events', {
      body: { name: 'X', roundSeconds: 60, changeoverSeconds: 10, labels: { mentor: '', mentee: 'Y' } },
    });
    expect(created.status).toBe(400);
    expect(created.body.error.issues[0].path).toBe('labels.mentor');
    expect((await view(ev)).event.labels).toEqual(LABELS);
  });

  it('change while the event runs and after it ended, without replanning; null resets', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2 });
    await clock(srv.url, ev, { action: 'start' });
    const before = await view(ev);
    const running = await patch(ev, { labels: { mentor: 'Recruiter', mentee: 'Student' }, locale: 'fr' });
    expect(running.status, running.text).toBe(200);
    const during = await view(ev);
    expect(during.event).toMatchObject({ labels: { mentor: 'Recruiter', mentee: 'Student' }, locale: 'fr' });
    expect(during.scheduleVersion).toBe(before.scheduleVersion);
    expect(during.schedule).toEqual(before.schedule);
    await clock(srv.url, ev, { action: 'end' });
    const ended = await patch(ev, { labels: { mentor: 'Investor', mentee: 'Founder', mentees: 'Founders' } });
    expect(ended.status, ended.text).toBe(200);
    expect((await view(ev)).event.labels).toEqual({ mentor: 'Investor', mentee: 'Founder', mentees: 'Founders' });
    // Other settings stay refused after the end, and the message names what may still change.
    const refused = await patch(ev, { roundSeconds: 90 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('role names');
    const reset = await patch(ev, { labels: null, locale: null });
    expect(reset.status, reset.text).toBe(200);
    const after = (await view(ev)).event;
    expect(after).not.toHaveProperty('labels');
    expect(after).not.toHaveProperty('locale');
  });

  it('a backup keeps them', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 }, { labels: LABELS, locale: 'ar' });
    const file = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
    expect(file.status).toBe(200);
    const imported = await call(srv.url, 'POST', '/api/events/import', { body: file.body });
    expect(imported.status, imported.text).toBe(201);
    const fresh = await view({ id: imported.body.event.id, key: imported.body.organizerKey });
    expect(fresh.event).toMatchObject({ labels: LABELS, locale: 'ar' });
  });
});
