import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, closeAll } from '../support/sockets';
import { createEvent, seedEvent, call } from '../support/http';
import { startServer, type TestServer } from '../support/server';

/**
 * Issue 16, "a server phones can reach": with no TABLEHOP_PUBLIC_URL, links follow the
 * address the organizer's browser used, over HTTP and over the console's socket; a Host
 * header that is not a plain host name is never put into a link; GET /api/instance says
 * which addresses phones can open.
 */
let srv: TestServer | undefined;
afterEach(async () => {
  closeAll();
  await srv?.close();
  srv = undefined;
});

/** A JSON call with the Host header set (fetch cannot set Host). */
function withHost(url: string, method: string, path: string, host: string, body?: unknown, key?: string) {
  const u = new URL(url);
  return new Promise<{ status: number; body: any }>((done, fail) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method,
        path,
        headers: {
          host,
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', fail);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const SETTINGS = { name: 'Venue night', roundSeconds: 300, changeoverSeconds: 30 };

describe('links follow the address the console was opened at', () => {
  it('creating an event at a LAN address gives links on that address', async () => {
    srv = await startServer();
    const r = await withHost(srv.url, 'POST', '/api/events', '192.168.1.20:3000', SETTINGS);
    expect(r.status).toBe(201);
    expect(r.body.links.organizer).toMatch(/^http:\/\/192\.168\.1\.20:3000\/organize\/[^/]+#key=/);
    expect(r.body.links.projector).toMatch(/^http:\/\/192\.168\.1\.20:3000\/projector#key=/);
  });

  it("the organizer's view lists personal links on the address of each request", async () => {
    srv = await startServer();
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const lan = await withHost(srv.url, 'GET', `/api/events/${ev.id}`, 'tablehop.lan:8080', undefined, ev.key);
    expect(lan.status).toBe(200);
    expect(lan.body.mentees[0].link).toMatch(/^http:\/\/tablehop\.lan:8080\/p#token=/);
    const local = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(local.body.mentees[0].link.startsWith(`${srv.url}/p#token=`)).toBe(true);
  });

  it('a Host header that is not a plain host name falls back to localhost', async () => {
    srv = await startServer();
    const port = new URL(srv.url).port;
    for (const host of ['evil.example/<script>', 'a b', 'x@y', '"quoted"']) {
      const r = await withHost(srv.url, 'POST', '/api/events', host, SETTINGS);
      // Node itself refuses some of these (400); any link made is on localhost.
      if (r.status === 201) expect(r.body.links.projector.startsWith(`http://localhost:${port}/`), host).toBe(true);
      else expect(r.status, host).toBe(400);
    }
  });

  it('the console socket gets the links of the address it connected to', async () => {
    srv = await startServer();
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const port = new URL(srv.url).port;
    const viaIp = await connect(`http://127.0.0.1:${port}`, ev.key);
    const viaName = await connect(srv.url, ev.key);
    const linkOf = (s: typeof viaIp.snapshot) => (s.role === 'organizer' ? s.organizer.mentees[0]!.link : '');
    expect(linkOf(viaIp.snapshot)).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/p#token=`));
    expect(linkOf(viaName.snapshot)).toMatch(new RegExp(`^http://localhost:${port}/p#token=`));
    // A push after a change keeps each console on its own address.
    const pushed = Promise.all(
      [viaIp, viaName].map((c) => new Promise<string>((r) => c.socket.once('snapshot:updated', (s) => r(linkOf(s))))),
    );
    expect(
      (await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { name: 'Renamed' } })).status,
    ).toBe(200);
    const [a, b] = await pushed;
    expect(a).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(b).toMatch(/^http:\/\/localhost:/);
  });

  it('TABLEHOP_PUBLIC_URL fixes every link, whatever address was used', async () => {
    srv = await startServer({ publicUrl: 'https://mentoring.example.org' });
    // srv.url is the public URL now: reach the server at its listening port.
    const local = `http://127.0.0.1:${(srv.app.http.address() as { port: number }).port}`;
    const r = await withHost(local, 'POST', '/api/events', '192.168.1.20:3000', SETTINGS);
    expect(r.body.links.organizer.startsWith('https://mentoring.example.org/organize/')).toBe(true);
    const info = await call(local, 'GET', '/api/instance');
    expect(info.body.publicUrlSet).toBe(true);
  });
});

describe('GET /api/instance: the addresses phones can open', () => {
  it('listening on loopback only: none', async () => {
    srv = await startServer();
    const info = await call(srv.url, 'GET', '/api/instance');
    expect(info.status).toBe(200);
    expect(info.body).toEqual({ createKeyRequired: false, publicUrlSet: false, lanUrls: [] });
  });

  it('an event created at localhost still works: the links are just localhost ones', async () => {
    srv = await startServer();
    const ev = await createEvent(srv.url);
    expect(ev.links.projector.startsWith(`${srv.url}/projector#key=`)).toBe(true);
  });
});
