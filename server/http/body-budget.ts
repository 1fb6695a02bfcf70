import type { Request, RequestHandler } from 'express';
import { sendError } from './errors';

/** How long a refused upload is told to wait. */
const RETRY_AFTER_SECONDS = 5;

export interface BodyBudget {
  /** Bytes of request bodies being received or held right now. */
  readonly inFlight: number;
  /**
   * Reserve a request's body before anything reads it: its declared Content-Length (at most
   * its route's limit), or the route's limit when it is chunked. A request that would take the
   * total over the budget is refused at once with 503 and Retry-After, unread, and its
   * connection closed; the reservation is released when the response ends or the connection
   * goes away.
   */
  middleware(limitOf: (req: Request) => number): RequestHandler;
}

/**
 * A cap on request-body bytes in flight across all requests: stalled uploads (a client that
 * sends 15 of 16 MiB and waits) can hold at most this much memory between them, whatever
 * their number, until the request timeout cuts them.
 */
export function createBodyBudget(maxBytes: number): BodyBudget {
  let inFlight = 0;
  return {
    get inFlight() {
      return inFlight;
    },
    middleware(limitOf) {
      return (req, res, next) => {
        const length = req.headers['content-length'];
        const chunked = req.headers['transfer-encoding'] !== undefined;
        if (!chunked && (length === undefined || length === '0')) return next();
        const limit = limitOf(req);
        const declared = Number(length);
        const bytes = chunked || !Number.isFinite(declared) ? limit : Math.min(declared, limit);
        if (inFlight + bytes > maxBytes) {
          res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
          // Do not read the body to keep the connection: close it after this answer.
          res.setHeader('Connection', 'close');
          return sendError(
            res,
            'unavailable',
            `the server is receiving too many uploads at once; try again in ${RETRY_AFTER_SECONDS} seconds`,
          );
        }
        inFlight += bytes;
        let held = true;
        res.once('close', () => {
          if (!held) return;
          held = false;
          inFlight -= bytes;
        });
        next();
      };
    },
  };
}

/** A body-parser limit such as '16mb' in bytes (the `bytes` package's 1024-based units). */
export function limitBytes(limit: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(limit.trim());
  if (!m) throw new Error(`not a size: ${limit}`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b'];
  return Math.floor(Number(m[1]) * unit);
}
