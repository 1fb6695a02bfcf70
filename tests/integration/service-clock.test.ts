import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteRoundStarts } from '../../shared/event/rules/feedback';
import type { EventState } from '../../shared/event/state';
import type { ClockCommandInput } from '../../shared/schemas/clock';
import { clockCommandSchema } from '../../shared/schemas/clock';
import { createEventService, type Change, type EventService } from '../../server/events/service';
import { silentLogger } from '../../server/log';
import { openDatabase } from '../../server/store/db';
import { createEventStore, type EventStore } from '../../server/store/event-store';

// The event service with the real SQLite store, driven by fake timers and a fake wall clock:
// boundaries, races and recovery without sleeping. The event is written by hand (no planner).
const T0 = 1_800_000_000_000;

/** A running event as the server stores it, with the round starts its clock has passed noted. */
function runningEvent(id: string, phaseIndex: number, phaseEndsAt: number): EventState {
  return noteRoundStarts(unnotedEvent(id, phaseIndex, phaseEndsAt), phaseEndsAt - 1);
}

function unnotedEvent(id: string, phaseIndex: number, phaseEndsAt: number): EventState {
  const mentors = [1, 2].map((i) => ({
    id: `m${i}`,
    name: `Mentor ${i}`,
    table: `T${i}`,
    topics: [],
    attendance: 'expected' as const,
  }));
  const mentees = [1, 2].map((i) => ({
    id: `e${i}`,
    name: `Mentee ${i}`,
    questions: [],
    wishes: [],
    avoid: [],
    attendance: 'expected' as const,
  }));
  return {
    id,
    createdAt: T0 - 60_000,
    settings: {
      name: 'Fake',
      roundSeconds: 10,
      changeoverSeconds: 2,
      rounds: 2,
      tableCapacity: 1,
      breaks: [],
      plannedStartAt: null,
      feedbackClosesAt: null,
      groups: null,
    },
    mentors,
    mentees,
    schedule: {
      mentors: mentors.map(({ id, name, table }) => ({ id, name, table })),
      mentees: mentees.map(({ id, name }) => ({ id, name })),
      rounds: [
        {
          round: 1,
          tables: [
            { mentorId: 'm1', menteeIds: ['e1'] },
            { mentorId: 'm2', menteeIds: ['e2'] },
          ],
          byes: [],
        },
        {
          round: 2,
          tables: [
            { mentorId: 'm1', menteeIds: ['e2'] },
            { mentorId: 'm2', menteeIds: ['e1'] },
          ],
          byes: [],
        },
      ],
    },
    scheduleVersion: 1,
    seed: 1,
    clock: { status: 'running', version: 5, phaseIndex, phaseEndsAt, startedAt: T0 - 5000 },
    feedback: {},
    roundStarts: {},
    planRules: { pins: [], lockedRounds: [], metBefore: [] },
    registration: null,
    registrations: [],
  };
}

let dir: string;
let store: EventStore;
/** The wall clock the service reads; fake timers only schedule. */
let wall = T0;
/** Let `ms` pass on the wall clock and on the timers. */
async function pass(ms: number) {
  wall += ms;
  await vi.advanceTimersByTimeAsync(ms);
}
beforeEach(() => {
  vi.useFakeTimers();
  wall = T0;
  dir = mkdtempSync(join(tmpdir(), 'tablehop-svc-'));
  store = createEventStore(openDatabase(dir));
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ORGANIZER = { role: 'organizer' as const, personId: null, secret: 'k'.repeat(32) };

/** A clock command through the one write path: its snapshot, or a rejection with the refusal. */
async function clock(svc: EventService, eventId: string, input: ClockCommandInput) {
  const r = await svc.dispatch(eventId, { type: 'clock.command', command: clockCommandSchema.parse(input) }, ORGANIZER);
  if (!r.ok) throw r.error;
  return r.result;
}

function service() {
  const svc = createEventService({ store, now: () => wall, log: silentLogger });
  const changes: Change[] = [];
  svc.subscribe((c) => changes.push(c));
  return { svc, changes };
}

describe('event service clock', () => {
  it('recovers a running event after downtime, saves where wall time says, fires the next boundary once', async () => {
    // Meeting 1 was due to end 1 s ago: we are 1 s into the 2 s changeover.
    await store.save(null, runningEvent('ev', 0, T0 - 1000));
    const { svc, changes } = service();
    expect(await svc.recover()).toBe(1);
    expect((await store.load('ev'))!.clock).toMatchObject({
      status: 'running',
      phaseIndex: 1,
      phaseEndsAt: T0 + 1000,
      version: 6,
    });
    expect(svc.armed().get('ev')).toBe(T0 + 1000);
    expect(changes).toHaveLength(1);
    await pass(999);
    expect(changes).toHaveLength(1);
    await pass(1);
    expect(changes).toHaveLength(2);
    expect((await store.load('ev'))!.clock).toMatchObject({ phaseIndex: 2, phaseEndsAt: T0 + 11_000, version: 7 });
    await pass(10_000);
    expect((await store.load('ev'))!.clock).toMatchObject({ status: 'finished', endedAt: T0 + 11_000 });
    expect(svc.armed().size).toBe(0);
    expect(changes).toHaveLength(3);
    svc.dispose();
  });

  it('a command racing the boundary and the timer make one transition', async () => {
    await store.save(null, runningEvent('ev', 0, T0 + 10_000));
    const { svc, changes } = service();
    await svc.recover();
    // Exactly at the boundary, before the timer's turn: the organizer skips "phase 0".
    wall = T0 + 10_000;
    await expect(clock(svc, 'ev', { action: 'skip', expectedPhase: 0 })).rejects.toMatchObject({ code: 'conflict' });
    await vi.advanceTimersByTimeAsync(10_000); // now the timer runs, at the same wall time
    expect((await store.load('ev'))!.clock).toMatchObject({ phaseIndex: 1, version: 6 });
    expect(changes).toHaveLength(1);
    svc.dispose();
  });

  it('a command that lands on a passed boundary commits it, and the stale timer then does nothing', async () => {
    await store.save(null, runningEvent('ev', 0, T0 + 10_000));
    const { svc, changes } = service();
    await svc.recover();
    wall = T0 + 10_500; // the boundary has passed but its timer has not run yet
    const snap = await clock(svc, 'ev', { action: 'extend', seconds: 30, expectedPhase: 1 });
    expect(snap).toMatchObject({ phase: { index: 1 }, phaseEndsAt: T0 + 12_000 + 30_000 });
    expect(changes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000); // the old timer's moment: it was replaced, nothing happens
    expect(changes).toHaveLength(1);
    expect(svc.armed().get('ev')).toBe(T0 + 42_000);
    svc.dispose();
  });

  it("commands of one event run one at a time, each seeing the last one's result", async () => {
    await store.save(null, runningEvent('ev', 0, T0 + 10_000));
    const { svc } = service();
    const results = await Promise.allSettled([
      clock(svc, 'ev', { action: 'skip', expectedPhase: 0 }),
      clock(svc, 'ev', { action: 'skip', expectedPhase: 0 }),
      clock(svc, 'ev', { action: 'skip', expectedPhase: 1 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.load('ev'))!.clock).toMatchObject({ phaseIndex: 2 });
    svc.dispose();
  });

  it('dispose leaves no timer behind', async () => {
    await store.save(null, runningEvent('ev', 0, T0 + 10_000));
    const { svc } = service();
    await svc.recover();
    expect(vi.getTimerCount()).toBe(1);
    svc.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
