/**
 * Self sign-up over real HTTP (issue 16, part 1): the organizer opens sign-up and gets the
 * link; the code opens the public sign-up info and the sign-up; approval, capacity, closing,
 * duplicates by e-mail, the honeypot, the rate limits, revoked codes, the link by e-mail
 * through a real SMTP server, and a mentor completing their profile.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../server/mail/transport';
import { call, createEvent, type CreatedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { storedRows } from './store/support/test-store';

interface Ev extends CreatedEvent {
  mentors: { id: string; name: string; token: string }[];
  code: string;
  link: string;
}

/** An event with mentors Ann (bio, e-mail) and Bo, and a mentee Cy; sign-up opened with `body`. */
async function openEvent(base: string, body: Record<string, unknown> = {}): Promise<Ev> {
  const ev = await createEvent(base, { name: 'Spring Night', plannedStartAt: Date.UTC(2030, 5, 14, 16) });
  const people = await call(base, 'POST', `/api/events/${ev.id}/people`, {
    key: ev.key,
    body: {
      mentors: [
        { name: 'Ann', bio: 'Engineer', topics: ['Go'], email: 'ann@example.org', group: 'ACME' },
        { name: 'Bo', topics: ['Design'] },
      ],
      mentees: [{ name: 'Cy', email: 'cy@example.org', questions: ['Private question'] }],
    },
  });
  expect(people.status, people.text).toBe(201);
  const r = await call(base, 'POST', `/api/events/${ev.id}/registration`, {
    key: ev.key,
    body: { open: true, approval: 'auto', consentText: 'We keep your data for a month.', ...body },
  });
  expect(r.status, r.text).toBe(200);
  return { ...ev, mentors: people.body.mentors, code: r.body.code, link: r.body.registration.link };
}

const join = (base: string, ev: { id: string }, code: string | null, body: Record<string, unknown>) =>
  call(base, 'POST', `/api/join/${ev.id}`, { key: code, body: { consent: true, ...body } });

describe('self sign-up over HTTP', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  it('opening answers the settings, the link (code in the fragment), a QR code; the code once', async () => {
    const ev = await openEvent(srv.url, { maxMentees: 10, closesAt: Date.UTC(2030, 5, 1) });
    expect(ev.link).toBe(`${srv.url}/join/${ev.id}#code=${ev.code}`);
    // Nothing secret stored: neither the code nor a signed-up person's token, only their hashes.
    const joined = await join(srv.url, ev, ev.code, { name: 'Eve', email: 'eve@example.org' });
    // Read from the database itself (SQLite's file or the PostgreSQL schema).
    const rows = (table: string, column = 'event_id') =>
      storedRows(srv.dataDir, `SELECT * FROM ${table} WHERE ${column} = ?`, [ev.id]);
    {
      const text = JSON.stringify([await rows('events', 'id'), await rows('registrations'), await rows('people')]);
      expect(text).toContain('eve@example.org');
      expect(text).not.toContain(ev.code);
      expect(text).not.toContain(new URL(joined.body.link).hash.slice('#token='.length));
      const [row] = await storedRows<{ hash: Buffer; version: number }>(
        srv.dataDir,
        'SELECT hash, version FROM signup_codes WHERE event_id = ?',
        [ev.id],
      );
      expect(row!.version).toBe(1);
      expect(row!.hash.toString('hex')).toBe(createHash('sha256').update(ev.code).digest('hex'));
    }
    const again = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: true, approval: 'manual' },
    });
    expect(again.body.code).toBeUndefined();
    expect(again.body.registration).toMatchObject({
      open: true,
      approval: 'manual',
      maxMentees: 10,
      closesAt: Date.UTC(2030, 5, 1),
      consentText: 'We keep your data for a month.',
      link: ev.link,
    });
    expect(again.body.registration.qrSvg).toMatch(/^<svg/);
    const list = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
    expect(list.body.registration.link).toBe(ev.link);
  });

  it('the code opens the sign-up info: event, format, consent, mentor profiles, nothing private', async () => {
    const ev = await openEvent(srv.url);
    const r = await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: ev.code });
    expect(r.status, r.text).toBe(200);
    expect(r.body.event).toMatchObject({
      name: 'Spring Night',
      roundSeconds: 600,
      plannedStartAt: Date.UTC(2030, 5, 14, 16),
    });
    expect(r.body.consentText).toBe('We keep your data for a month.');
    expect(r.body.status).toMatchObject({ open: true, reason: null });
    expect(r.body.mentors).toEqual([
      { id: ev.mentors[0]!.id, name: 'Ann', table: 'T1', topics: ['Go'], bio: 'Engineer' },
      { id: ev.mentors[1]!.id, name: 'Bo', table: 'T2', topics: ['Design'] },
    ]);
    expect(r.text).not.toMatch(/ann@example|ACME|Cy|Private question|attendance|token/);
  });

  it('auto approval: 201 with a personal link that opens the page; the organizer sees the same link', async () => {
    const ev = await openEvent(srv.url);
    const [ann, bo] = ev.mentors;
    const r = await join(srv.url, ev, ev.code, {
      name: 'Eve',
      email: 'eve@example.org',
      questions: ['How do I start?'],
      wishes: [bo!.id, ann!.id],
      avoid: [],
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ status: 'registered', updated: false, mailed: false });
    const token = new URL(r.body.link).hash.replace('#token=', '');
    const me = await call(srv.url, 'GET', '/api/me', { key: token });
    expect(me.status, me.text).toBe(200);
    expect(me.text).toContain('How do I start?');
    const org = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    const eve = org.body.mentees.find((m: { name: string }) => m.name === 'Eve');
    expect(eve.link).toBe(r.body.link);
    expect(eve.wishes).toEqual([bo!.id, ann!.id]);
  });

  it('manual approval: pending; the organizer lists, approves, wait-lists, refuses', async () => {
    const ev = await openEvent(srv.url, { approval: 'manual' });
    const a = await join(srv.url, ev, ev.code, { name: 'Eve', email: 'eve@example.org' });
    expect(a.status, a.text).toBe(201);
    expect(a.body).toMatchObject({ status: 'pending' });
    expect(a.body.link).toBeUndefined();
    await join(srv.url, ev, ev.code, { name: 'Fay' });
    await join(srv.url, ev, ev.code, { name: 'Gus', role: 'mentor', topics: ['Rust'] });
    const list = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
    expect(list.body.pending.map((p: { name: string }) => p.name)).toEqual(['Eve', 'Fay', 'Gus']);
    expect(list.body.counts.mentee).toMatchObject({ pending: 2, inEvent: 1, placesTaken: 3 });
    expect(list.body.counts.mentor).toMatchObject({ pending: 1, inEvent: 2 });
    const [eve, fay, gus] = list.body.pending;
    const decide = (id: string, body: unknown, key = ev.key) =>
      call(srv.url, 'POST', `/api/events/${ev.id}/registrations/${id}`, { key, body });
    const approved = await decide(eve.id, { action: 'approve' });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.person).toMatchObject({ name: 'Eve', email: 'eve@example.org' });
    expect((await call(srv.url, 'GET', '/api/me', { key: approved.body.person.token })).status).toBe(200);
    expect((await decide(fay.id, { action: 'wait-list' })).body.registration.status).toBe('wait-listed');
    const refused = await decide(gus.id, { action: 'refuse', reason: 'we have enough mentors' });
    expect(refused.body.registration).toMatchObject({ status: 'refused', reason: 'we have enough mentors' });
    expect((await decide(eve.id, { action: 'approve' })).status).toBe(409);
    expect((await decide('nope', { action: 'approve' })).status).toBe(404);
    expect((await decide(fay.id, { action: 'maybe' })).status).toBe(400);
    const after = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
    expect(after.body.waitListed.map((p: { name: string }) => p.name)).toEqual(['Fay']);
    expect(after.body.refused.map((p: { name: string }) => p.name)).toEqual(['Gus']);
  });

  it('capacity: full answers 409 in plain words and a reason code; closing and closesAt answer 409 too', async () => {
    const ev = await openEvent(srv.url, { maxMentees: 2 });
    expect((await join(srv.url, ev, ev.code, { name: 'Eve' })).status).toBe(201);
    const full = await join(srv.url, ev, ev.code, { name: 'Fay' });
    expect(full.status).toBe(409);
    expect(full.body.error.message).toBe('registration is full: there is no more room for mentees');
    // Beside the English, the stable reason and its params (issue 19).
    expect(full.body.error).toMatchObject({ reason: 'signupFull', params: { role: 'mentee' } });
    const info = await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: ev.code });
    expect(info.body.status.roles.mentee).toMatchObject({ open: false, reason: 'full' });

    const closesAt = Date.now() - 1000;
    const closing = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: true, closesAt, maxMentees: null },
    });
    expect(closing.status).toBe(200);
    const late = await join(srv.url, ev, ev.code, { name: 'Fay' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/^registration closed at /);
    expect(late.body.error).toMatchObject({ reason: 'signupClosesAt', params: { closesAt } });

    await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, { key: ev.key, body: { open: false } });
    const closed = await join(srv.url, ev, ev.code, { name: 'Fay' });
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toBe('registration is closed');
    expect(closed.body.error.reason).toBe('signupClosed');
    expect(closed.body.error.params).toBeUndefined();
  });

  it('the same e-mail twice (any case) adds no one, changes nothing, says so, and hands out no link', async () => {
    const ev = await openEvent(srv.url);
    const first = await join(srv.url, ev, ev.code, { name: 'Eve', email: 'eve@example.org' });
    expect(first.status).toBe(201);
    const second = await join(srv.url, ev, ev.code, { name: 'Eve', email: 'EVE@example.org', questions: ['New'] });
    expect(second.status, second.text).toBe(200);
    expect(second.body).toMatchObject({ status: 'registered', updated: true });
    expect(second.body.link).toBeUndefined();
    expect(second.body.message).toMatch(/already signed up/);
    const org = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    const eves = org.body.mentees.filter((m: { name: string }) => m.name === 'Eve');
    expect(eves).toHaveLength(1);
    // The code is public and e-mails are not secret: a second sign-up overwrites nobody.
    expect(eves[0].questions).toEqual([]);
  });

  it('refuses bad input field by field (400 with paths) and changes nothing', async () => {
    const ev = await openEvent(srv.url);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ name: 'Cy' }, 'name'],
      [{ name: 'Eve', email: 'not-an-address' }, 'email'],
      [{ name: 'Eve', questions: Array(11).fill('q') }, 'questions'],
      [{ name: 'Eve', questions: ['x'.repeat(501)] }, 'questions.0'],
      [{ name: 'Eve', wishes: ['a', 'b', 'c', 'd'] }, 'wishes'],
      [{ name: 'Eve', wishes: ['nobody'] }, 'wishes.0'],
      [{ name: 'Eve', avoid: [1] }, 'avoid.0'],
      [{ name: 'Eve', consent: false }, 'consent'],
      [{ name: 'Eve', role: 'organizer' }, 'role'],
      [{ name: 'Eve', extra: 1 }, 'extra'],
      [{ name: 'Eve', topics: ['Go'] }, 'topics'],
    ];
    for (const [body, path] of cases) {
      const r = await join(srv.url, ev, ev.code, body);
      expect(r.status, `${JSON.stringify(body).slice(0, 80)}: ${r.text}`).toBe(400);
      expect(
        r.body.error.issues.map((i: { path: string }) => i.path),
        JSON.stringify(body).slice(0, 80),
      ).toContain(path);
    }
    const noConsent = await join(srv.url, ev, ev.code, { name: 'Eve', consent: undefined });
    expect(noConsent.status).toBe(400);
    const list = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
    expect(list.body.counts.mentee).toMatchObject({ registered: 0, pending: 0, inEvent: 1 });
    const bad = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: 'yes', maxMentees: -1, approval: 'sometimes', consentText: 'x'.repeat(2001) },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(
      ['approval', 'consentText', 'maxMentees', 'open'].sort(),
    );
  });

  it('the honeypot: a filled `website` answers like a pending sign-up and stores nothing', async () => {
    const ev = await openEvent(srv.url);
    const r = await join(srv.url, ev, ev.code, { name: 'Bot', website: 'http://spam.example' });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('pending');
    const list = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
    expect(list.body.pending).toEqual([]);
    expect(list.body.counts.mentee.inEvent).toBe(1);
  });

  it('a wrong code is 401, a revoked one stops at once (401), the new one works; the old link changes', async () => {
    const ev = await openEvent(srv.url);
    expect((await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: 'x'.repeat(43) })).status).toBe(401);
    expect((await join(srv.url, ev, null, { name: 'Eve' })).status).toBe(401);
    const first = await join(srv.url, ev, ev.code, { name: 'Eve' });
    const revoked = await call(srv.url, 'POST', `/api/events/${ev.id}/registration/code`, { key: ev.key });
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body.code).not.toBe(ev.code);
    expect(revoked.body.registration.link).toBe(`${srv.url}/join/${ev.id}#code=${revoked.body.code}`);
    expect((await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: ev.code })).status).toBe(401);
    expect((await join(srv.url, ev, ev.code, { name: 'Fay' })).status).toBe(401);
    expect((await join(srv.url, ev, revoked.body.code, { name: 'Fay' })).status).toBe(201);
    // Eve's link, made from the old code, still opens her page, and the organizer still shows it.
    const token = new URL(first.body.link).hash.replace('#token=', '');
    expect((await call(srv.url, 'GET', '/api/me', { key: token })).status).toBe(200);
    const org = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(org.body.mentees.find((m: { name: string }) => m.name === 'Eve').link).toBe(first.body.link);
  });

  it('after the start a sign-up is a late arrival: present, and a pending door change for the organizer', async () => {
    const ev = await openEvent(srv.url);
    expect(
      (await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body: { action: 'start' } })).status,
    ).toBe(200);
    const r = await join(srv.url, ev, ev.code, { name: 'Eve' });
    expect(r.status, r.text).toBe(201);
    const org = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(org.body.mentees.find((m: { name: string }) => m.name === 'Eve').attendance).toBe('present');
    expect(JSON.stringify(org.body.pending ?? org.body)).toContain('Eve');
  });

  it('a mentor invitation; PATCH /api/me/profile takes bio, topics and an https meeting link', async () => {
    const ev = await openEvent(srv.url);
    const bo = ev.mentors[1]!;
    const inv = await call(srv.url, 'POST', `/api/events/${ev.id}/people/${bo.id}/invite`, { key: ev.key });
    expect(inv.status, inv.text).toBe(200);
    expect(inv.body.link).toBe(`${srv.url}/join/${ev.id}/profile#token=${bo.token}`);
    const ok = await call(srv.url, 'PATCH', '/api/me/profile', {
      key: bo.token,
      body: { bio: 'Designer', topics: ['UX'], meetingUrl: 'https://meet.example.org/bo' },
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toEqual({
      name: 'Bo',
      table: 'T2',
      topics: ['UX'],
      bio: 'Designer',
      meetingUrl: 'https://meet.example.org/bo',
    });
    for (const meetingUrl of ['http://meet.example.org', 'javascript:alert(1)', `https://x.org/${'a'.repeat(500)}`]) {
      const bad = await call(srv.url, 'PATCH', '/api/me/profile', { key: bo.token, body: { meetingUrl } });
      expect(bad.status, meetingUrl).toBe(400);
      expect(bad.body.error.issues[0].path).toBe('meetingUrl');
    }
    const cy = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.mentees[0];
    expect((await call(srv.url, 'PATCH', '/api/me/profile', { key: cy.token, body: { bio: 'x' } })).status).toBe(403);
    expect((await call(srv.url, 'POST', `/api/events/${ev.id}/people/${cy.id}/invite`, { key: ev.key })).status).toBe(
      404,
    );
    const info = await call(srv.url, 'GET', `/api/join/${ev.id}`, { key: ev.code });
    expect(info.body.mentors[1]).toEqual({ id: bo.id, name: 'Bo', table: 'T2', topics: ['UX'], bio: 'Designer' });
  });
});

describe('self sign-up: rate limits', () => {
  it('per code and per IP: sign-ups beyond the budget get 429 and store nothing', async () => {
    const srv = await startServer({ limits: { signupsPerCodePerMinute: 3, signupsPerIpPerMinute: 1000 } });
    try {
      const ev = await openEvent(srv.url);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await join(srv.url, ev, ev.code, { name: `P${i}` })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const list = await call(srv.url, 'GET', `/api/events/${ev.id}/registrations`, { key: ev.key });
      expect(list.body.counts.mentee.registered).toBe(3);
    } finally {
      await srv.close();
    }
    const byIp = await startServer({ limits: { signupsPerCodePerMinute: 1000, signupsPerIpPerMinute: 2 } });
    try {
      const ev = await openEvent(byIp.url);
      const other = await openEvent(byIp.url);
      expect((await join(byIp.url, ev, ev.code, { name: 'A' })).status).toBe(201);
      expect((await join(byIp.url, other, other.code, { name: 'B' })).status).toBe(201);
      const third = await join(byIp.url, ev, ev.code, { name: 'C' });
      expect(third.status).toBe(429);
      expect(third.body.error.message).toBe('too many sign-ups from this address; wait a minute');
    } finally {
      await byIp.close();
    }
  });
});

describe('self sign-up: the link by e-mail through a real SMTP server', () => {
  let smtp: TestSmtp;
  let srv: TestServer;
  beforeAll(async () => {
    smtp = await startSmtp();
    srv = await startServer({
      mail: {
        transport: smtpTransport(smtp.url, { connectionMs: 2000, greetingMs: 2000, socketMs: 600 }),
        from: 'Spring Night <events@example.org>',
        retryDelaysMs: [50, 100],
      },
    });
  });
  afterAll(async () => {
    await srv.close();
    await smtp.close();
  });

  it('a sign-up with an e-mail gets its link in the answer and by mail; without one, no mail', async () => {
    const ev = await openEvent(srv.url);
    const r = await join(srv.url, ev, ev.code, { name: 'Eve', email: 'eve@example.org' });
    expect(r.status, r.text).toBe(201);
    expect(r.body.mailed).toBe(true);
    expect(r.body.message).toMatch(/e-mailed your personal link/);
    const [got] = await smtp.waitFor(1);
    expect(got!.to).toEqual(['eve@example.org']);
    expect(got!.mail.text).toContain(r.body.link);
    const none = await join(srv.url, ev, ev.code, { name: 'Fay' });
    expect(none.body.mailed).toBe(false);
    await new Promise((done) => setTimeout(done, 200));
    expect(smtp.received).toHaveLength(1);
  });
});
