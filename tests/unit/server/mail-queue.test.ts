import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMailQueue } from '../../../server/mail/mail-queue';
import type { QueuedMail } from '../../../server/mail/mail-store';
import { MailSendError, type MailTransport, type OutgoingMail } from '../../../server/mail/transport';
import { silentLogger } from '../../../server/log';
import { openDatabase } from '../../../server/store/db';
import { createEventStore, type EventStore } from '../../../server/store/event-store';
import { withPeople, emptyEvent } from '../shared/event/support';

const T = 1_750_000_000_000;

/**
 * The queue runner with Vitest's fake timers and clock (no real waiting) over a real store: the
 * order, the back-off, the rate cap, and that nothing is tried once closed.
 */
describe('the mail queue runner', () => {
  let dir: string;
  let store: EventStore;
  let ids: string[];
  beforeEach(async () => {
    vi.useFakeTimers();
    vi.setSystemTime(T);
    dir = mkdtempSync(join(tmpdir(), 'tablehop-mailq-'));
    store = createEventStore(openDatabase(dir));
    const state = withPeople(emptyEvent(), {
      mentees: [
        { name: 'A', email: 'a@example.org' },
        { name: 'B', email: 'b@example.org' },
        { name: 'C', email: 'c@example.org' },
      ],
    });
    await store.save(null, state);
    ids = state.mentees.map((m) => m.id);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const queue = (n: number) =>
    store.mail.enqueue('ev1', `key-${Math.random()}`, '{}', Date.now(), 'UTC', () => ({
      rows: ids.slice(0, n).map((personId, i) => ({ personId, address: `${'abc'[i]}@example.org`, link: `L${i}` })),
      answer: { queued: n, skipped: [] },
    }));

  function runner(send: (m: OutgoingMail) => Promise<void>, opts: { perMinute?: number; delays?: number[] } = {}) {
    const sent: string[] = [];
    const transport: MailTransport = {
      send: async (m) => {
        await send(m);
        sent.push(m.to.address);
      },
      close: () => {},
    };
    const compose = async (m: QueuedMail): Promise<OutgoingMail> => ({
      from: 'x@example.org',
      to: { name: m.personId, address: m.address },
      subject: 's',
      text: m.link,
      html: m.link,
      attachments: [],
    });
    const q = createMailQueue({
      store: store.mail,
      transport,
      compose,
      now: Date.now,
      perMinute: opts.perMinute ?? 100,
      retryDelaysMs: opts.delays ?? [30_000, 120_000, 600_000],
      log: silentLogger,
    });
    return { q, sent };
  }

  const statuses = async () => (await store.mail.entries('ev1')).map((e) => [e.address, e.status, e.attempts]);

  it('sends what is queued in order, and erases the link of each sent mail', async () => {
    const { q, sent } = runner(async () => {});
    await queue(3);
    q.wake();
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
    expect(await statuses()).toEqual([
      ['a@example.org', 'sent', 1],
      ['b@example.org', 'sent', 1],
      ['c@example.org', 'sent', 1],
    ]);
    expect(await store.mail.nextDue()).toBeNull();
    await q.close();
  });

  it('tries a transient failure again after 30 s, 2 min and 10 min, then records it as failed', async () => {
    const tries: number[] = [];
    const { q } = runner(async () => {
      tries.push(Date.now() - T);
      throw new MailSendError('421 Service not available', 421);
    });
    await queue(1);
    q.wake();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(tries).toEqual([0]);
    expect((await store.mail.entries('ev1'))[0]).toMatchObject({ status: 'queued', nextAttemptAt: T + 30_000 });
    await vi.advanceTimersByTimeAsync(1);
    expect(tries).toEqual([0, 30_000]);
    await vi.advanceTimersByTimeAsync(120_000 + 600_000);
    expect(tries).toEqual([0, 30_000, 150_000, 750_000]);
    expect((await store.mail.entries('ev1'))[0]).toMatchObject({
      status: 'failed',
      attempts: 4,
      error: '421 Service not available',
      failedAt: T + 750_000,
    });
    await vi.runAllTimersAsync();
    expect(tries).toHaveLength(4);
    await q.close();
  });

  it('gives up on a 5xx at once, and the next mail still goes', async () => {
    const { q, sent } = runner(async (m) => {
      if (m.to.address === 'a@example.org') throw new MailSendError('550 No such user', 550);
    });
    await queue(2);
    q.wake();
    await vi.runAllTimersAsync();
    expect(await statuses()).toEqual([
      ['a@example.org', 'failed', 1],
      ['b@example.org', 'sent', 1],
    ]);
    expect(sent).toEqual(['b@example.org']);
    await q.close();
  });

  it('begins at most N tries a minute', async () => {
    const at: number[] = [];
    const { q } = runner(async () => void at.push(Date.now() - T), { perMinute: 2 });
    await queue(3);
    q.wake();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(at).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(at).toEqual([0, 0, 60_000]);
    await q.close();
  });

  it('once closed, tries nothing more: what is queued stays queued for the next start', async () => {
    const { q, sent } = runner(async () => {}, { perMinute: 1 });
    await queue(2);
    q.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['a@example.org']);
    await q.close();
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['a@example.org']);
    expect((await statuses())[1]).toEqual(['b@example.org', 'queued', 0]);
    // A new runner (the restarted server) sends it.
    const again = runner(async () => {});
    again.q.wake();
    await vi.runAllTimersAsync();
    expect(again.sent).toEqual(['b@example.org']);
    await again.q.close();
  });
});
