import type { RequestListener } from 'node:http';
import { createServer, type Server as HttpServer } from 'node:http';

/** How long a client may take to send a request (docs/security.md). */
export interface HttpTimeouts {
  /** Until the request's headers are complete. */
  headersMs: number;
  /** Until the whole request, body included, has arrived (answering may take longer). */
  requestMs: number;
  /** How often the connections are checked against those two. */
  checkEveryMs: number;
}

/**
 * Node's defaults (60 s for headers, 300 s for a request, checked every 30 s) let a client
 * that sends a few bytes now and then hold a connection, and the body it sent so far, for
 * minutes. An upload that has not arrived within a minute is cut (408) instead. These bound
 * only receiving: a request that has arrived (a Socket.IO long poll, a slow export) may be
 * answered as late as it needs, and upgraded WebSockets are not HTTP requests any more.
 */
export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 60_000, checkEveryMs: 1000 };

export function createHttpServer(app: RequestListener, timeouts: Partial<HttpTimeouts> = {}): HttpServer {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  return createServer(
    {
      headersTimeout: t.headersMs,
      requestTimeout: Math.max(t.requestMs, t.headersMs),
      connectionsCheckingInterval: t.checkEveryMs,
    },
    app,
  );
}
