import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import type { Snapshot } from '../../shared/protocol/views';
import { call, clock, seedEvent } from '../support/http';
import { spawnServer, type ServerProcess } from '../support/process';
import { dropTestStore, serverStoreEnv, testStoreKind } from './store/support/test-store';
import type { TestSocket } from '../support/sockets';

const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-restart-'));
const running: ServerProcess[] = [];
let phone: TestSocket | undefined;

afterAll(async () => {
  phone?.close();
  for (const p of running) await p.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await dropTestStore(dataDir);
});

/** Where wall time `t` falls in phases of `lengths` ms, given when phase 0 ends. */
function expectedAt(lengths: number[], phase0EndsAt: number, t: number): { index: number; endsAt: number } | null {
  let end = phase0EndsAt;
  for (let i = 0; i < lengths.length; i++) {
    if (i > 0) end += lengths[i]!;
    if (t < end) return { index: i, endsAt: end };
  }
  return null;
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

describe('a crash mid-round', () => {
  it('loses nothing acknowledged, and the clock resumes where the room is', async () => {
    const bootStart = Date.now();
    // SQLite's file in dataDir, or (integration-pg) a PostgreSQL schema of its own.
    const storeEnv = await serverStoreEnv(dataDir);
    const a = await spawnServer({ PORT: '0', ...storeEnv });
    running.push(a);
    expect(a.output()).toMatch(testStoreKind() === 'postgres' ? /data in PostgreSQL/ : /data in \//);
    // Rounds long enough that the restarted server comes up mid-event even on a loaded machine
    // (a restart takes about as long as the first start): 4 s on an idle machine.
    const roundSeconds = Math.max(3, Math.ceil((1.5 * (Date.now() - bootStart)) / 1000) + 2);
    const lengths = [roundSeconds, 1, roundSeconds, 1, roundSeconds].map((s) => s * 1000);
    const ev = await seedEvent(a.url, { mentors: 3, mentees: 3 }, { roundSeconds, changeoverSeconds: 1, rounds: 3 });
    const schedule = (await call(a.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} })).body;

    // A phone that reconnects on its own, like the real client.
    phone = io(a.url, {
      auth: { token: ev.mentees[0]!.token },
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 300,
    });
    const snapshots: Snapshot[] = [];
    const clocks: ClockSnapshot[] = [];
    phone.on('snapshot:updated', (s) => snapshots.push(s));
    phone.on('clock:changed', (c) => clocks.push(c));
    await new Promise((r) => phone!.once('snapshot:updated', r));

    const started: ClockSnapshot = await clock(a.url, ev, { action: 'start' });
    const put = await call(a.url, 'PUT', '/api/me/questions', {
      key: ev.mentees[0]!.token,
      body: { questions: ['Written just before the crash'] },
    });
    expect(put.status).toBe(200);
    // Crash mid-round, just before its end, and stay down across the boundary: the room keeps going.
    await sleepUntil(started.phaseEndsAt! - 300);
    expect(await a.stop('SIGKILL')).toBeNull();
    await sleepUntil(started.phaseEndsAt! + 100);
    const snapshotsBefore = snapshots.length;
    const b = await spawnServer({ PORT: String(a.port), ...storeEnv });
    running.push(b);
    expect(b.output()).toMatch(/1 running event\(s\) resumed/);

    const c = (await call(b.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body as ClockSnapshot;
    const want = expectedAt(lengths, started.phaseEndsAt!, c.serverNow);
    expect(want).not.toBeNull();
    expect(c).toMatchObject({
      status: 'running',
      phase: { index: want!.index },
      phaseEndsAt: want!.endsAt,
      startedAt: started.startedAt,
    });
    expect(want!.index).toBeGreaterThanOrEqual(1);

    const view = (await call(b.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.mentors.map((m: { id: string; token: string }) => [m.id, m.token])).toEqual(
      ev.mentors.map((m) => [m.id, m.token]),
    );
    expect(view.mentees.map((m: { id: string }) => m.id)).toEqual(ev.mentees.map((m) => m.id));
    expect(view.mentees[0].questions).toEqual(['Written just before the crash']);
    expect(view.schedule).toEqual(schedule);
    expect((await call(b.url, 'GET', '/api/me', { key: ev.mentees[0]!.token })).status).toBe(200);

    // The phone reconnects by itself and gets the full snapshot again…
    const deadline = Date.now() + 10_000;
    while (snapshots.length === snapshotsBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const resync = snapshots[snapshots.length - 1]!;
    expect(snapshots.length).toBeGreaterThan(snapshotsBefore);
    expect(resync).toMatchObject({
      role: 'mentee',
      me: { person: { questions: ['Written just before the crash'] }, clock: { status: 'running' } },
    });
    // …and the re-armed timer announces the next boundary.
    const heard = clocks.length;
    while (clocks.length === heard && Date.now() < deadline + 5000) await new Promise((r) => setTimeout(r, 50));
    const next = clocks[clocks.length - 1]!;
    expect(next.status === 'finished' || next.phase === null || next.phase.index > want!.index).toBe(true);

    phone.close();
    expect(await b.stop('SIGTERM')).toBe(0);
  }, 150_000);
});
