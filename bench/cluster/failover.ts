/**
 * bench:cluster part 2: kill -9 of an event's clock owner among three processes. Each kill gets
 * a fresh small event whose first round ends shortly after the kill, so the boundary falls due
 * while the owner is dead: the figures are kill → another process holds the lease (Redis polled
 * every 20 ms) and kill → the boundary's `clock transition` line from a survivor (output polled
 * every 20 ms), with how late that transition was against wall time. A process is started
 * again after each kill to keep three.
 */
import { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { startClusterRoom } from '../../scripts/cluster/room';
import type { ServerProcess } from '../../scripts/cluster/tablehop-process';
import { leaseKey } from '../../server/cluster/clock-leases';
import { api } from '../lib/bench-event';

export interface FailoverOptions {
  kills: number;
  leaseMs: number;
  postgresUrl: string;
  log: (line: string) => void;
}

export interface Kill {
  /** kill -9 → another process holds the lease. */
  takeoverMs: number;
  /** kill -9 → the next transition logged by a survivor. */
  transitionMs: number;
  /** That transition's line seen after the boundary was due by wall time. */
  lateMs: number;
}

const ROUND_SECONDS = 4;
/** How long before the first round's end the owner is killed. */
const KILL_BEFORE_BOUNDARY_MS = 300;
const POLL_MS = 20;

async function poll<T>(probe: () => Promise<T | null> | T | null, timeoutMs: number, what: string): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (performance.now() > until) throw new Error(`failover: ${what} not within ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

export async function failover(o: FailoverOptions): Promise<Kill[]> {
  const room = await startClusterRoom({
    // The processes as `npm start` runs them (the compiled server), like bench:fanout's.
    server: 'start',
    processes: 3,
    postgresUrl: o.postgresUrl,
    noFront: true,
    env: { TABLEHOP_CLOCK_LEASE_MS: String(o.leaseMs), TABLEHOP_LOG_LEVEL: 'info' },
  });
  const redis = new Redis(room.redis.url);
  const alive = () => room.servers.filter((s) => s.proc.exitCode === null && s.proc.signalCode === null);
  const owner = async (eventId: string): Promise<ServerProcess | null> => {
    const pid = Number((await redis.get(leaseKey(eventId)))?.split(':')[1]);
    return alive().find((s) => s.proc.pid === pid) ?? null;
  };
  const kills: Kill[] = [];
  try {
    for (let k = 0; k < o.kills; k++) {
      const base = alive()[k % 3]!.local;
      const created = await api<{ event: { id: string }; organizerKey: string }>(base, 'POST', '/api/events', null, {
        name: `Failover ${k + 1}`,
        roundSeconds: ROUND_SECONDS,
        changeoverSeconds: 2,
        rounds: 2,
        tableCapacity: 2,
      });
      const { id } = created.event;
      const key = created.organizerKey;
      const people = (n: number, role: string) => Array.from({ length: n }, (_, i) => ({ name: `${role} ${i + 1}` }));
      await api(base, 'POST', `/api/events/${id}/people`, key, {
        mentors: people(2, 'Mentor'),
        mentees: people(4, 'Mentee'),
      });
      await api(base, 'POST', `/api/events/${id}/schedule`, key, {});
      const started = await api<{ startedAt: number }>(base, 'POST', `/api/events/${id}/clock`, key, {
        action: 'start',
      });
      const victim = await poll(() => owner(id), 5000, 'a clock owner');
      const boundary = started.startedAt + ROUND_SECONDS * 1000;
      await sleep(Math.max(0, boundary - KILL_BEFORE_BOUNDARY_MS - Date.now()));
      if ((await owner(id)) !== victim) throw new Error(`failover: the owner of ${id} changed before the kill`);
      const entered = new RegExp(`clock transition: event ${id} phase 1 fencing token`);
      const killedAt = performance.now();
      victim.proc.kill('SIGKILL');
      const takeover = poll(
        async () => {
          const o2 = await owner(id);
          return o2 && o2 !== victim ? performance.now() - killedAt : null;
        },
        o.leaseMs + 10_000,
        'another owner',
      );
      const transition = poll(
        () => {
          if (!alive().some((s) => entered.test(s.output()))) return null;
          return { ms: performance.now() - killedAt, late: Date.now() - boundary };
        },
        o.leaseMs + 15_000,
        'the next transition',
      );
      const kill = { takeoverMs: await takeover, transitionMs: (await transition).ms, lateMs: (await transition).late };
      kills.push(kill);
      o.log(
        `kill ${k + 1}/${o.kills}: pid ${victim.proc.pid}; lease taken after ${kill.takeoverMs.toFixed(0)} ms, ` +
          `phase 1 logged after ${kill.transitionMs.toFixed(0)} ms (${kill.lateMs} ms after it was due)`,
      );
      await room.spawn();
    }
    return kills;
  } finally {
    redis.disconnect();
    await room.stop();
  }
}
