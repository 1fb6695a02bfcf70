import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_DELAYS_MS, isPermanent, nextAttemptAt, rateWait } from '../../../../shared/mail/backoff';
import { isTimeZone, mailSendBodySchema, type MailEntry } from '../../../../shared/mail/mail-schemas';
import { mergeCsv } from '../../../../shared/mail/merge-csv';
import { addressOf, chooseRecipients, JUST_SENT_MS, type MailPerson } from '../../../../shared/mail/recipients';

const NOW = 1_750_000_000_000;

const people: MailPerson[] = [
  { id: 'a', name: 'Ada', email: 'ada@example.org' },
  { id: 'b', name: 'Bo' },
  { id: 'c', name: 'Cy', email: 'cy@example.org' },
  { id: 'd', name: 'Di', email: 'not an address' },
  { id: 'e', name: 'Ed', email: 'ed@example.org, eve@example.org' },
  { id: 'f', name: 'Fa', email: '  fa@example.org ' },
];

type Last = Pick<MailEntry, 'status' | 'sentAt'>;
const log = (entries: Record<string, Last>) => new Map(Object.entries(entries));

describe('who a send request queues', () => {
  it('all: everyone with an address, in order; no e-mail and bad addresses skipped with the reason', () => {
    const r = chooseRecipients(people, log({}), 'all', NOW);
    expect(r.queue).toEqual([
      { personId: 'a', address: 'ada@example.org' },
      { personId: 'c', address: 'cy@example.org' },
      { personId: 'f', address: 'fa@example.org' },
    ]);
    expect(r.skipped).toEqual([
      { personId: 'b', name: 'Bo', reason: 'no e-mail' },
      { personId: 'd', name: 'Di', reason: 'not an e-mail address' },
      // A list would send one person's link to two addresses.
      { personId: 'e', name: 'Ed', reason: 'not an e-mail address' },
    ]);
  });

  it('all: sends again to those sent before, never to one still queued', () => {
    const r = chooseRecipients(
      people,
      log({ a: { status: 'sent', sentAt: NOW - 3_600_000 }, c: { status: 'queued', sentAt: null } }),
      'all',
      NOW,
    );
    expect(r.queue.map((q) => q.personId)).toEqual(['a', 'f']);
    expect(r.skipped).toContainEqual({ personId: 'c', name: 'Cy', reason: 'already queued' });
  });

  it('unsent: only those never sent one; a failed mail counts as not sent', () => {
    const r = chooseRecipients(
      people,
      log({ a: { status: 'sent', sentAt: NOW - 3_600_000 }, c: { status: 'failed', sentAt: null } }),
      'unsent',
      NOW,
    );
    expect(r.queue.map((q) => q.personId)).toEqual(['c', 'f']);
    expect(r.skipped).toContainEqual({ personId: 'a', name: 'Ada', reason: 'already sent' });
  });

  it('one person: that person only; without an address skipped', () => {
    expect(chooseRecipients(people, log({}), { personId: 'c' }, NOW)).toEqual({
      queue: [{ personId: 'c', address: 'cy@example.org' }],
      skipped: [],
    });
    expect(chooseRecipients(people, log({}), { personId: 'b' }, NOW)).toEqual({
      queue: [],
      skipped: [{ personId: 'b', name: 'Bo', reason: 'no e-mail' }],
    });
  });

  it('a double click queues once: the second request finds the mails queued, or just sent', () => {
    const first = chooseRecipients(people, log({}), 'all', NOW);
    // What the store holds after the first click: queued, then (a moment later) one accepted.
    const queued = log(Object.fromEntries(first.queue.map((q) => [q.personId, { status: 'queued', sentAt: null }])));
    expect(chooseRecipients(people, queued, 'all', NOW + 200).queue).toEqual([]);
    const sentNow = log({ ...Object.fromEntries(queued), c: { status: 'sent', sentAt: NOW + 100 } });
    const second = chooseRecipients(people, sentNow, { personId: 'c' }, NOW + 300);
    expect(second).toEqual({ queue: [], skipped: [{ personId: 'c', name: 'Cy', reason: 'just sent' }] });
    // A minute later it is a new request, not a second click.
    expect(chooseRecipients(people, sentNow, { personId: 'c' }, NOW + 100 + JUST_SENT_MS).queue).toHaveLength(1);
  });

  it('reads an address as one address only', () => {
    expect(addressOf({ id: 'x', name: 'X', email: 'x@y.z' })).toEqual({ ok: true, address: 'x@y.z' });
    for (const email of ['Name <x@y.z>', 'x@y', 'x y@z.org', 'x@y.z;w@v.u', '"x"@y.z', '@y.z'])
      expect(addressOf({ id: 'x', name: 'X', email }), email).toEqual({ ok: false, reason: 'not an e-mail address' });
    expect(addressOf({ id: 'x', name: 'X', email: '   ' })).toEqual({ ok: false, reason: 'no e-mail' });
  });
});

describe('back-off and rate cap', () => {
  it('tries again after 30 s, 2 min and 10 min, then gives up', () => {
    expect(DEFAULT_RETRY_DELAYS_MS).toEqual([30_000, 120_000, 600_000]);
    const transient = { responseCode: 421 };
    expect(nextAttemptAt(1, NOW, transient)).toBe(NOW + 30_000);
    expect(nextAttemptAt(2, NOW, transient)).toBe(NOW + 120_000);
    expect(nextAttemptAt(3, NOW, transient)).toBe(NOW + 600_000);
    expect(nextAttemptAt(4, NOW, transient)).toBeNull();
    // A timeout or a lost connection has no reply code: transient too.
    expect(nextAttemptAt(1, NOW, {})).toBe(NOW + 30_000);
  });

  it('takes injected delays', () => {
    expect(nextAttemptAt(1, NOW, {}, [5, 7])).toBe(NOW + 5);
    expect(nextAttemptAt(2, NOW, {}, [5, 7])).toBe(NOW + 7);
    expect(nextAttemptAt(3, NOW, {}, [5, 7])).toBeNull();
    expect(nextAttemptAt(1, NOW, {}, [])).toBeNull();
  });

  it('gives up at once on a 5xx reply (the server’s final word), not on a 4xx', () => {
    expect(isPermanent({ responseCode: 550 })).toBe(true);
    expect(isPermanent({ responseCode: 535 })).toBe(true);
    expect(isPermanent({ responseCode: 451 })).toBe(false);
    expect(isPermanent({})).toBe(false);
    expect(nextAttemptAt(1, NOW, { responseCode: 550 })).toBeNull();
  });

  it('lets at most N tries begin in any minute', () => {
    expect(rateWait([], NOW, 2)).toBe(0);
    expect(rateWait([NOW - 10_000], NOW, 2)).toBe(0);
    // Two in the window: the next may begin when the older leaves it.
    expect(rateWait([NOW - 10_000, NOW - 5_000], NOW, 2)).toBe(50_000);
    expect(rateWait([NOW - 5_000, NOW - 10_000, NOW - 70_000], NOW, 2)).toBe(50_000);
    expect(rateWait([NOW - 60_000, NOW - 1000], NOW, 2)).toBe(0);
    expect(rateWait([NOW - 3000, NOW - 2000, NOW - 1000], NOW, 2)).toBe(58_000);
  });
});

describe('the send body and the mail-merge file', () => {
  it('reads whom to send to, the idempotency key and the time zone; refuses the rest', () => {
    const ok = mailSendBodySchema.safeParse({ to: { personId: 'p1' }, idempotencyKey: 'click-0001', timeZone: 'UTC' });
    expect(ok.success).toBe(true);
    for (const bad of [
      { to: 'everyone', idempotencyKey: 'click-0001' },
      { to: 'all' },
      { to: 'all', idempotencyKey: 'short' },
      { to: 'all', idempotencyKey: 'click-0001', timeZone: 'Mars/Olympus' },
      { to: 'all', idempotencyKey: 'click-0001', extra: 1 },
    ])
      expect(mailSendBodySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Europe/Nowhere')).toBe(false);
  });

  it('writes the merge CSV with a header, quoted texts and formula-safe cells', () => {
    const csv = mergeCsv([
      { name: 'Zoë', email: 'z@x.org', role: 'mentee', link: 'http://h/p#token=t', subject: 'S', message: 'a,\nb' },
      { name: '=HYPERLINK("x")', email: '', role: 'mentor', link: 'http://h/p#token=u', subject: 'S', message: 'm' },
    ]);
    expect(csv.startsWith('\uFEFFname,email,role,link,subject,message\r\n')).toBe(true);
    expect(csv).toContain('Zoë,z@x.org,mentee,http://h/p#token=t,S,"a,\nb"\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",,mentor,`);
  });
});
