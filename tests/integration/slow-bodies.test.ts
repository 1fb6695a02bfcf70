import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect as tcp } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from '../support/http';
import { startServer, type TestServer } from '../support/server';

/**
 * Slow and stalled uploads (docs/security.md, "Limits"): a cap on request-body bytes in
 * flight across all requests, and tight header and request timeouts. The attack measured
 * before: 40 uploads that sent 15 of 16 MiB and stalled held 590 MiB until closed.
 */
const MiB = 1024 * 1024;
let srv: TestServer | null = null;
const open: ClientRequest[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) r.destroy();
  await srv?.close();
  srv = null;
});

/** Start an upload that declares `length` bytes (null: chunked), send `sent` of them, and stall. */
function stalledUpload(
  path: string,
  length: number | null,
  sent: number,
): { req: ClientRequest; answer: Promise<IncomingMessage> } {
  const url = new URL(srv!.url);
  const req = request({
    host: url.hostname,
    port: url.port,
    path,
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      ...(length === null ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(length) }),
    },
  });
  open.push(req);
  // A refused upload's connection is closed under the request; that is the point.
  req.on('error', () => undefined);
  const answer = new Promise<IncomingMessage>((resolve) => req.once('response', resolve));
  if (sent > 0) req.write(' '.repeat(sent));
  else req.flushHeaders();
  return { req, answer };
}

async function healthzMs(): Promise<number> {
  const started = performance.now();
  const r = await call(srv!.url, 'GET', '/healthz');
  expect(r.status).toBe(200);
  return performance.now() - started;
}

describe('bytes in flight', () => {
  it('stalled uploads hold at most the cap; the next is refused at once with 503; the server answers', async () => {
    srv = await startServer({ limits: { bodyBytesInFlight: 3.5 * MiB } });
    // Three keyless imports of 1 MiB each send a tenth of their body and stall.
    const stalled = [0, 1, 2].map(() => stalledUpload('/api/events/import', MiB, 100 * 1024));
    await vi.waitFor(() => expect(srv!.app.bodyBytesInFlight()).toBe(3 * MiB));

    const started = performance.now();
    const fourth = stalledUpload('/api/events/import', MiB, 0);
    const refused = await fourth.answer;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(refused.statusCode).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers.connection).toBe('close');
    const body = await new Promise<string>((resolve) => {
      let text = '';
      refused.on('data', (c: Buffer) => {
        text += c.toString();
      });
      refused.on('end', () => resolve(text));
    });
    expect(JSON.parse(body).error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/uploads/) });
    // A chunked upload reserves its route's whole limit, so it does not fit either.
    expect((await stalledUpload('/api/events/import', null, 2).answer).statusCode).toBe(503);

    // Meanwhile the server answers quickly, small bodies still fit, and nothing leaked.
    for (let i = 0; i < 5; i++) expect(await healthzMs()).toBeLessThan(250);
    const small = await call(srv.url, 'POST', '/api/events', {
      body: { name: 'Small', roundSeconds: 60, changeoverSeconds: 10 },
    });
    expect(small.status).toBe(201);
    expect(srv.app.bodyBytesInFlight()).toBe(3 * MiB);

    // A client that gives up releases its reservation; the next upload is read (and judged).
    stalled[0]!.req.destroy();
    await vi.waitFor(() => expect(srv!.app.bodyBytesInFlight()).toBe(2 * MiB));
    const whole = await call(srv.url, 'POST', '/api/events/import', { raw: `{}${' '.repeat(MiB - 2)}` });
    expect(whole.status).toBe(400);
    expect(srv.app.bodyBytesInFlight()).toBe(2 * MiB);
  });

  it('a body without a key is refused before it reserves anything', async () => {
    srv = await startServer({ limits: { bodyBytesInFlight: MiB } });
    const stranger = stalledUpload('/api/events/someone/people', 4 * MiB, 0);
    expect((await stranger.answer).statusCode).toBe(401);
    expect(srv.app.bodyBytesInFlight()).toBe(0);
  });
});

describe('timeouts', () => {
  it('a connection that never finishes its headers is closed after the headers timeout', async () => {
    srv = await startServer({ timeouts: { headersMs: 200, requestMs: 400, checkEveryMs: 50 } });
    const url = new URL(srv.url);
    const socket = tcp(Number(url.port), url.hostname);
    let received = '';
    socket.on('data', (c: Buffer) => {
      received += c.toString();
    });
    const started = performance.now();
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    await closed;
    expect(performance.now() - started).toBeLessThan(3000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(await healthzMs()).toBeLessThan(250);
  });

  it('an upload that stalls is cut at the request timeout and its bytes are released', async () => {
    srv = await startServer({ timeouts: { headersMs: 200, requestMs: 400, checkEveryMs: 50 } });
    const upload = stalledUpload('/api/events/import', MiB, 1024);
    await vi.waitFor(() => expect(srv!.app.bodyBytesInFlight()).toBe(MiB));
    const started = performance.now();
    const answer = await upload.answer;
    expect(answer.statusCode).toBe(408);
    expect(performance.now() - started).toBeLessThan(3000);
    await vi.waitFor(() => expect(srv!.app.bodyBytesInFlight()).toBe(0));
  });

  it('an import cut by the request timeout gives its place in the creation quota back', async () => {
    srv = await startServer({
      timeouts: { headersMs: 200, requestMs: 400, checkEveryMs: 50 },
      limits: { createEventsPerIpPerHour: 1, createEventsPerHour: 1 },
    });
    expect((await stalledUpload('/api/events/import', MiB, 1024).answer).statusCode).toBe(408);
    // Nothing was created, so the one creation of the hour is still there.
    const created = await call(srv.url, 'POST', '/api/events', {
      body: { name: 'After a cut upload', roundSeconds: 60, changeoverSeconds: 10 },
    });
    expect(created.status, created.text).toBe(201);
    const next = await call(srv.url, 'POST', '/api/events', {
      body: { name: 'One too many', roundSeconds: 60, changeoverSeconds: 10 },
    });
    expect(next.status).toBe(429);
  });
});
