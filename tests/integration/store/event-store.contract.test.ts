/**
 * The store contract (issue 21): what the event service relies on from its store, asserted
 * through the EventStore interface on the database of the vitest project that runs this file —
 * SQLite in `node`, PostgreSQL in `integration-pg` (vitest.config.ts). Both must pass the same
 * file: one transaction per save (all or nothing), reads that see one committed state, secrets
 * by hash, the storage cap, the append-only clock history, the mail queue, and migrations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClockLogEntry } from '../../../shared/backup/clock-history';
import { createEventState, type EventState } from '../../../shared/event/state';
import type { Mentee, Mentor } from '../../../shared/schemas/people';
import {
  createSqlEventStore,
  type EventStore,
  FencedError,
  StaleStateError,
  StorageQuotaError,
} from '../../../server/store/event-store';
import { MIGRATIONS } from '../../../server/store/migrations';
import type { SqlDriver } from '../../../server/store/sql';
import { dropTestStore, openTestDriver, postgresMissing, postgresUrl, testStoreKind } from './support/test-store';

const kind = testStoreKind();
const missing = kind === 'postgres' && !postgresUrl();
if (missing) console.warn(`\n⚠ store contract on PostgreSQL SKIPPED: ${postgresMissing()}\n`);

const T = 1_800_000_000_000;
const hash = (n: number) => Buffer.alloc(32, n);

const mentor = (id: string, name = `Mentor ${id}`): Mentor => ({
  id,
  name,
  table: `T-${id}`,
  topics: ['Funding', 'Hiring'],
  attendance: 'expected',
});
const mentee = (id: string, extra: Partial<Mentee> = {}): Mentee => ({
  id,
  name: `Mentee ${id}`,
  questions: ['How do I start?'],
  wishes: [],
  avoid: [],
  attendance: 'expected',
  ...extra,
});

/** An event using every part of the state the store keeps, with text no ASCII column would hold. */
function fullEvent(id = 'ev1'): EventState {
  const base = createEventState(
    id,
    { name: 'Soirée 李雷 🎉', roundSeconds: 10, changeoverSeconds: 2, rounds: 2, tableCapacity: 1, breaks: [] },
    T - 60_000,
    'seed-α',
  );
  const mentors = [
    mentor('m1', 'Zoë “Z” Ångström'),
    { ...mentor('m2'), bio: 'Line 1\nLine 2', email: 'm2@example.org' },
  ];
  const mentees = [
    mentee('e1', { email: 'e1@example.org', wishes: ['m2'], group: 'A' }),
    mentee('e2', { questions: ['¿Qué tal?', 'مرحبا'], priority: 2 }),
  ];
  return {
    ...base,
    mentors,
    mentees,
    schedule: {
      mentors: mentors.map(({ id: mid, name, table }) => ({ id: mid, name, table })),
      mentees: mentees.map(({ id: eid, name }) => ({ id: eid, name })),
      rounds: [
        {
          round: 1,
          tables: [
            { mentorId: 'm1', menteeIds: ['e1'] },
            { mentorId: 'm2', menteeIds: ['e2'] },
          ],
          byes: [],
        },
      ],
    },
    scheduleVersion: 3,
    clock: { status: 'running', version: 4, phaseIndex: 0, phaseEndsAt: T + 10_000, startedAt: T },
    feedback: {
      e1: {
        sharing: { share: 'contact', contact: 'e1 at example dot org' },
        given: [{ round: 1, withId: 'm1', rating: 5, followUp: true, note: 'Très bien', at: T + 5000 }],
      },
    },
    roundStarts: { '1': T },
    planRules: { pins: [], lockedRounds: [1], metBefore: [{ menteeId: 'e2', mentorId: 'm1' }] },
    registration: {
      open: true,
      closesAt: T + 86_400_000,
      maxMentees: 30,
      maxMentors: null,
      approval: 'manual',
      consentText: 'We keep your name until the event ends.',
      codeVersion: 1,
    },
    registrations: [
      {
        id: 'r1',
        role: 'mentee',
        name: 'Pending Person',
        email: 'p@example.org',
        questions: ['Q'],
        wishes: [],
        avoid: [],
        topics: [],
        status: 'pending',
        at: T - 1000,
        updatedAt: T - 1000,
      },
    ],
  };
}

const organizer = { hash: hash(1), role: 'organizer' as const, personId: null };
const personSecret = (n: number, role: 'mentor' | 'mentee', personId: string) => ({ hash: hash(n), role, personId });

const entry = (action: ClockLogEntry['action'], version: number, at = T): ClockLogEntry => ({
  at,
  action,
  phaseIndex: 0,
  version,
});

describe.skipIf(missing)(`the event store contract on ${kind}`, () => {
  const opened: { dir: string; drivers: SqlDriver[] }[] = [];
  afterEach(async () => {
    for (const { dir, drivers } of opened.splice(0)) {
      for (const d of drivers) await d.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
      await dropTestStore(dir);
    }
  });

  /** A fresh, empty database of this project's kind, its store and its driver (for raw statements). */
  async function fresh(maxEventBytes?: number) {
    const dir = mkdtempSync(join(tmpdir(), 'tablehop-contract-'));
    const drivers: SqlDriver[] = [];
    opened.push({ dir, drivers });
    const open = async (max = maxEventBytes) => {
      const driver = await openTestDriver(dir);
      drivers.push(driver);
      return { driver, store: createSqlEventStore(driver, { maxEventBytes: max }) };
    };
    return { dir, open, ...(await open()) };
  }

  const count = async (db: SqlDriver, table: string, eventId: string) =>
    (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE event_id = ?`, [eventId]))!.n;

  it('a saved event loads back equal, every part of it (JSON, Unicode, times in ms as numbers)', async () => {
    const { store } = await fresh();
    const ev = fullEvent();
    await store.save(null, ev, [organizer]);
    const loaded = await store.load('ev1');
    expect(loaded).toEqual(ev);
    expect(typeof loaded!.createdAt).toBe('number');
    expect(await store.load('no-such-event')).toBeNull();
    expect(store.dialect).toBe(kind);
  });

  it('saves only what changed, keeps people in the order they came, and loads the latest state', async () => {
    const { store, driver } = await fresh();
    const v1 = fullEvent();
    await store.save(null, v1, [organizer, personSecret(2, 'mentee', 'e1'), personSecret(3, 'mentee', 'e2')]);
    const v2: EventState = {
      ...v1,
      settings: { ...v1.settings, name: 'Renamed' },
      mentees: [v1.mentees[1]!, mentee('e3'), { ...v1.mentees[0]!, name: 'Edited' }].filter((m) => m.id !== 'e2'),
    };
    await store.save(v1, v2, [personSecret(4, 'mentee', 'e3')]);
    const loaded = (await store.load('ev1'))!;
    expect(loaded.settings.name).toBe('Renamed');
    // e1 was there first; e3 came after it; e2 is gone, with its secret.
    expect(loaded.mentees.map((m) => [m.id, m.name])).toEqual([
      ['e1', 'Edited'],
      ['e3', 'Mentee e3'],
    ]);
    expect(await store.resolve(hash(3))).toBeNull();
    expect(await store.resolve(hash(4))).toMatchObject({ eventId: 'ev1', role: 'mentee', personId: 'e3' });
    expect(await count(driver, 'people', 'ev1')).toBe(4);
    // A person's feedback goes with them.
    const v3: EventState = { ...v2, mentees: v2.mentees.filter((m) => m.id !== 'e1') };
    await store.save(v2, v3);
    expect((await store.load('ev1'))!.feedback).toEqual({});
    expect(await count(driver, 'feedback', 'ev1')).toBe(0);
    expect(await store.resolve(hash(2))).toBeNull();
  });

  it('resolves a secret by its hash only, and a sign-up code only in its latest version', async () => {
    const { store } = await fresh();
    const ev = fullEvent();
    await store.save(null, ev, [
      organizer,
      { hash: hash(9), role: 'projector', personId: null },
      personSecret(2, 'mentor', 'm1'),
      { hash: hash(20), role: 'signup', personId: null, codeVersion: 1 },
    ]);
    expect(await store.resolve(hash(1))).toEqual({ eventId: 'ev1', role: 'organizer', personId: null });
    expect(await store.resolve(hash(9))).toEqual({ eventId: 'ev1', role: 'projector', personId: null });
    expect(await store.resolve(hash(2))).toEqual({ eventId: 'ev1', role: 'mentor', personId: 'm1' });
    expect(await store.resolve(hash(20))).toEqual({ eventId: 'ev1', role: 'signup', personId: null, codeVersion: 1 });
    expect(await store.resolve(hash(77))).toBeNull();
    // A revoke: the new code replaces the old one in the same save.
    const revoked: EventState = { ...ev, registration: { ...ev.registration!, codeVersion: 2 } };
    await store.save(ev, revoked, [{ hash: hash(21), role: 'signup', personId: null, codeVersion: 2 }]);
    expect(await store.resolve(hash(20))).toBeNull();
    expect(await store.resolve(hash(21))).toMatchObject({ role: 'signup', codeVersion: 2 });
  });

  it('a save that fails half-way writes nothing, and the store goes on working', async () => {
    const { store, driver } = await fresh();
    const v1 = fullEvent();
    await store.save(null, v1, [organizer]);
    const bytes = await store.storedBytes('ev1');
    const v2: EventState = {
      ...v1,
      settings: { ...v1.settings, name: 'Never stored' },
      mentors: [...v1.mentors, mentor('m3')],
    };
    // The organizer's hash again: the secrets' primary key refuses it after the other rows were written.
    await expect(store.save(v1, v2, [personSecret(1, 'mentor', 'm3')], entry('extend', 5))).rejects.toThrow();
    expect(await store.load('ev1')).toEqual(v1);
    expect(await store.clockHistory('ev1')).toEqual([]);
    expect(await count(driver, 'people', 'ev1')).toBe(4);
    expect(await store.storedBytes('ev1')).toBe(bytes);
    await store.save(v1, v2, [personSecret(5, 'mentor', 'm3')]);
    expect((await store.load('ev1'))!.mentors.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('reads see one committed state while a large save is under way', async () => {
    const { store } = await fresh();
    const v1: EventState = { ...fullEvent(), mentees: [], feedback: {} };
    await store.save(null, v1);
    const many = Array.from({ length: 200 }, (_, i) => mentee(`n${i}`));
    const v2: EventState = { ...v1, mentees: many, settings: { ...v1.settings, name: 'Crowded' } };
    const seen: [number, string][] = [];
    const reads = Array.from({ length: 20 }, async () => {
      const s = (await store.load('ev1'))!;
      seen.push([s.mentees.length, s.settings.name]);
    });
    await Promise.all([store.save(v1, v2), ...reads]);
    for (const [n, name] of seen)
      expect([n, name]).toSatisfy(([k, w]) => (k === 0 && w === v1.settings.name) || (k === 200 && w === 'Crowded'));
    expect((await store.load('ev1'))!.mentees).toHaveLength(200);
  });

  it('saves of different events at once all land', async () => {
    const { store } = await fresh();
    const ids = Array.from({ length: 12 }, (_, i) => `ev${i}`);
    await Promise.all(ids.map((id, i) => store.save(null, fullEvent(id), [{ ...organizer, hash: hash(100 + i) }])));
    for (const [i, id] of ids.entries()) {
      expect((await store.load(id))!.id).toBe(id);
      expect(await store.resolve(hash(100 + i))).toMatchObject({ eventId: id });
    }
  });

  it('the clock history is appended with its save, in order, and cannot be rewritten', async () => {
    const { store, driver } = await fresh();
    const v1 = fullEvent();
    await store.save(null, v1);
    const paused: EventState = {
      ...v1,
      clock: { status: 'paused', version: 5, phaseIndex: 0, remainingMs: 4000, startedAt: T },
    };
    await store.save(v1, paused, [], entry('pause', 5, T + 6000));
    await store.save(paused, { ...paused, clock: { ...v1.clock, version: 6 } }, [], entry('resume', 6, T + 7000));
    expect((await store.clockHistory('ev1')).map((e) => [e.action, e.version, e.at])).toEqual([
      ['pause', 5, T + 6000],
      ['resume', 6, T + 7000],
    ]);
    await expect(driver.run("UPDATE clock_log SET entry = '{}' WHERE event_id = ?", ['ev1'])).rejects.toThrow(
      /append-only/,
    );
    expect(await store.clockHistory('ev1')).toHaveLength(2);
  });

  it('lists the events whose clock runs or is paused, for recovery after a restart', async () => {
    const { store } = await fresh();
    const running = fullEvent('run');
    const paused: EventState = {
      ...fullEvent('pause'),
      clock: { status: 'paused', version: 2, phaseIndex: 1, remainingMs: 100, startedAt: T },
    };
    const idle: EventState = { ...fullEvent('idle'), clock: { status: 'idle', version: 0 } };
    const finished: EventState = {
      ...fullEvent('done'),
      clock: { status: 'finished', version: 9, endedAt: T, startedAt: T - 1000 },
    };
    for (const [i, s] of [running, paused, idle, finished].entries())
      await store.save(null, s, [{ ...organizer, hash: hash(40 + i) }]);
    expect((await store.activeEventIds()).sort()).toEqual(['pause', 'run']);
  });

  it('the storage cap refuses growth before writing; the clock still moves; sizes survive a reopen', async () => {
    const { store, open, driver } = await fresh(6000);
    const v1 = fullEvent();
    await store.save(null, v1, [organizer]);
    const before = await store.storedBytes('ev1');
    expect(before).toBeGreaterThan(1000);
    const big: EventState = { ...v1, mentees: [...v1.mentees, mentee('big', { questions: ['x'.repeat(8000)] })] };
    const refused = await store.save(v1, big).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StorageQuotaError);
    expect(await count(driver, 'people', 'ev1')).toBe(4);
    expect(await store.storedBytes('ev1')).toBe(before);
    // A phase boundary is never refused.
    const moved: EventState = { ...v1, clock: { ...v1.clock, version: 5 } };
    await store.save(v1, moved);
    const grown = { ...moved, mentees: [...moved.mentees, mentee('small')] };
    await store.save(moved, grown);
    const after = await store.storedBytes('ev1');
    expect(after).toBeGreaterThan(before);
    // The running count is what the rows hold: a store opened afresh measures the same.
    const again = await open();
    expect(await again.store.storedBytes('ev1')).toBe(after);
    expect(await again.store.storedBytes('no-such-event')).toBe(0);
  });

  it('a removed event leaves no row behind: state, people, secrets, history, mail', async () => {
    const { store, driver } = await fresh();
    const v1 = fullEvent();
    await store.save(null, v1, [organizer, personSecret(2, 'mentee', 'e1')], entry('start', 4));
    await store.mail.enqueue('ev1', 'k1', '{}', T, 'UTC', () => ({
      rows: [{ personId: 'e1', address: 'e1@example.org', link: 'https://x/p#k' }],
      answer: { queued: 1, skipped: [] },
    }));
    await store.remove('ev1');
    expect(await store.load('ev1')).toBeNull();
    expect(await store.resolve(hash(1))).toBeNull();
    expect(await store.resolve(hash(2))).toBeNull();
    expect(await store.clockHistory('ev1')).toEqual([]);
    expect(await store.storedBytes('ev1')).toBe(0);
    for (const table of ['people', 'secrets', 'clock_log', 'feedback', 'registrations', 'mail', 'mail_requests'])
      expect(await count(driver, table, 'ev1'), table).toBe(0);
  });

  it('mail queue: one answer per idempotency key (even at once), due order, a sent mail forgets its link', async () => {
    const { store, driver } = await fresh();
    await store.save(null, fullEvent(), [organizer]);
    const decide = () => ({
      rows: [
        { personId: 'e1', address: 'e1@example.org', link: 'https://x/p#e1' },
        { personId: 'm2', address: 'm2@example.org', link: 'https://x/p#m2' },
      ],
      answer: { queued: 2, skipped: [] },
    });
    const [a, b] = await Promise.all([
      store.mail.enqueue('ev1', 'same-key', '{"to":"all"}', T, 'UTC', decide),
      store.mail.enqueue('ev1', 'same-key', '{"to":"all"}', T, 'UTC', decide),
    ]);
    expect([a.replayed, b.replayed].filter((r) => r === null)).toHaveLength(1);
    expect(a.answer).toEqual(b.answer);
    expect((await store.mail.entries('ev1')).map((e) => [e.personId, e.status]).sort()).toEqual([
      ['e1', 'queued'],
      ['m2', 'queued'],
    ]);
    const due = (await store.mail.nextDue())!;
    expect(due).toMatchObject({ eventId: 'ev1', link: expect.stringMatching(/^https:\/\/x\/p#/), timeZone: 'UTC' });
    // One process claims the try; another that read the same row does not, and it is not due meanwhile.
    expect(await store.mail.tried(due, T + 180_000)).toBe(true);
    expect(await store.mail.tried(due, T + 180_000)).toBe(false);
    expect((await store.mail.nextDue())?.personId).not.toBe(due.personId);
    await store.mail.sent(due, T + 100);
    const entries = await store.mail.entries('ev1');
    expect(entries.find((e) => e.personId === due.personId)).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: T + 100,
    });
    const links = await driver.all<{ link: string | null }>('SELECT link FROM mail WHERE person_id = ?', [
      due.personId,
    ]);
    expect(links).toEqual([{ link: null }]);
    expect((await store.mail.nextDue())!.personId).not.toBe(due.personId);
  });

  it('migrates once, at once from several openers, and refuses a database from a newer Tablehop', async () => {
    const { open, driver } = await fresh();
    const both = await Promise.all([open(), open()]);
    for (const o of both)
      expect(await o.driver.get<{ version: number }>('SELECT version FROM schema_version')).toEqual({
        version: MIGRATIONS.length,
      });
    expect(await driver.all('SELECT version FROM schema_version')).toHaveLength(1);
    await driver.run('UPDATE schema_version SET version = ?', [MIGRATIONS.length + 1]);
    await expect(open()).rejects.toThrow(/newer Tablehop/);
  });

  it('two writers on one database: a save over what the other changed first is refused whole, then lands', async () => {
    const { store: a, open } = await fresh();
    const v1 = fullEvent();
    await a.save(null, v1, [organizer]);
    const { store: b } = await open();
    const onB = (await b.load('ev1'))!;
    expect(b.versionOf('ev1')).toBe(a.versionOf('ev1'));
    const renamed = { ...v1, settings: { ...v1.settings, name: 'Renamed on A' } };
    await a.save(v1, renamed);
    const paused: EventState = { ...onB, clock: { ...onB.clock, version: 5 } as EventState['clock'] };
    await expect(b.save(onB, paused, [personSecret(9, 'mentee', 'e1')], entry('pause', 5))).rejects.toBeInstanceOf(
      StaleStateError,
    );
    // Nothing of B's refused save is there: not the clock, not the secret, not the history.
    const seen = (await a.load('ev1'))!;
    expect(seen).toEqual(renamed);
    expect(await a.resolve(hash(9))).toBeNull();
    expect(await a.clockHistory('ev1')).toHaveLength(0);
    // B reads again and applies its change to what is there: it lands, and A's is kept.
    const fresher = (await b.load('ev1'))!;
    await b.save(fresher, { ...fresher, clock: paused.clock }, [], entry('pause', 5));
    const both = (await a.load('ev1'))!;
    expect(both.settings.name).toBe('Renamed on A');
    expect(both.clock.version).toBe(5);
    expect(a.versionOf('ev1')).toBe(2);
  });

  it('the clock fence: a claim raises it, never lowers it; an older token writes nothing', async () => {
    const { store: a, open } = await fresh();
    const v1 = fullEvent();
    await a.save(null, v1, [organizer]);
    const { store: b } = await open();
    await b.load('ev1');
    expect(await a.claimClock('ev1', 3)).toBe(3);
    expect(await b.claimClock('ev1', 7)).toBe(7);
    // A claim with an older token does not lower the fence; it answers the fence that holds.
    expect(await a.claimClock('ev1', 5)).toBe(7);
    const moved: EventState = { ...v1, clock: { ...v1.clock, version: 5 } as EventState['clock'] };
    // A's version is current (no one else saved), but its token is old: refused as fenced.
    await expect(a.save(v1, moved, [], undefined, { fence: 3 })).rejects.toBeInstanceOf(FencedError);
    expect((await b.load('ev1'))!.clock.version).toBe(4);
    await b.save((await b.load('ev1'))!, moved, [], undefined, { fence: 7 });
    expect((await a.load('ev1'))!.clock.version).toBe(5);
    expect(await a.claimClock('no-such-event', 1)).toBeNull();
  });

  it('what was committed is there after the store is closed and opened again', async () => {
    const { store, open, driver } = await fresh();
    const v1 = fullEvent();
    await store.save(null, v1, [organizer], entry('start', 4));
    await driver.close();
    const again = await open();
    expect(await again.store.load('ev1')).toEqual(v1);
    expect(await again.store.resolve(hash(1))).toMatchObject({ eventId: 'ev1' });
    expect(await again.store.clockHistory('ev1')).toHaveLength(1);
    const store2: EventStore = again.store;
    expect(await store2.activeEventIds()).toEqual(['ev1']);
  });
});
