import jsQR from 'jsqr';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_NOT_SET_UP, mailLogSchema, mailSendAnswerSchema } from '../../shared/mail/mail-schemas';
import { QR_CID } from '../../shared/mail/person-mail';
import type { MailSetup } from '../../server/mail/mailer';
import { smtpTransport } from '../../server/mail/transport';
import { call, createEvent, type CreatedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { dropTestStore, storedRows } from './store/support/test-store';

// Saturday 14 June 2025, 18:00 in Berlin.
const START = Date.UTC(2025, 5, 14, 16, 0);
const FROM = 'Spring Night <events@example.org>';

interface Person {
  id: string;
  name: string;
  email?: string;
  link: string;
}
interface Seeded extends CreatedEvent {
  mentors: Person[];
  mentees: Person[];
}

/** An event planned to start at START: 2 mentors, 3 mentees; one mentee has no e-mail. */
async function seed(base: string, emails: Record<string, string> = {}): Promise<Seeded> {
  const ev = await createEvent(base, { name: 'Spring Night', rounds: 2, plannedStartAt: START });
  const r = await call(base, 'POST', `/api/events/${ev.id}/people`, {
    key: ev.key,
    body: {
      mentors: [
        { name: 'Grace Hopper', table: 'T1', email: emails.grace ?? 'grace@example.org' },
        { name: '李雷', table: 'T2', email: emails.li ?? 'li@example.org' },
      ],
      mentees: [
        { name: 'Zoë Martin', email: emails.zoe ?? 'zoe@example.org' },
        { name: 'Sam Okafor', email: emails.sam ?? 'sam@example.org' },
        { name: 'Priya Raman' },
      ],
    },
  });
  expect(r.status, r.text).toBe(201);
  expect((await call(base, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 3 } })).status).toBe(
    200,
  );
  return { ...ev, mentors: r.body.mentors, mentees: r.body.mentees };
}

const send = (srv: TestServer, ev: Seeded, to: unknown, key = `k-${Math.random().toString(36).slice(2)}`) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/mail/links`, {
    key: ev.key,
    body: { to, idempotencyKey: key, timeZone: 'Europe/Berlin' },
  });

const logOf = async (srv: TestServer, ev: Seeded) =>
  mailLogSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}/mail`, { key: ev.key })).body);

const entryOf = async (srv: TestServer, ev: Seeded, id: string) =>
  (await logOf(srv, ev)).people.find((p) => p.personId === id);

/** Poll the send log until `done` holds (the queue works in the background). */
async function until(srv: TestServer, ev: Seeded, done: (log: Awaited<ReturnType<typeof logOf>>) => boolean) {
  const end = Date.now() + 15_000;
  for (;;) {
    const log = await logOf(srv, ev);
    if (done(log)) return log;
    if (Date.now() > end) throw new Error(`the send log never got there: ${JSON.stringify(log.people)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const decodeQr = (png: Buffer): string | null => {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
};

const setupFor = (smtp: { url: string }, extra: Partial<MailSetup> = {}): MailSetup => ({
  transport: smtpTransport(smtp.url, { connectionMs: 2000, greetingMs: 2000, socketMs: 600 }),
  from: FROM,
  retryDelaysMs: [50, 100, 150],
  ...extra,
});

describe('personal links by e-mail, through a real SMTP server', () => {
  let smtp: TestSmtp;
  let srv: TestServer;
  beforeAll(async () => {
    smtp = await startSmtp();
    srv = await startServer({ mail: setupFor(smtp) });
  });
  afterAll(async () => {
    await srv.close();
    await smtp.close();
  });
  afterEach(() => {
    smtp.received.length = 0;
    smtp.rcpt = () => 'accept';
    smtp.tries.clear();
  });

  it("sends each person with an e-mail their link, its QR code and their schedule; 'sent' in the log", async () => {
    const ev = await seed(srv.url);
    const r = await send(srv, ev, 'all');
    expect(r.status, r.text).toBe(202);
    const priya = ev.mentees[2]!;
    expect(mailSendAnswerSchema.parse(r.body)).toEqual({
      queued: 4,
      skipped: [{ personId: priya.id, name: 'Priya Raman', reason: 'no e-mail' }],
    });
    const got = await smtp.waitFor(4);
    expect(got.map((g) => g.to[0]).sort()).toEqual([
      'grace@example.org',
      'li@example.org',
      'sam@example.org',
      'zoe@example.org',
    ]);

    const zoe = ev.mentees[0]!;
    const mail = got.find((g) => g.to[0] === 'zoe@example.org')!.mail;
    expect(mail.subject).toBe('Your personal link for Spring Night');
    expect(mail.from?.value[0]).toEqual({ address: 'events@example.org', name: 'Spring Night' });
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0] : null).toEqual({
      address: 'zoe@example.org',
      name: 'Zoë Martin',
    });
    expect(zoe.link.startsWith(`${srv.url}/p#token=`)).toBe(true);
    expect(mail.text).toContain(zoe.link);
    expect(mail.html).toContain(`href="${zoe.link}"`);
    // The schedule, in Berlin's time.
    expect(mail.text).toContain('Your schedule (times in Europe/Berlin, Saturday 14 June 2025):');
    expect(mail.text).toMatch(/Round 1 · 18:00–18:10 · (T1 · Grace Hopper|T2 · 李雷|sitting out)/);
    // The QR code: an inline PNG whose cid the HTML shows, holding the link.
    const qr = mail.attachments.find((a) => a.cid === QR_CID)!;
    expect(qr).toBeDefined();
    expect(qr.contentType).toBe('image/png');
    expect(qr.contentDisposition).toBe('inline');
    expect(mail.html).toContain(`src="cid:${QR_CID}"`);
    expect(decodeQr(qr.content)).toBe(zoe.link);

    const log = await until(srv, ev, (l) => l.people.filter((p) => p.status === 'sent').length === 4);
    expect(log.enabled).toBe(true);
    const entry = log.people.find((p) => p.personId === zoe.id)!;
    expect(entry).toMatchObject({ status: 'sent', address: 'zoe@example.org', attempts: 1, error: null });
    expect(entry.sentAt).toBeGreaterThanOrEqual(entry.queuedAt);
  });

  it('a double click queues once: the same key answers the same; a new key finds them queued or sent', async () => {
    const ev = await seed(srv.url);
    const first = await send(srv, ev, 'unsent', 'click-0001');
    const again = await send(srv, ev, 'unsent', 'click-0001');
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    const other = await send(srv, ev, 'unsent', 'click-0002');
    expect(other.status).toBe(202);
    expect(other.body.queued).toBe(0);
    for (const s of other.body.skipped.filter((x: { name: string }) => x.name !== 'Priya Raman'))
      expect(['already queued', 'just sent', 'already sent']).toContain(s.reason);
    await smtp.waitFor(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(4);
    // The same key for another request is a mistake, said so.
    const reused = await send(srv, ev, 'all', 'click-0001');
    expect(reused.status).toBe(409);
    expect(reused.body.error.message).toMatch(/idempotency key was already used/);
  });

  // A 550 is the server's final word (RFC 5321): no retry. A server that never answers is tried 4 times.
  it('a 550 fails at once with the reason, a silent server after the retries; the others still go', async () => {
    const ev = await seed(srv.url, { grace: 'slow@example.org', li: 'nobody@example.org' });
    smtp.rcpt = (a) =>
      a === 'slow@example.org'
        ? 'hang'
        : a === 'nobody@example.org'
          ? { code: 550, message: 'No such user here' }
          : 'accept';
    expect((await send(srv, ev, 'all')).body.queued).toBe(4);
    const log = await until(srv, ev, (l) => l.people.every((p) => p.status !== 'queued'));
    const [grace, li] = ev.mentors;
    const slow = log.people.find((p) => p.personId === grace!.id)!;
    const nobody = log.people.find((p) => p.personId === li!.id)!;
    expect(nobody).toMatchObject({ status: 'failed', attempts: 1, sentAt: null });
    expect(nobody.error).toMatch(/^550 No such user here/);
    expect(slow).toMatchObject({ status: 'failed', attempts: 4, sentAt: null });
    expect(slow.error).toMatch(/timeout/i);
    expect(slow.failedAt).toBeGreaterThan(slow.queuedAt);
    expect(smtp.tries.get('slow@example.org')).toBe(4);
    expect(smtp.tries.get('nobody@example.org')).toBe(1);
    // Nothing lost: both mentees with an address got theirs.
    expect(smtp.received.map((g) => g.to[0]).sort()).toEqual(['sam@example.org', 'zoe@example.org']);
    for (const m of ev.mentees.slice(0, 2)) expect(log.people.find((p) => p.personId === m.id)?.status).toBe('sent');
  });

  it("links follow the address the organizer's request came from, on every retry too", async () => {
    const ev = await seed(srv.url);
    const zoe = ev.mentees[0]!;
    let refused = 0;
    smtp.rcpt = (a) =>
      a === 'zoe@example.org' && refused++ < 2 ? { code: 451, message: 'Try again later' } : 'accept';
    const port = new URL(srv.url).port;
    // As a console opened at the laptop's LAN address would send it.
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ to: { personId: zoe.id }, idempotencyKey: 'lan-click-1', timeZone: 'UTC' });
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/events/${ev.id}/mail/links`,
          headers: {
            host: 'venue-laptop.local:3000',
            authorization: `Bearer ${ev.key}`,
            'content-type': 'application/json',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(202);
    const [got] = await smtp.waitFor(1);
    const lanLink = zoe.link.replace(srv.url, 'http://venue-laptop.local:3000');
    expect(got!.mail.text).toContain(lanLink);
    expect(decodeQr(got!.mail.attachments[0]!.content)).toBe(lanLink);
    // The SMTP server has the mail before the queue has stored "sent": wait for the log.
    const log = await until(srv, ev, (l) => l.people.find((p) => p.personId === zoe.id)?.status === 'sent');
    expect(log.people.find((p) => p.personId === zoe.id)).toMatchObject({ status: 'sent', attempts: 3, error: null });
  });

  it('refuses bad bodies and unknown people; a removed person takes their mail with them', async () => {
    const ev = await seed(srv.url);
    expect((await send(srv, ev, 'everyone')).status).toBe(400);
    const bad = await call(srv.url, 'POST', `/api/events/${ev.id}/mail/links`, {
      key: ev.key,
      body: { to: 'all', idempotencyKey: 'x' },
    });
    expect(bad.status).toBe(400);
    expect((await send(srv, ev, { personId: 'nobody' })).status).toBe(404);
    await send(srv, ev, { personId: ev.mentees[1]!.id });
    await until(srv, ev, (l) => l.people.some((p) => p.status === 'sent'));
    const del = await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${ev.mentees[1]!.id}`, { key: ev.key });
    expect(del.status).toBe(204);
    expect((await logOf(srv, ev)).people).toEqual([]);
  });
});

describe('the queue is durable', () => {
  it('a restart resumes a queued mail with the links of its request; once sent, its link is erased', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-mail-'));
    // First an SMTP server that is not there: the mail waits for its retry when the server stops.
    const gone = await startSmtp();
    await gone.close();
    const first = await startServer({ dataDir, mail: setupFor(gone, { retryDelaysMs: [400, 400, 400] }) });
    const ev = await seed(first.url);
    const zoe = ev.mentees[0]!;
    expect((await send(first, ev, { personId: zoe.id })).status).toBe(202);
    await until(first, ev, (l) => l.people[0]?.attempts === 1 && l.people[0].error !== null);
    expect(await entryOf(first, ev, zoe.id)).toMatchObject({ status: 'queued' });
    await first.close();

    const smtp = await startSmtp();
    const second = await startServer({ dataDir, mail: setupFor(smtp) });
    try {
      const [got] = await smtp.waitFor(1);
      expect(got!.to).toEqual(['zoe@example.org']);
      // The link as the first server made it from the request's address (it listened on another port).
      expect(got!.mail.text).toContain(zoe.link);
      expect(zoe.link.startsWith(`${first.url}/p#token=`)).toBe(true);
      const entry = (await until(second, ev, (l) => l.people[0]?.status === 'sent')).people[0]!;
      expect(entry.attempts).toBe(2);
      // Sent: the database no longer holds the link.
      expect(await storedRows(dataDir, 'SELECT link FROM mail')).toEqual([{ link: null }]);
    } finally {
      await second.close();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
      await dropTestStore(dataDir);
    }
  });

  it('the rate cap holds the rest back, and a second request finds them queued', async () => {
    const smtp = await startSmtp();
    const srv = await startServer({ mail: setupFor(smtp, { perMinute: 1 }) });
    try {
      const ev = await seed(srv.url);
      expect((await send(srv, ev, 'all')).body.queued).toBe(4);
      await smtp.waitFor(1);
      await new Promise((r) => setTimeout(r, 400));
      expect(smtp.received).toHaveLength(1);
      const log = await logOf(srv, ev);
      expect(log.perMinute).toBe(1);
      expect(log.people.filter((p) => p.status === 'queued')).toHaveLength(3);
      const again = await send(srv, ev, 'all');
      expect(again.body.queued).toBe(0);
      expect(again.body.skipped.filter((s: { reason: string }) => s.reason === 'already queued')).toHaveLength(3);
      expect(again.body.skipped.filter((s: { reason: string }) => s.reason === 'just sent')).toHaveLength(1);
    } finally {
      await srv.close();
      await smtp.close();
    }
  });
});

describe('without SMTP', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  it('a send request answers 409 in plain words, and the log says e-mail is not set up', async () => {
    const ev = await seed(srv.url);
    const r = await send(srv, ev, 'all');
    expect(r.status).toBe(409);
    expect(r.body.error).toEqual({ code: 'conflict', message: MAIL_NOT_SET_UP });
    expect(await logOf(srv, ev)).toEqual({ enabled: false, message: MAIL_NOT_SET_UP, perMinute: null, people: [] });
  });

  it('the mail-merge CSV has everyone with their e-mail, role, link and the text a mail would carry', async () => {
    const ev = await seed(srv.url);
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}/mail/merge.csv?timeZone=Europe/Berlin`, {
      key: ev.key,
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(r.headers.get('content-disposition')).toContain(`mail-merge-${ev.id}.csv`);
    const [header, ...rest] = r.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('name,email,role,link,subject,message');
    const zoe = ev.mentees[0]!;
    expect(r.text).toContain(
      `Zoë Martin,zoe@example.org,mentee,${zoe.link},Your personal link for Spring Night,"Hello Zoë Martin,`,
    );
    expect(r.text).toContain(`Priya Raman,,mentee,${ev.mentees[2]!.link},`);
    expect(r.text).toContain('times in Europe/Berlin, Saturday 14 June 2025');
    expect(rest.join('\r\n')).toContain(ev.mentors[1]!.link);
    expect(
      (await call(srv.url, 'GET', `/api/events/${ev.id}/mail/merge.csv?timeZone=Mars`, { key: ev.key })).status,
    ).toBe(400);
  });
});
