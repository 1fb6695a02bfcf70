/**
 * Tablehop on three real processes (issue 21): one PostgreSQL database, a private Redis, and
 * docs/deploy.md's nginx block in front, all on loopback; phones are socket.io clients that
 * connect and reconnect through nginx as the real client does. The `cluster` project runs this
 * file alone, after every other project (vitest.config.ts), so its one-second bounds are not
 * measured on a machine busy with the rest of the suite. .ci/run installs postgresql,
 * redis-server and nginx; without them this suite says so loudly and skips.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { clusterMissing, startClusterRoom, type ClusterRoom } from '../../scripts/cluster/room';
import type { ServerProcess } from '../../scripts/cluster/tablehop-process';
import { leaseKey } from '../../server/cluster/clock-leases';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { establishedTo, openPhones, type Phone, until } from './support/phones';

const LEASE_MS = 2000;
const missing = clusterMissing({ postgres: !process.env.TABLEHOP_TEST_DATABASE_URL });
if (missing) console.warn(`\n*** cluster: ${missing}: Tablehop on several processes is NOT tested ***\n`);

/** The `clock transition` lines every process printed for an event: phase → fencing tokens. */
function transitions(room: ClusterRoom, eventId: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const re = new RegExp(`clock transition: event ${eventId} phase (\\S+) fencing token (\\S+)`, 'g');
  for (const s of room.servers)
    for (const m of s.output().matchAll(re)) seen.set(m[1]!, [...(seen.get(m[1]!) ?? []), m[2]!]);
  return seen;
}

/** Each process's recent lease lines, for a failure's message. */
function leaseLines(room: ClusterRoom): string {
  const recent = (s: ServerProcess) =>
    s
      .output()
      .split('\n')
      .filter((l) => /clock lease|SIGTERM|error/.test(l))
      .slice(-6);
  return room.servers.map((s) => [`pid ${s.proc.pid}:`, ...recent(s)].join('\n')).join('\n');
}

/** The phase a phone's clock is running in (null: not running). */
function phaseOf(p: Phone): number | null {
  const c = p.clock().clock;
  return c?.status === 'running' ? c.phaseIndex : null;
}

/** The phases an event has (its rounds and the changeovers and breaks between): 0 … n−1, then 'end'. */
const everyPhase = (n: number) => [...Array.from({ length: n }, (_, i) => String(i)), 'end'];

describe.skipIf(Boolean(missing))('Tablehop on three processes behind nginx', () => {
  let room: ClusterRoom;
  let redis: Redis;
  const phones: Phone[] = [];

  beforeAll(async () => {
    room = await startClusterRoom({
      processes: 3,
      postgresUrl: process.env.TABLEHOP_TEST_DATABASE_URL || undefined,
      env: { TABLEHOP_CLOCK_LEASE_MS: String(LEASE_MS) },
    });
    redis = new Redis(room.redis.url);
  }, 120_000);

  /** Stops a test's stream of commands (a failed test leaves nothing running into the next). */
  let stopSending: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await stopSending?.();
    stopSending = null;
    for (const p of phones.splice(0)) p.socket.close();
  });

  afterAll(async () => {
    for (const p of phones) p.socket.close();
    redis?.disconnect();
    await room?.stop();
  });

  const front = () => room.front!.url;
  /** The process holding an event's clock lease (its value is host:pid:random), or null. */
  const owner = async (eventId: string): Promise<ServerProcess | null> => {
    const v = await redis.get(leaseKey(eventId));
    const pid = v ? Number(v.split(':')[1]) : NaN;
    return room.servers.find((s) => s.proc.pid === pid) ?? null;
  };
  const alive = () => room.servers.filter((s) => s.proc.exitCode === null && s.proc.signalCode === null);

  it('300 phones spread over the processes; a skip pressed on one process reaches every phone within 1 s', async () => {
    const ev = await seedEvent(front(), { mentors: 30, mentees: 270 }, { roundSeconds: 600, changeoverSeconds: 60 });
    await clock(front(), ev, { action: 'start' });
    phones.push(
      ...(await openPhones(
        front(),
        [...ev.mentors, ...ev.mentees].map((p) => p.token),
      )),
    );
    // least_conn spreads the WebSockets: every process holds a good share of the 300.
    const held = room.servers.map((s) => establishedTo(s.port));
    for (const n of held) expect(n, `connections per process: ${held.join(', ')}`).toBeGreaterThanOrEqual(60);

    for (const [i, via] of room.servers.entries()) {
      const before = performance.now();
      const phase = phones[0]!.clock().clock!;
      const expectedPhase = phase.status === 'running' ? phase.phaseIndex : -1;
      // Straight to one process (not through nginx): the others hear of it only through Redis.
      await clock(via.local, ev, { action: 'skip', expectedPhase });
      await until(
        () =>
          phones.every((p) => {
            const c = p.clock().clock;
            return c?.status === 'running' && c.phaseIndex === expectedPhase + 1;
          }),
        5000,
        `every phone in phase ${expectedPhase + 1} after a skip on process ${i + 1}`,
      );
      const last = Math.max(...phones.map((p) => p.clock().at)) - before;
      console.log(`skip on process ${i + 1}: the last of 300 phones had it ${last.toFixed(0)} ms after the press`);
      expect(last).toBeLessThan(1000);
    }
    for (const p of phones.splice(0)) p.socket.close();
  });

  it('kill -9 of the clock owner: new owner in TTL + 1 s, each phase once, phones back, no ack lost', async () => {
    // Rounds of 4 s with 2 s changeovers: 11 phases, 28 s in all.
    const ev = await seedEvent(
      front(),
      { mentors: 6, mentees: 54 },
      { roundSeconds: 4, changeoverSeconds: 2, rounds: 6 },
    );
    const roomPhones = await openPhones(
      front(),
      [...ev.mentors, ...ev.mentees].map((p) => p.token),
    );
    phones.push(...roomPhones);
    const started = await clock(front(), ev, { action: 'start' });
    await until(async () => (await owner(ev.id)) !== null, 5000, 'a process holds the new event’s clock');
    const victim = (await owner(ev.id))!;

    // Commands keep coming through nginx and to each process straight while the owner dies.
    const acked: string[] = [];
    let sending = true;
    const sender = (async () => {
      for (let i = 0; sending && i < ev.mentees.length; i++) {
        const targets = [front(), ...alive().map((s) => s.local)];
        const base = targets[i % targets.length]!;
        const m = ev.mentees[i]!;
        const r = await call(base, 'POST', `/api/events/${ev.id}/people/${m.id}/status`, {
          key: ev.key,
          body: { status: 'absent' },
        }).catch(() => null);
        if (r?.status === 200) acked.push(m.id);
        await new Promise((done) => setTimeout(done, 60));
      }
    })();
    stopSending = async () => {
      sending = false;
      await sender;
    };

    // Mid-round 2 (phase 2 runs from 6 s to 10 s after the start).
    await until(() => phaseOf(roomPhones[0]!) === 2, 15_000, 'round 2');
    await new Promise((done) => setTimeout(done, 1500));
    const onVictim = roomPhones.length; // counted below by who lost their connection
    const killedAt = performance.now();
    victim.proc.kill('SIGKILL');
    await until(
      async () => {
        const o = await owner(ev.id);
        return o !== null && o !== victim;
      },
      LEASE_MS + 3000,
      'another process takes the clock',
    );
    const takeover = performance.now() - killedAt;
    console.log(`failover: the clock lease was taken ${takeover.toFixed(0)} ms after kill -9 (TTL ${LEASE_MS} ms)`);
    expect(takeover).toBeLessThanOrEqual(LEASE_MS + 1000);
    await room.spawn({ TABLEHOP_CLOCK_LEASE_MS: String(LEASE_MS) });

    // The phones that were on the dead process come back through nginx and resync.
    const lost = roomPhones.filter((p) => p.lostAt !== null && p.lostAt >= killedAt - 50);
    expect(lost.length, `phones cut off with the killed process (of ${onVictim})`).toBeGreaterThan(0);
    await until(() => lost.every((p) => p.backAt !== null), 5000, 'every cut-off phone has a snapshot again');
    const back = Math.max(...lost.map((p) => p.backAt! - p.lostAt!));
    console.log(`${lost.length} phones on the killed process were back with a snapshot within ${back.toFixed(0)} ms`);
    expect(back).toBeLessThanOrEqual(5000);

    // The event runs to its end by wall time; the survivors' phones follow every phase.
    const endsAt = started.startedAt + (6 * 4 + 5 * 2) * 1000;
    await until(
      () => roomPhones.every((p) => p.clock().clock?.status === 'finished'),
      endsAt - Date.now() + 5000,
      'the end',
    );
    sending = false;
    await sender;

    const state = (await call(front(), 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(state.clock.status).toBe('finished');
    // Landed where wall time says: the end is the start plus every phase, to the millisecond.
    expect(state.clock.endedAt).toBe(endsAt);
    // Every transition once, from exactly one process, the ones after the kill under a newer token.
    const seen = transitions(room, ev.id);
    expect([...seen.keys()].sort()).toEqual(everyPhase(11).sort());
    for (const [phase, tokens] of seen) expect(tokens, `phase ${phase}`).toHaveLength(1);
    // No acknowledged command lost.
    expect(acked.length).toBeGreaterThan(10);
    const absent = new Set(
      state.mentees.filter((m: { attendance: string }) => m.attendance === 'absent').map((m: { id: string }) => m.id),
    );
    for (const id of acked) expect(absent.has(id), `acknowledged status of ${id}`).toBe(true);
    for (const p of phones.splice(0)) p.socket.close();
  });

  it('commands sent at once to every process all land, and every process then serves the same event', async () => {
    const ev = await seedEvent(front(), { mentors: 3, mentees: 30 });
    const answers = await Promise.all(
      ev.mentees.map((m, i) =>
        call(alive()[i % alive().length]!.local, 'POST', `/api/events/${ev.id}/people/${m.id}/status`, {
          key: ev.key,
          body: { status: i % 2 ? 'present' : 'absent' },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    // Each process hears of the others' commits a moment later (through Redis): soon all agree.
    const want = JSON.stringify(ev.mentees.map((_, i) => (i % 2 ? 'present' : 'absent')));
    const seen = async (s: ServerProcess) =>
      JSON.stringify(
        (await call(s.local, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.mentees.map(
          (m: { attendance: string }) => m.attendance,
        ),
      );
    await until(
      async () => (await Promise.all(alive().map(seen))).every((v) => v === want),
      1000,
      'every process serves all 30 changes',
      50,
    );
  });

  it('SIGTERM hands the clock back: another process holds it well before the lease would run out', async () => {
    const { ev, owner: leaving } = await runningEvent();
    const at = performance.now();
    const code = await leaving.stop('SIGTERM');
    expect(code, leaving.output().split('\n').slice(-12).join('\n')).toBe(0);
    await until(
      async () => {
        const o = await owner(ev.id);
        return o !== null && o !== leaving;
      },
      LEASE_MS,
      `another owner after SIGTERM:\n${leaseLines(room)}`,
    );
    console.log(`SIGTERM: the clock was taken over ${(performance.now() - at).toFixed(0)} ms after the signal`);
    // Three processes again for what follows (the new one is not behind nginx; it shares the clocks).
    await room.spawn({ TABLEHOP_CLOCK_LEASE_MS: String(LEASE_MS) });
    expect(leaving.output()).toMatch(new RegExp(`clock lease: event ${ev.id} released \\(shutting down\\)`));
  });

  /** Start a short event and return it with its clock owner, once the owner is known. */
  async function runningEvent(): Promise<{ ev: SeededEvent; startedAt: number; owner: ServerProcess }> {
    const ev = await seedEvent(
      front(),
      { mentors: 2, mentees: 4 },
      { roundSeconds: 4, changeoverSeconds: 2, rounds: 2 },
    );
    const started = await clock(front(), ev, { action: 'start' });
    await until(async () => (await owner(ev.id)) !== null, 5000, 'a clock owner');
    return { ev, startedAt: started.startedAt, owner: (await owner(ev.id))! };
  }

  it('a stalled owner cut off from Redis (SIGSTOP past its lease) cannot write: the fence refuses it', async () => {
    const { ev, startedAt, owner: stalled } = await runningEvent();
    // Stall it one second into round 1, and drop its Redis connections meanwhile, as a server's
    // client timeout or a partition would: it learns nothing before its overdue timer fires.
    await until(() => Date.now() >= startedAt + 1000, 3000, 'a second into round 1');
    stalled.proc.kill('SIGSTOP');
    try {
      const clients = (await redis.client('LIST')) as string;
      for (const line of clients.split('\n')) {
        if (!line.includes(` name=tablehop:${stalled.proc.pid} `)) continue;
        const id = /\bid=(\d+)/.exec(line)![1]!;
        await redis.client('KILL', 'ID', id);
      }
      // Another process takes the lease after it expires and enters phase 1 (due 4 s after the start).
      await until(
        async () => {
          const o = await owner(ev.id);
          return o !== null && o !== stalled && (transitions(room, ev.id).get('1')?.length ?? 0) === 1;
        },
        LEASE_MS + 5000,
        'another owner entered phase 1',
      );
    } finally {
      stalled.proc.kill('SIGCONT');
    }
    await until(() => /stale transition refused/.test(stalled.output()), 5000, 'the stalled owner’s write refused');
    expect(stalled.output()).toMatch(new RegExp(`clock of event ${ev.id}: stale transition refused .*fencing token`));
    await new Promise((done) => setTimeout(done, 500));
    const seen = transitions(room, ev.id);
    expect(seen.get('1'), 'phase 1 entered once').toHaveLength(1);
    expect(seen.get('0'), 'phase 0 (the start, a command)').toEqual(['none']);
    // The stalled process's cache was read again: it serves the event as the database has it.
    const via = await call(stalled.local, 'GET', `/api/events/${ev.id}`, { key: ev.key });
    expect(via.body.clock.phaseIndex).toBeGreaterThanOrEqual(1);
  });

  it('a stalled owner (SIGSTOP past its lease, then SIGCONT) writes nothing twice: each phase once', async () => {
    const { ev, startedAt, owner: stalled } = await runningEvent();
    await until(() => Date.now() >= startedAt + 1000, 3000, 'a second into round 1');
    stalled.proc.kill('SIGSTOP');
    try {
      await until(
        async () => (transitions(room, ev.id).get('1')?.length ?? 0) === 1 && (await owner(ev.id)) !== stalled,
        LEASE_MS + 5000,
        'another owner entered phase 1',
      );
    } finally {
      stalled.proc.kill('SIGCONT');
    }
    // Run to the end: round 1, changeover, round 2 (10 s), then every phase exactly once.
    await until(
      async () =>
        (await call(front(), 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.clock.status === 'finished',
      startedAt + 10_000 - Date.now() + 5000,
      'the end',
    );
    await new Promise((done) => setTimeout(done, 500));
    const seen = transitions(room, ev.id);
    expect([...seen.keys()].sort()).toEqual(everyPhase(3).sort());
    for (const [phase, tokens] of seen) expect(tokens, `phase ${phase}`).toHaveLength(1);
    // The phases after the stall were written under the new owner's (higher) token.
    const tokenOf = (phase: string) => Number(seen.get(phase)![0]);
    expect(tokenOf('2')).toBeGreaterThan(0);
  });
});
