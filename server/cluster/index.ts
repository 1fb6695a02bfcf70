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
import { connectRedis } from './redis';

export interface ClusterConfig {
  /** TABLEHOP_REDIS_URL. */
  redisUrl: string;
  /** TABLEHOP_CLOCK_LEASE_MS: how long a clock lease lasts unless renewed. */
  leaseMs: number;
}

/** The server-to-server message of a commit: which event, at which version (null: deleted), what changed. */
export const EVENT_CHANGED = 'tablehop:event-changed';
const eventChangedSchema = z.tuple([
  z.string().min(1).max(100),
  z.number().int().nonnegative().nullable(),
  z.array(z.string().max(40)).max(40),
  // A clock-only change carries the clock (checked like the stored one), so no one reads it back.
  z
    .object({ clock: clockStateSchema, roundStarts: z.record(z.string(), z.number()) })
    .strict()
    .optional(),
]);

/**
 * Tablehop on several processes sharing one PostgreSQL database (issue 21):
 * - Socket.IO's Redis streams adapter links the processes' Socket.IO servers;
 * - every commit is announced to the other processes (serverSideEmit), which read the event
 *   again and push it to their own phones: each process publishes to its local sockets only
 *   (publisher.ts), so a phone hears every change once, from the process it is connected to;
 * - one clock owner per event by lease and fencing token (clock-leases.ts).
 * `hooks` go into the event service; `attach` links it with the Socket.IO server once both exist.
 */
export async function createCluster(config: ClusterConfig, store: EventStore, log: Logger) {
  const processId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  // Named by pid: an operator (or a test cutting a process off) can tell the connections apart.
  const redis = await connectRedis(config.redisUrl, log, `tablehop:${process.pid}`);
  let service: EventService | null = null;
  let io: IoServer | null = null;
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
  });

  const hooks: ClusterHooks = {
    owns: leases.owns,
    fenceOf: leases.fenceOf,
    fenced: leases.fenced,
    announce(eventId, version, clockActive, changed, clock) {
      // Emitted after the commit: a process reading the event on hearing this sees it.
      if (clock) io?.serverSideEmit(EVENT_CHANGED, eventId, version, changed, clock);
      else io?.serverSideEmit(EVENT_CHANGED, eventId, version, changed);
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
      io = server;
      service = events;
      server.adapter(createAdapter(redis, { onlyPlaintext: true }));
      server.on(EVENT_CHANGED as never, (...args: unknown[]) => {
        if (closed) return;
        const parsed = eventChangedSchema.safeParse(args);
        if (!parsed.success) return void log.warn(`cluster: ignored a malformed ${EVENT_CHANGED} message`);
        const [eventId, version, changed, clock] = parsed.data;
        void events
          .refresh(eventId, version, changed, clock)
          .catch((err: unknown) => log.error(`cluster: event ${eventId} could not be read again`, err));
      });
      await leases.start();
    },
    /** Hand the clock leases back (another process takes over at once) and close Redis. */
    async close(): Promise<void> {
      closed = true;
      await leases.stop();
      redis.disconnect();
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof createCluster>>;
