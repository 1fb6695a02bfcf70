import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, connectError } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer({ limits: { badKeysPerIpPerMinute: 5, perKeyPerMinute: 40 } });
});
afterAll(async () => {
  closeAll();
  await srv.close();
});

describe('rate limits', () => {
  it('wrong keys are limited tightly per address; valid keys keep working', async () => {
    const ev = await createEvent(srv.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: `wrong-key-number-${i}-xxxxxxxx` })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: 'still-wrong-key-xxxxxxxxxxxxx' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Socket handshakes share the budget.
    expect((await connectError(srv.url, 'another-wrong-key-xxxxxxxxxx')).data?.code).toBe('rate_limited');
    // The venue's other people are not locked out.
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).status).toBe(200);
    await connect(srv.url, ev.key);
  });

  it('a valid key has its own, generous budget', async () => {
    const ev = await createEvent(srv.url);
    const statuses = await Promise.all(
      Array.from({ length: 45 }, () =>
        call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const other = await createEvent(srv.url);
    expect((await call(srv.url, 'GET', `/api/events/${other.id}/clock`, { key: other.key })).status).toBe(200);
  });
});
