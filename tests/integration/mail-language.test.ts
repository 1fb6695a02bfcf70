import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../server/mail/transport';
import { call, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';

// Saturday 14 June 2025, 18:00 in Berlin.
const START = Date.UTC(2025, 5, 14, 16, 0);

/** A planned event, one mentor and two mentees with e-mail; `settings` adds to its settings. */
async function seed(base: string, settings: Record<string, unknown> = {}) {
  const ev = await createEvent(base, {
    name: 'Spring Night',
    rounds: 1,
    tableCapacity: 2,
    plannedStartAt: START,
    ...settings,
  });
  const r = await call(base, 'POST', `/api/events/${ev.id}/people`, {
    key: ev.key,
    body: {
      mentors: [{ name: 'Grace Hopper', table: 'T1', email: 'grace@example.org' }],
      mentees: [
        { name: 'Zoë Martin', email: 'zoe@example.org' },
        { name: 'Sam Okafor', email: 'sam@example.org' },
      ],
    },
  });
  expect(r.status, r.text).toBe(201);
  expect((await call(base, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} })).status).toBe(200);
  return { ...ev, mentors: r.body.mentors, mentees: r.body.mentees };
}

type Seeded = Awaited<ReturnType<typeof seed>>;

const sendTo = (srv: TestServer, ev: Seeded, personId: string) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/mail/links`, {
    key: ev.key,
    body: { to: { personId }, idempotencyKey: `k-${Math.random().toString(36).slice(2)}`, timeZone: 'Europe/Berlin' },
  });

const personOf = async (srv: TestServer, ev: Seeded, id: string) => {
  const v = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  return [...v.mentors, ...v.mentees].find((p: { id: string }) => p.id === id);
};

describe('a person’s own language, and their mail in it (issue 19)', () => {
  let smtp: TestSmtp;
  let srv: TestServer;
  beforeAll(async () => {
    smtp = await startSmtp();
    srv = await startServer({
      mail: {
        transport: smtpTransport(smtp.url, { connectionMs: 2000, greetingMs: 2000, socketMs: 600 }),
        from: 'Spring Night <events@example.org>',
        retryDelaysMs: [50, 100, 150],
      },
    });
  });
  afterAll(async () => {
    await srv.close();
    await smtp.close();
  });
  afterEach(() => {
    smtp.received.length = 0;
  });

  it('PUT /api/me/locale stores the choice; the next mail to that person is in it, over real SMTP', async () => {
    const ev = await seed(srv.url);
    const zoe = ev.mentees[0]!;
    const r = await call(srv.url, 'PUT', '/api/me/locale', { key: zoe.token, body: { locale: 'de' } });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ locale: 'de' });
    // Again: the same answer, nothing else changes.
    const again = await call(srv.url, 'PUT', '/api/me/locale', { key: zoe.token, body: { locale: 'de' } });
    expect(again.body).toEqual({ locale: 'de' });
    expect((await personOf(srv, ev, zoe.id)).locale).toBe('de');

    expect((await sendTo(srv, ev, zoe.id)).status).toBe(202);
    const [got] = await smtp.waitFor(1);
    expect(got!.mail.subject).toBe('Ihr persönlicher Link für Spring Night');
    expect(got!.mail.text).toContain('Ihr Ablauf (Zeiten in Europe/Berlin, Samstag, 14. Juni 2025):');
    expect(got!.mail.text).toContain('Runde 1 · 18:00–18:10 · T1 · Grace Hopper');
    expect(got!.mail.html).toContain('<html lang="de">');

    // Sam chose nothing: his mail stays in English.
    smtp.received.length = 0;
    await sendTo(srv, ev, ev.mentees[1]!.id);
    const [sam] = await smtp.waitFor(1);
    expect(sam!.mail.subject).toBe('Your personal link for Spring Night');
  });

  it("without a choice of their own a person's mail is in the event's language; Arabic right to left", async () => {
    const ev = await seed(srv.url, { locale: 'ar' });
    const grace = ev.mentors[0]!;
    const sent = await sendTo(srv, ev, grace.id);
    expect(sent.status, sent.text).toBe(202);
    const [got] = await smtp.waitFor(1);
    expect(got!.mail.subject).toBe('رابطك الشخصي لفعالية Spring Night');
    expect(got!.mail.html).toContain('<html lang="ar" dir="rtl">');
    // A person's own choice wins over the event's.
    const zoe = ev.mentees[0]!;
    const r = await call(srv.url, 'PUT', '/api/me/locale', { key: zoe.token, body: { locale: 'zh-Hans' } });
    expect(r.status, r.text).toBe(200);
    smtp.received.length = 0;
    await sendTo(srv, ev, zoe.id);
    const [zh] = await smtp.waitFor(1);
    expect(zh!.mail.subject).toBe('您参加「Spring Night」的个人链接');
    expect(zh!.mail.text).toContain('第 1 轮 · 18:00–18:10 · T1 · Grace Hopper');
  });

  it('a bad locale is refused at its field and changes nothing; only a personal link may set one', async () => {
    const ev = await seed(srv.url);
    const zoe = ev.mentees[0]!;
    for (const body of [{ locale: 'xx' }, { locale: 'de', extra: 1 }, {}]) {
      const r = await call(srv.url, 'PUT', '/api/me/locale', { key: zoe.token, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
    }
    const bad = await call(srv.url, 'PUT', '/api/me/locale', { key: zoe.token, body: { locale: 'xx' } });
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['locale']);
    expect((await personOf(srv, ev, zoe.id)).locale).toBeUndefined();
    const organizer = await call(srv.url, 'PUT', '/api/me/locale', { key: ev.key, body: { locale: 'de' } });
    expect(organizer.status).toBe(403);
  });

  it("the organizer's person PATCH and the people added may carry a locale; a bad one is refused", async () => {
    const ev = await seed(srv.url);
    const sam = ev.mentees[1]!;
    const p = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${sam.id}`, {
      key: ev.key,
      body: { locale: 'es' },
    });
    expect(p.status, p.text).toBe(200);
    expect((await personOf(srv, ev, sam.id)).locale).toBe('es');
    const bad = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${sam.id}`, {
      key: ev.key,
      body: { locale: 'klingon' },
    });
    expect(bad.status).toBe(400);
    expect((await personOf(srv, ev, sam.id)).locale).toBe('es');
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: [{ name: 'Amira', locale: 'ar' }] },
    });
    expect(added.status, added.text).toBe(201);
    expect(added.body.mentees[0].locale).toBe('ar');
  });

  it('a sign-up carries the language of its page to the person; a bad one is refused at its field', async () => {
    const ev = await seed(srv.url);
    const open = await call(srv.url, 'POST', `/api/events/${ev.id}/registration`, {
      key: ev.key,
      body: { open: true, approval: 'auto' },
    });
    const code = open.body.code as string;
    const bad = await call(srv.url, 'POST', `/api/join/${ev.id}`, {
      key: code,
      body: { name: 'Lina', email: 'lina@example.org', consent: true, locale: 'xx' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['locale']);
    const r = await call(srv.url, 'POST', `/api/join/${ev.id}`, {
      key: code,
      body: { name: 'Lina', email: 'lina@example.org', consent: true, locale: 'es' },
    });
    expect(r.status, r.text).toBe(201);
    const v = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(v.mentees.find((m: { name: string }) => m.name === 'Lina').locale).toBe('es');
    // Her link went out by mail in Spanish.
    const got = await smtp.waitFor(1);
    expect(got.find((g) => g.to[0] === 'lina@example.org')!.mail.subject).toBe('Tu enlace personal para Spring Night');
  });
});
