import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveConnection } from '../../../client/live/live-connection';
import { FakeSocket, type Handler } from '../support/fake-socket';
import { T0, menteeMe, runningClock } from '../support/fixtures';

let fake: FakeSocket;
vi.mock('../../../client/live/socket', () => ({ openSocket: () => fake }));

const { createLiveConnection } = await import('../../../client/live/live-connection');

let dispose: () => void = () => {};
function connect(): LiveConnection {
  return createRoot((d) => {
    dispose = d;
    return createLiveConnection('secret-token');
  });
}

beforeEach(() => {
  fake = new FakeSocket();
});
afterEach(() => dispose());

describe('createLiveConnection', () => {
  it('goes online on connect and measures the server clock offset with eight samples', async () => {
    const c = connect();
    expect(c.status()).toBe('connecting');
    fake.open();
    expect(c.status()).toBe('online');
    await vi.waitFor(() => expect(c.offsetMs()).toBe(420_000));
    expect(fake.sent.filter((s) => s.event === 'time')).toHaveLength(8);
  });

  it('after a reconnect, confirms the known offset with three samples spread over a few seconds', async () => {
    const c = connect();
    fake.open();
    await vi.waitFor(() => expect(c.offsetMs()).toBe(420_000));
    const times = () => fake.sent.filter((s) => s.event === 'time').length;
    expect(times()).toBe(8);
    vi.useFakeTimers();
    try {
      vi.spyOn(Math, 'random').mockReturnValue(0.5);
      fake.drop('transport close');
      fake.serverClockAhead = 421_000;
      fake.open();
      // Nothing at once: the room's phones spread their samples over 3 s; the known offset stays.
      expect(times()).toBe(8);
      expect(c.offsetMs()).toBe(420_000);
      await vi.advanceTimersByTimeAsync(1499);
      expect(times()).toBe(8);
      await vi.advanceTimersByTimeAsync(1);
      expect(times()).toBe(11);
      expect(c.offsetMs()).toBe(421_000);
    } finally {
      vi.restoreAllMocks();
      vi.useRealTimers();
    }
  });

  it('takes a valid snapshot and its clock, ignores invalid data and stale clocks', () => {
    const c = connect();
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentee', me: { ...menteeMe(), clock: runningClock(0, 60_000, T0, 5) } });
    expect(c.snapshot()?.role).toBe('mentee');
    expect(c.clock()?.version).toBe(5);
    fake.fire('snapshot:updated', { role: 'mentee', me: { nonsense: true } });
    expect(c.snapshot()?.role).toBe('mentee');
    fake.fire('clock:changed', runningClock(0, 30_000, T0, 4));
    expect(c.clock()?.version).toBe(5);
    fake.fire('clock:changed', runningClock(1, 120_000, T0, 6));
    expect(c.clock()?.phase?.index).toBe(1);
    fake.fire('clock:changed', { status: 'bogus' });
    expect(c.clock()?.version).toBe(6);
  });

  it('takes a first offset from the clock stamp before the measurement finishes', () => {
    const c = connect();
    fake.fire('clock:changed', runningClock(0, 60_000, Date.now() + 90_000, 1));
    expect(Math.abs(c.offsetMs() - 90_000)).toBeLessThan(50);
  });

  it('reports a refused link as final', () => {
    const c = connect();
    fake.active = false;
    fake.fire('connect_error', new Error('unauthorized'));
    expect(c.status()).toBe('refused');
    expect(c.refusal()).toEqual({ message: 'unauthorized' });
  });

  it("keeps a refused link's reason beside the English, for the page to say it in its language", () => {
    const c = connect();
    fake.active = false;
    const message = 'unknown key: it may be mistyped, or its event was deleted';
    fake.fire(
      'connect_error',
      Object.assign(new Error(message), { data: { code: 'unauthorized', reason: 'unknownKey' } }),
    );
    expect(c.refusal()).toEqual({ message, reason: 'unknownKey' });
    // Network input: a reason that is not a word is dropped.
    dispose();
    fake = new FakeSocket();
    const d = connect();
    fake.active = false;
    fake.fire('connect_error', Object.assign(new Error(message), { data: { reason: { evil: 1 } } }));
    expect(d.refusal()).toEqual({ message });
  });

  it('reports a page older than the server as outdated, not as a bad link, and stops reconnecting', () => {
    const c = connect();
    fake.open();
    fake.drop('transport close');
    expect(c.status()).toBe('offline');
    // The server was upgraded meanwhile: its handshake refuses this page's protocol.
    fake.active = false;
    fake.fire(
      'connect_error',
      Object.assign(new Error('this page is from another version of Tablehop: reload it'), {
        data: { code: 'outdated_client' },
      }),
    );
    expect(c.status()).toBe('outdated');
    expect(c.refusal()).toBeNull();
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.connectCalls).toBe(0);
    fake.fire('disconnect', 'io client disconnect');
    expect(c.status()).toBe('outdated');
  });

  it('closed for being open in too many places: waits for the person, then reconnects once', () => {
    const c = connect();
    fake.open();
    fake.fire('connection:closed', { reason: 'too_many_connections', message: 'open in more than 5 places' });
    fake.drop('io server disconnect');
    expect(c.status()).toBe('replaced');
    // Coming back to the tab or the network must not take the link back by itself.
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.connectCalls).toBe(0);
    c.reclaim();
    expect(c.status()).toBe('connecting');
    expect(fake.connectCalls).toBe(1);
    fake.open();
    expect(c.status()).toBe('online');
  });

  it('treats a rate-limited handshake as a pause, not a bad link, and tries again later', () => {
    vi.useFakeTimers();
    try {
      const c = connect();
      fake.active = false;
      fake.fire('connect_error', Object.assign(new Error('too many attempts'), { data: { code: 'rate_limited' } }));
      expect(c.status()).toBe('offline');
      vi.advanceTimersByTime(15_000);
      expect(fake.connectCalls).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('goes offline as soon as the browser loses the network, keeps reconnecting, never queues a request', async () => {
    const c = connect();
    fake.open();
    window.dispatchEvent(new Event('offline'));
    expect(fake.io.engine.close).toHaveBeenCalled();
    expect(c.status()).toBe('offline');
    const sentBefore = fake.sent.length;
    const r = await c.request((ack) => fake.emit('questions:update', { questions: [] }, ack as Handler));
    expect(r).toMatchObject({ ok: false, error: { message: 'No connection to the server.' } });
    expect(fake.sent.length).toBe(sentBefore);
    expect(fake.connectCalls).toBe(0);
    window.dispatchEvent(new Event('online'));
    expect(fake.connectCalls).toBe(1);
    fake.open();
    expect(c.status()).toBe('online');
  });

  it('times out a request nobody answers', async () => {
    vi.useFakeTimers();
    try {
      const c = connect();
      fake.connected = true;
      const p = c.request(() => {}, 1000);
      vi.advanceTimersByTime(1000);
      expect(await p).toMatchObject({ ok: false, error: { message: 'No answer from the server.' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refreshes with snapshot:get, and stops when the event is deleted', async () => {
    const c = connect();
    fake.open();
    const pending = c.refresh();
    const get = fake.sent.find((s) => s.event === 'snapshot:get')!;
    get.ack!({ ok: true, data: { role: 'mentee', me: menteeMe() } });
    expect(await pending).toBe(true);
    expect(c.snapshot()?.role).toBe('mentee');
    fake.fire('event:deleted', { eventId: 'ev1' });
    expect(c.deleted()).toBe(true);
    expect(fake.connected).toBe(false);
  });
});
