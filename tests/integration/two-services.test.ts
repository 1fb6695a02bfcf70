/**
 * Two event services on one database, as two processes of a cluster are (issue 21), in one test
 * process: each with its own store connection and cache, linked by hand-made cluster hooks instead
 * of Redis, so that an announcement can be delivered, held back or lost on purpose. What the real
 * processes do with Redis and nginx is tests/cluster; this pins the service's part down exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventState, type EventState } from '../../shared/event/state';
import { clockCommandSchema, type ClockCommandInput } from '../../shared/schemas/clock';
import { type ClusterHooks, createEventService, type EventService } from '../../server/events/service';
import { createLogger } from '../../server/log';
import type { EventStore } from '../../server/store/event-store';
import { dropTestStore, openTestStore, testStoreKind } from './store/support/test-store';

const T0 = 1_800_000_000_000;
const ORGANIZER = { role: 'organizer' as const, personId: null, secret: 'k'.repeat(32) };

function event(id: string): EventState {
  const base = createEventState(
    id,
    { name: 'Two', roundSeconds: 60, changeoverSeconds: 10, rounds: 2, tableCapacity: 1, breaks: [] },
    T0 - 60_000,
    1,
  );
  return {
    ...base,
    mentors: [{ id: 'm1', name: 'Ada', table: 'T1', topics: [], attendance: 'expected' }],
    mentees: ['e1', 'e2', 'e3', 'e4'].map((mid) => ({
      id: mid,
      name: `Mentee ${mid}`,
      questions: [],
      wishes: [],
      avoid: [],
      attendance: 'expected' as const,
    })),
  };
}

interface Node {
  svc: EventService;
  store: EventStore;
  /** Announcements this node made, in order (delivered to the other unless held back). */
  sent: { eventId: string; version: number | null; changed: string[] }[];
  owner: boolean;
  token: number | undefined;
  fencedOff: string[];
  deliver: boolean;
  warnings: string[];
}

let dir: string;
let wall = T0;
let a: Node;
let b: Node;

/** Two stores on one database: SQLite in the node project, PostgreSQL in integration-pg. */
async function node(): Promise<Node> {
  const store = await openTestStore(dir);
  const warnings: string[] = [];
  const log = { ...createLogger('silent'), warn: (m: string) => void warnings.push(m) };
  const self = { sent: [], owner: false, token: undefined, fencedOff: [], deliver: true, warnings } as unknown as Node;
  const hooks: ClusterHooks = {
    owns: () => self.owner,
    fenceOf: () => (self.owner ? self.token : undefined),
    fenced: (id) => void self.fencedOff.push(id),
    announce(eventId, version, _active, changed, clock) {
      self.sent.push({ eventId, version, changed });
      const other = self === a ? b : a;
      if (self.deliver) void other.svc.refresh(eventId, version, changed, clock);
    },
  };
  self.store = store;
  self.svc = createEventService({ store, now: () => wall, log, cluster: hooks });
  return self;
}

const status = (n: Node, id: string, status: 'present' | 'absent') =>
  n.svc.dispatch('ev', { type: 'attendance.set', personId: id, status }, ORGANIZER);
const clock = (n: Node, input: ClockCommandInput) =>
  n.svc.dispatch('ev', { type: 'clock.command', command: clockCommandSchema.parse(input) }, ORGANIZER);
const settle = () => new Promise((r) => setTimeout(r, 50));
const attendance = (s: EventState | null) => s?.mentees.map((m) => m.attendance);

beforeEach(async () => {
  wall = T0;
  dir = mkdtempSync(join(tmpdir(), 'tablehop-two-'));
  a = await node();
  b = await node();
  await a.store.save(null, event('ev'));
  await a.svc.load('ev');
  await b.svc.load('ev');
});
afterEach(async () => {
  a.svc.dispose();
  b.svc.dispose();
  await a.store.close();
  await b.store.close();
  await dropTestStore(dir);
  rmSync(dir, { recursive: true, force: true });
});

describe('two services on one database', () => {
  it('commands sent to both at once all land, and each then holds the same event', async () => {
    const sends = [
      () => status(a, 'e1', 'present'),
      () => status(b, 'e2', 'absent'),
      () => status(a, 'e3', 'absent'),
      () => status(b, 'e4', 'present'),
    ];
    // PostgreSQL takes them truly at once. Two SQLite connections in one thread cannot (a write
    // waiting on the other's lock would block the very loop that holds it): there they alternate,
    // each before the other has heard of the last.
    const answers =
      testStoreKind() === 'postgres'
        ? await Promise.all(sends.map((f) => f()))
        : await sends.reduce(
            async (done, f) => [...(await done), await f()],
            Promise.resolve([] as Awaited<ReturnType<typeof status>>[]),
          );
    expect(answers.map((r) => r.ok)).toEqual([true, true, true, true]);
    await settle();
    const want = ['present', 'absent', 'absent', 'present'];
    expect(attendance(a.svc.peek('ev'))).toEqual(want);
    expect(attendance(b.svc.peek('ev'))).toEqual(want);
    expect(attendance(await a.store.load('ev'))).toEqual(want);
  });

  it('a lost announcement: the stale side’s next command reads the event again, keeping the other change', async () => {
    a.deliver = false;
    expect((await status(a, 'e1', 'present')).ok).toBe(true);
    expect(attendance(b.svc.peek('ev'))![0]).toBe('expected'); // b has not heard
    expect((await status(b, 'e2', 'absent')).ok).toBe(true);
    expect(attendance(b.svc.peek('ev'))!.slice(0, 2)).toEqual(['present', 'absent']);
    expect(attendance(await b.store.load('ev'))!.slice(0, 2)).toEqual(['present', 'absent']);
  });

  it('a lost announcement, no command: the next reconcile round reads it again and tells the phones', async () => {
    a.deliver = false;
    const told: string[] = [];
    b.svc.subscribe((c) => told.push(`${c.origin}:${attendance(c.next)?.[0]}`));
    await status(a, 'e1', 'present');
    await b.svc.reconcile([]);
    expect(attendance(b.svc.peek('ev'))![0]).toBe('present');
    expect(told).toEqual(['reread:present']);
  });

  it('a delivered clock-only change is taken from the announcement, without a read of the people', async () => {
    expect((await clock(a, { action: 'start' })).ok).toBe(true);
    await settle();
    const told: string[] = [];
    b.svc.subscribe((c) => told.push(`${c.origin}:${c.next?.clock.status}`));
    const peopleBefore = b.svc.peek('ev')!.mentees;
    expect((await clock(a, { action: 'pause', expectedPhase: 0 })).ok).toBe(true);
    await settle();
    expect(a.sent.at(-1)!.changed.every((k) => k === 'clock' || k === 'roundStarts')).toBe(true);
    expect(b.svc.peek('ev')!.clock.status).toBe('paused');
    // The people are the very objects b held: nothing was read back for a clock change.
    expect(b.svc.peek('ev')!.mentees).toBe(peopleBefore);
    expect(told).toEqual(['announced:paused']);
  });

  it('an old owner whose lease was taken cannot move the clock: fenced, it reads again, writes nothing', async () => {
    await clock(a, { action: 'start' });
    await settle();
    // a owned the clock with token 1; b takes it with token 2 (the database's fence rises).
    a.owner = true;
    a.token = 1;
    expect(await a.store.claimClock('ev', 1)).toBe(1);
    b.owner = true;
    b.token = 2;
    expect(await b.store.claimClock('ev', 2)).toBe(2);
    // The first round ends; a's timer is late, b is first and enters the changeover.
    wall = T0 + 60_500;
    await b.svc.takeClock('ev');
    await settle();
    const afterB = await b.store.load('ev');
    expect(afterB!.clock).toMatchObject({ status: 'running', phaseIndex: 1 });
    // a has not heard (its announcement came, but pretend a missed it: hold a's cache back).
    a.deliver = false;
    b.deliver = false;
    wall = T0 + 70_600; // past the changeover too: a stale owner would write phase 2
    await a.svc.takeClock('ev');
    await settle();
    const stored = await a.store.load('ev');
    // a's write carried token 1 against the fence's 2: refused; b (still token 2) moves on later.
    expect(a.fencedOff).toEqual(['ev']);
    expect(a.warnings.some((w) => /stale transition refused/.test(w))).toBe(true);
    expect(stored!.clock).toMatchObject({ phaseIndex: 1 });
    expect(a.svc.peek('ev')!.clock).toMatchObject({ phaseIndex: 1 });
  });
});
