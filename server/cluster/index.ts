import { createAdapter } from '@socket.io/redis-streams-adapter';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';
import { clockStateSchema } from '../../shared/schemas/clock';
import type { ClusterHooks, EventService } from '../events/service';
import type { Logger } from '../log';
import type { IoServer } from '../realtime/types';
import type { EventStore } from '../store/event-store';
import { createClockLeases } from './clock-leases';
import { createChangeStream } from './change-stream';
import { connectRedis } from './redis';

export interface ClusterConfig {
  /** TABLEHOP_REDIS_URL. */
  redisUrl: string;
  /** TABLEHOP_CLOCK_LEASE_MS: how long a clock lease lasts unless renewed. */
  leaseMs: number;
}

/** The announcement of a commit: which event, at which version (null: deleted), what changed. */
const eventChangedSchema = z
  .object({
    eventId: z.string().min(1).max(100),
    version: z.number().int().nonnegative().nullable(),
    changed: z.array(z.string().max(40)).max(40),
    // A clock-only change carries the clock (checked like the stored one), so no one reads it back.
    clock: z
      .object({ clock: clockStateSchema, roundStarts: z.record(z.string(), z.number()) })
      .strict()
      .optional(),
  })
  .strict();

/**
 * Tablehop on several processes sharing one PostgreSQL database (issue 21):
 * - Socket.IO's Redis streams adapter links the processes' Socket.IO servers: a clock change's
 *   broadcast to an event's room reaches the phones on every process (publisher.ts);
 * - every commit is announced on a Redis stream of its own (change-stream.ts); the other
 *   processes read the event again and push what else changed (pages, views) to their own phones;
 * - each lease round also compares the versions of the events held in memory with the database's
 *   and reads again any that fell behind (an announcement lost while Redis was away);
 * - one clock owner per event by lease and fencing token (clock-leases.ts).
 * `hooks` go into the event service; `attach` links it with the Socket.IO server once both exist.
 */
export async function createCluster(config: ClusterConfig, store: EventStore, log: Logger) {
  const processId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  // Named by pid: an operator (or a test cutting a process off) can tell the connections apart.
  const redis = await connectRedis(config.redisUrl, log, `tablehop:${process.pid}`);
  let service: EventService | null = null;
  // Set on close: announcements still arriving are not acted on while the process shuts down.
  let closed = false;
  const leases = createClockLeases({
    redis,
    store,
    processId,
    ttlMs: config.leaseMs,
    log,
    gained: (eventId) =>
      void service
        ?.takeClock(eventId)
        .catch((err: unknown) => log.error(`cluster: the clock of event ${eventId} could not be taken up`, err)),
    lost: (eventId) => service?.dropClock(eventId),
    afterRound: async (held) => {
      if (!closed) await service?.reconcile(held);
    },
  });

  const changes = createChangeStream(
    redis,
    processId,
    (message) => {
      if (closed || !service) return;
      const parsed = eventChangedSchema.safeParse(message);
      if (!parsed.success) return void log.warn('cluster: ignored a malformed change announcement');
      const { eventId, version, changed, clock } = parsed.data;
      void service
        .refresh(eventId, version, changed, clock)
        .catch((err: unknown) => log.error(`cluster: event ${eventId} could not be read again`, err));
    },
    log,
  );

  const hooks: ClusterHooks = {
    owns: leases.owns,
    fenceOf: leases.fenceOf,
    fenced: leases.fenced,
    announce(eventId, version, clockActive, changed, clock) {
      // Appended after the commit: a process reading the event on hearing this sees it.
      changes.append(clock ? { eventId, version, changed, clock } : { eventId, version, changed });
      // A clock just started here: take its lease now rather than at the next round.
      if (clockActive && !leases.owns(eventId)) leases.poke(eventId);
    },
  };

  return {
    processId,
    hooks,
    leases,
    /** Link the Socket.IO server (adapter, announcements) and the service; then take the leases. */
    async attach(server: IoServer, events: EventService): Promise<void> {
      service = events;
      server.adapter(createAdapter(redis, { onlyPlaintext: true }));
      await leases.start();
    },
    /**
     * Hand the clock leases back (another process takes over at once), then stop listening to the
     * others. Redis itself is closed last, by `disconnect`, once nothing more is published.
     */
    async close(): Promise<void> {
      closed = true;
      await leases.stop();
      changes.close();
    },
    disconnect(): void {
      redis.disconnect();
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof createCluster>>;
