import express from 'express';
import helmet from 'helmet';
import { createWriteRefusals } from './http/write-refusals';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createResolver } from './auth';
import type { Timers } from './clock-runner';
import { createDiskFloor, type StatFs } from './disk-floor';
import { createEventService, type EventService } from './events/service';
import { createOffload, type HeavyFrom } from './workers/offload';
import { createHeavyPool, DEFAULT_BUDGET, type HeavyBudget } from './workers/pool';
import { createHttpServer, type HttpTimeouts } from './http-server';
import { apiRouter } from './http/api';
import { createBodyBudget } from './http/body-budget';
import { clientRoutes } from './http/client';
import { createCreation } from './http/creation';
import { errorHandler } from './http/errors';
import { requestLog } from './http/middleware';
import { silentLogger, type Logger } from './log';
import { createLimiter, DEFAULT_LIMITS, type Limits } from './rate-limit';
import { createRealtime } from './realtime';
import type { IoServer } from './realtime/types';
import type { EventStore } from './store/event-store';
import { createLinkBase, type LinkBase } from './link-base';
import { lanUrls, type Interfaces } from './listen';
import { createMailer, type MailSetup } from './mail/mailer';
import { networkInterfaces } from 'node:os';
import type { Cluster } from './cluster';

export interface AppDeps {
  store: EventStore;
  /** Base of the links handed out; default http://localhost:<listening port>. */
  publicUrl?: string | null;
  allowedOrigins?: string[];
  trustProxy?: boolean | number | string;
  /** Where the built client lives (default dist/client under the working directory). */
  clientDir?: string;
  limits?: Partial<Limits>;
  now?: () => number;
  timers?: Timers;
  log?: Logger;
  /** The worker threads' budget for heavy work, and from what size work goes to them. */
  heavy?: { budget?: Partial<HeavyBudget>; from?: HeavyFrom };
  /** The data directory, whose free space the free-disk floor watches (none: no check). */
  dataDir?: string | null;
  /** How the free space is read (tests simulate a full disk); default fs.statfsSync. */
  statfs?: StatFs;
  /** TABLEHOP_CREATE_KEY: when set, creating and importing events need it. */
  createKey?: string | null;
  /** The interface listened on (HOST; null: every one), for the LAN addresses links can use. */
  host?: string | null;
  /** The machine's network interfaces (default os.networkInterfaces; tests pass their own). */
  interfaces?: () => Interfaces;
  /** How long clients may take to send headers and requests (tests make them short). */
  timeouts?: Partial<HttpTimeouts>;
  /** How personal links are e-mailed (TABLEHOP_SMTP_URL, TABLEHOP_MAIL_FROM); none: e-mail is not set up. */
  mail?: MailSetup | null;
  /** Several processes on one database (server/cluster, TABLEHOP_REDIS_URL); none: one process. */
  cluster?: Cluster | null;
}

export interface App {
  http: HttpServer;
  io: IoServer;
  service: EventService;
  /** The base URL links use: configured, else the request's origin, else localhost (once listening). */
  publicUrl: LinkBase;
  /**
   * Bring running clocks to wall time and re-arm their timers (after a restart); in a cluster,
   * join it instead (the adapter, the announcements) and take the free clock leases.
   */
  recover: () => Promise<number>;
  /** Stop timers, sockets and the HTTP server; the store stays open (its owner closes it). */
  close: () => Promise<void>;
  /** Request-body bytes reserved by requests being received right now (diagnostics, tests). */
  bodyBytesInFlight: () => number;
}

/**
 * The composition seam: an HTTP server carrying the API, the client and Socket.IO, built
 * around one event service. Not listening yet: main listens on PORT, tests on port 0.
 */
export function createApp(deps: AppDeps): App {
  const log = deps.log ?? silentLogger;
  const now = deps.now ?? Date.now;
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const minute = (max: number) => createLimiter({ max, windowMs: 60_000, now });
  const pool = createHeavyPool({ ...DEFAULT_BUDGET, ...deps.heavy?.budget });
  const offload = createOffload(pool, deps.heavy?.from);
  const cluster = deps.cluster ?? null;
  const service = createEventService({
    store: deps.store,
    now,
    timers: deps.timers,
    log,
    offload,
    cluster: cluster?.hooks,
  });
  const badKeys = minute(limits.badKeysPerIpPerMinute);
  // A resolved key's event is loaded into the service's memory before its request or socket goes
  // on: the routes and the socket's views then read it synchronously (service.get).
  const resolve = createResolver(deps.store, { badKeys, perKey: minute(limits.perKeyPerMinute) }, (p) =>
    service.load(p.eventId),
  );
  // One write budget per key, shared by its HTTP calls and its sockets' commands.
  const writes = createLimiter({ max: limits.writesPerKeyPer10s, windowMs: 10_000, now });
  const hour = (max: number) => createLimiter({ max, windowMs: 3_600_000, now });
  const creation = createCreation({
    createKey: deps.createKey ?? null,
    disk: createDiskFloor({
      dir: deps.dataDir ?? null,
      minFreeBytes: limits.minFreeDiskBytes,
      now,
      statfs: deps.statfs,
      log,
    }),
    badKeys,
    perIpPerHour: hour(limits.createEventsPerIpPerHour),
    perHour: hour(limits.createEventsPerHour),
  });
  const bodies = createBodyBudget(limits.bodyBytesInFlight);
  const mailer = createMailer({ setup: deps.mail, store: deps.store.mail, service, now, log });

  const app = express();
  // A key's writes past its budget are answered here, before Express (http/write-refusals.ts).
  const writeRefusals = createWriteRefusals(now);
  const http = createHttpServer((req, res) => writeRefusals.answer(req, res) || app(req, res), deps.timeouts);
  const publicUrl = createLinkBase(deps.publicUrl, () => {
    const addr = http.address() as AddressInfo | null;
    return `http://localhost:${addr?.port ?? 0}`;
  });

  app.disable('x-powered-by');
  // No ETag on answers (Express hashes every body it sends to make one): the API's answers are
  // live data no client revalidates, and hashing a 145 MiB preview held the event loop ~300 ms.
  // The client's files carry their own ETags (gzip-assets.ts, express.static).
  app.set('etag', false);
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Solid renders static `style="…"` attributes from its templates; styles cannot run code.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'], // QR codes are data: URLs
          connectSrc: ["'self'", 'ws:', 'wss:'],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          // Venues serve plain http on the LAN; upgrading would break every request.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: (deps.publicUrl ?? '').startsWith('https:'),
    }),
  );
  app.use(requestLog(log));
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  app.use(
    '/api',
    apiRouter({
      service,
      resolve,
      publicUrl,
      log,
      offload,
      limiters: {
        perIp: minute(limits.perIpPerMinute),
        createEvents: minute(limits.createEventsPerIpPerMinute),
        writes,
        signupPerIp: minute(limits.signupsPerIpPerMinute),
        signupPerCode: minute(limits.signupsPerCodePerMinute),
      },
      creation,
      bodies,
      mailer,
      writeRefusals,
      network: {
        publicUrlSet: Boolean(deps.publicUrl),
        lanUrls: () => {
          const addr = http.address();
          const interfaces = deps.interfaces ?? networkInterfaces;
          return addr && typeof addr === 'object' ? lanUrls(addr, deps.host ?? null, interfaces()) : [];
        },
      },
    }),
  );
  app.use(clientRoutes(deps.clientDir ?? join(process.cwd(), 'dist', 'client')));
  app.use(errorHandler(log));

  const realtime = createRealtime(http, {
    service,
    resolve,
    publicUrl,
    allowedOrigins: deps.allowedOrigins ?? [],
    trustProxy: deps.trustProxy !== undefined && deps.trustProxy !== false,
    socketEventsPer10s: limits.socketEventsPer10s,
    writes,
    socketsPerKey: limits.socketsPerKey,
    log,
  });

  // Mails a restart left queued go out again (the queue's timer is unref'd, so it waits for nothing).
  mailer.start();

  return {
    http,
    io: realtime.io,
    service,
    publicUrl,
    async recover() {
      const active = await service.recover();
      if (cluster) await cluster.attach(realtime.io, service);
      return active;
    },
    bodyBytesInFlight: () => bodies.inFlight,
    async close() {
      // Stop taking requests and sockets first: io.close() disconnects every socket and closes
      // the HTTP server (the phones reconnect to another process, if there is one).
      await new Promise<void>((done) => {
        void realtime.io.close(() => done());
        http.closeAllConnections();
      });
      // Then hand the clock leases back (another process takes each over at once) and stop
      // hearing the others; Redis itself closes last, once nothing here publishes any more.
      await cluster?.close();
      service.dispose();
      realtime.dispose();
      // A mail being sent is waited for (a few seconds at most) and recorded before the store closes.
      await mailer.close();
      await pool.close();
      cluster?.disconnect();
    },
  };
}
