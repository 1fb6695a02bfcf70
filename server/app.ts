import express from 'express';
import helmet from 'helmet';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createResolver } from './auth';
import type { Timers } from './clock-runner';
import { createEventService, type EventService } from './events/service';
import { apiRouter } from './http/api';
import { clientRoutes } from './http/client';
import { errorHandler } from './http/errors';
import { requestLog } from './http/middleware';
import { silentLogger, type Logger } from './log';
import { createLimiter, DEFAULT_LIMITS, type Limits } from './rate-limit';
import { createRealtime } from './realtime';
import type { IoServer } from './realtime/types';
import type { EventStore } from './store/event-store';

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
}

export interface App {
  http: HttpServer;
  io: IoServer;
  service: EventService;
  /** The base URL links use (valid once listening when not configured). */
  publicUrl: () => string;
  /** Bring running clocks to wall time and re-arm their timers (after a restart). */
  recover: () => Promise<number>;
  /** Stop timers, sockets and the HTTP server; the store stays open (its owner closes it). */
  close: () => Promise<void>;
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
  const service = createEventService({ store: deps.store, now, timers: deps.timers, log });
  const resolve = createResolver(deps.store, {
    badKeys: minute(limits.badKeysPerIpPerMinute),
    perKey: minute(limits.perKeyPerMinute),
  });

  const app = express();
  const http = createServer(app);
  const publicUrl = () => {
    if (deps.publicUrl) return deps.publicUrl;
    const addr = http.address() as AddressInfo | null;
    return `http://localhost:${addr?.port ?? 0}`;
  };

  app.disable('x-powered-by');
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
      limiters: { perIp: minute(limits.perIpPerMinute), createEvents: minute(limits.createEventsPerIpPerMinute) },
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
    log,
  });

  return {
    http,
    io: realtime.io,
    service,
    publicUrl,
    recover: () => service.recover(),
    async close() {
      service.dispose();
      realtime.dispose();
      // io.close() disconnects every socket and closes the HTTP server.
      await new Promise<void>((done) => {
        void realtime.io.close(() => done());
        http.closeAllConnections();
      });
    },
  };
}
