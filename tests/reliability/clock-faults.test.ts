import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Timers } from '../../server/clock-runner';
import { createEventService } from '../../server/events/service';
import { phasesOf } from '../../shared/event/state';
import { addPeopleSchema } from '../../shared/schemas/people';
import { eventSettingsSchema } from '../../shared/schemas/settings';
import type { Logger } from '../../server/log';
import { silentLogger } from '../../server/log';
import { openDatabase } from '../../server/store/db';
import { createEventStore, type EventStore } from '../../server/store/event-store';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { advance, buildPhases } from '../../shared/timeline';
import { call, clock, seedEvent } from '../support/http';
import { startServer } from '../support/server';
import { closeAll, connect, waitFor } from '../support/sockets';
import { fcParams } from './support/scale';

// The server's timer can fire late (a stalled event loop, a sleeping laptop) and the disk can
// fail at a boundary. Either way every client must land on the phase wall time says, with
// deadlines that stay absolute.

/** Where wall time `t` falls, given phase 0's end and the phase lengths (ms): index and end, or null when over. */
function phaseAt(ends0: number, lengths: number[], t: number): { index: number; endsAt: number } | null {
  let end = ends0;
  for (let i = 0; i < lengths.length; i++) {
    if (i > 0) end += lengths[i]!;
    if (t < end) return { index: i, endsAt: end };
  }
  return null;
}

describe('an event loop stalled for 2 s', () => {
  afterEach(() => closeAll());

  it('still lands every client on the phase wall time says, deadlines unchanged', async () => {
    const srv = await startServer();
    try {
      const ev = await seedEvent(
        srv.url,
        { mentors: 2, mentees: 4 },
        { roundSeconds: 2, changeoverSeconds: 1, rounds: 3, tableCapacity: 2 },
      );
      const lengths = [2000, 1000, 2000, 1000, 2000];
      const clients = await Promise.all(
        [ev.key, ev.projectorKey, ...ev.mentees.map((m) => m.token), ev.mentors[0]!.token].map((t) =>
          connect(srv.url, t),
        ),
      );
      const heard = clients.map((c) => {
        const got: ClockSnapshot[] = [];
        c.socket.on('clock:changed', (s) => got.push(s));
        return got;
      });
      const started: ClockSnapshot = await clock(srv.url, ev, { action: 'start' });
      const ends0 = started.phaseEndsAt!;
      // Stall the server's process (this one: the app runs in-process) across the first boundary.
      await new Promise((r) => setTimeout(r, Math.max(0, ends0 - 300 - Date.now())));
      const stallEnd = Date.now() + 2000;
      while (Date.now() < stallEnd); // a busy loop: no timer, socket or request runs meanwhile
      // Let the rest of the event run out.
      for (const c of clients)
        await waitFor(c.socket, 'clock:changed', (s: ClockSnapshot) => s.status === 'finished', 15_000);

      for (const [i, got] of heard.entries()) {
        const changes = got.filter((s) => s.version > started.version);
        expect(changes.length, `client ${i}`).toBeGreaterThan(0);
        // The first broadcast after the stall: the phase wall time said when it was made, not phase 1.
        const first = changes[0]!;
        expect(first.serverNow, `client ${i}`).toBeGreaterThanOrEqual(stallEnd);
        const want = phaseAt(ends0, lengths, first.serverNow);
        if (want)
          expect(first, `client ${i}`).toMatchObject({
            status: 'running',
            phase: { index: want.index },
            phaseEndsAt: want.endsAt,
          });
        // Every broadcast tells the phase of its moment, with the absolute deadline; versions only grow.
        for (const s of changes) {
          const at = phaseAt(ends0, lengths, s.serverNow);
          if (at === null) expect(s.status).toBe('finished');
          else
            expect(s, `client ${i} at +${s.serverNow - ends0} ms`).toMatchObject({
              phase: { index: at.index },
              phaseEndsAt: at.endsAt,
              remainingMs: at.endsAt - s.serverNow,
            });
        }
        expect(changes.map((s) => s.version)).toEqual([...changes.map((s) => s.version)].sort((a, b) => a - b));
        expect(new Set(changes.map((s) => s.phase?.index ?? 'end')).size).toBe(changes.length);
      }
      // And the views agree with what the phones last heard.
      for (const m of ev.mentees)
        expect((await call(srv.url, 'GET', '/api/me', { key: m.token })).body.clock).toMatchObject({
          status: 'finished',
          version: heard[2]!.at(-1)!.version,
        });
    } finally {
      await srv.close();
    }
  });
});

// The service with a real SQLite store and a hand-driven timer: the timer fires exactly when
// the test says, however late, while the wall clock is the test's too.
describe('late timers and a failing disk (fake clock)', () => {
  const T0 = 1_800_000_000_000;
  let dir: string;
  let real: EventStore;
  let wall: number;
  let pending: { fn: () => void; at: number; id: number }[];
  let failSaves: boolean;
  let errors: string[];
  let nextId = 0;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const t = { fn, at: wall + ms, id: nextId++ };
      pending.push(t);
      return t.id;
    },
    clearTimeout: (id) => {
      pending = pending.filter((t) => t.id !== id);
    },
  };
  /** Move the wall clock to `t`, then fire every timer due by `t` (late, all at once, as after a stall). */
  async function wakeAt(t: number): Promise<void> {
    wall = t;
    for (;;) {
      const due = pending.filter((x) => x.at <= wall).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      pending = pending.filter((x) => x !== due);
      due.fn();
      // Let the event's queue run the boundary (promise jobs) before looking again.
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    }
  }
  const log: Logger = { ...silentLogger, error: (m) => void errors.push(m) };

  beforeEach(() => {
    wall = T0;
    pending = [];
    failSaves = false;
    errors = [];
    dir = mkdtempSync(join(tmpdir(), 'tablehop-late-'));
    real = createEventStore(openDatabase(dir));
  });
  afterEach(async () => {
    await real.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let created = 0;
  async function runningService(settings: {
    rounds: number;
    roundSeconds: number;
    changeoverSeconds: number;
    breaks?: { afterRound: number; seconds: number }[];
  }) {
    const save = async (...args: Parameters<EventStore['save']>) => {
      if (failSaves) throw new Error('SQLITE_FULL (simulated)');
      await real.save(...args);
    };
    const store: EventStore = { ...real, save };
    const svc = createEventService({ store, now: () => wall, timers, log });
    const changes: ClockSnapshot['status'][] = [];
    svc.subscribe((c) => void (c.next && changes.push(c.next.clock.status)));
    // Through the one write path, as the routes do.
    const id = `late-${++created}`;
    const organizer = { role: 'organizer' as const, personId: null, secret: `key-of-${id}`.padEnd(32, 'k') };
    const people = addPeopleSchema.parse({ mentors: [{ name: 'M' }], mentees: [{ name: 'E' }] });
    const settingsIn = eventSettingsSchema.parse({ name: 'Late', tableCapacity: 1, breaks: [], ...settings });
    for (const r of [
      await svc.dispatch(id, { type: 'event.create', eventId: id, settings: settingsIn }, organizer),
      await svc.dispatch(id, { type: 'people.add', people }, organizer),
      await svc.dispatch(id, { type: 'clock.command', command: { action: 'start' } }, organizer),
    ]) {
      if (!r.ok) throw new Error(r.error.message);
    }
    return { svc, id, start: svc.get(id).clock, changes };
  }

  it('a timer late by any amount lands where wall time says: no phase skipped or shortened (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 25_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        async (lateness, rounds) => {
          const settings = {
            rounds,
            roundSeconds: 5,
            changeoverSeconds: 2,
            breaks: rounds > 2 ? [{ afterRound: 2, seconds: 7 }] : [],
          };
          const { svc, id, start } = await runningService(settings);
          const phases = buildPhases(settings);
          for (const late of lateness) {
            const due = pending[0]?.at;
            if (due === undefined) break;
            await wakeAt(due + late);
            const stored = (await real.load(id))!.clock;
            // What the pure timeline says for the original start at this wall time, version aside.
            const want = advance(start, phases, wall);
            expect({ ...stored, version: 0 }).toEqual({ ...want, version: 0 });
            if (stored.status === 'running') {
              expect(stored.phaseEndsAt).toBeGreaterThan(wall);
              expect(pending.map((p) => p.at)).toEqual([stored.phaseEndsAt]); // one timer, at the next boundary
            } else {
              expect(pending).toEqual([]);
            }
          }
          svc.dispose();
        },
      ),
      fcParams(40),
    );
  });

  it('a boundary the disk refuses is logged, retried, and caught up once the disk is back', async () => {
    const { svc, id, start, changes } = await runningService({ rounds: 3, roundSeconds: 10, changeoverSeconds: 2 });
    const phases = phasesOf(svc.get(id));
    failSaves = true;
    await wakeAt(start.status === 'running' ? start.phaseEndsAt : 0);
    expect(errors).toEqual([expect.stringMatching(/could not move on; retrying/)]);
    expect((await real.load(id))!.clock).toEqual(start); // nothing half-stored
    expect(pending).toHaveLength(1); // a retry is armed
    await wakeAt(wall + 1000);
    expect(errors).toHaveLength(2);
    failSaves = false;
    const before = changes.length;
    await wakeAt(wall + 5000);
    const stored = (await real.load(id))!.clock;
    expect({ ...stored, version: 0 }).toEqual({ ...advance(start, phases, wall), version: 0 });
    expect(stored).toMatchObject({ status: 'running', phaseIndex: 2 });
    expect(changes.length).toBe(before + 1); // the clients hear it
    expect(pending.map((p) => p.at)).toEqual([(stored as { phaseEndsAt: number }).phaseEndsAt]);
    svc.dispose();
  });
});
