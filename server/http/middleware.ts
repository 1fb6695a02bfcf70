import type { Request, RequestHandler } from 'express';
import { RateLimitError } from '../auth';
import { badRequest, unauthorized } from '../errors';
import type { Limiter } from '../rate-limit';
import type { Logger } from '../log';
import { bearerOf, setAuth, type HttpDeps } from './context';

const ipOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

const hasBody = (req: Request) => {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
};

/**
 * Resolve the bearer secret, when one is sent; routes then demand the role they need. A body
 * without a key is refused unread, except by the calls that need none (creating or importing an event).
 */
export function authenticate(deps: HttpDeps): RequestHandler {
  return (req, _res, next) => {
    const secret = bearerOf(req);
    if (secret === undefined && req.headers.authorization === undefined) {
      const keyless = req.method === 'POST' && (req.path === '/events' || req.path === '/events/import');
      if (hasBody(req) && !keyless) throw unauthorized('a key is required: send Authorization: Bearer <key>');
      return next();
    }
    setAuth(req, deps.resolve(secret, ipOf(req)));
    next();
  };
}

/** A per-IP budget (generous: a whole venue can share one address). */
export function limitPerIp(limiter: Limiter, message: string): RequestHandler {
  return (req, _res, next) => {
    const { ok, retryAfterMs } = limiter.hit(ipOf(req));
    if (!ok) throw new RateLimitError(message, retryAfterMs);
    next();
  };
}

/**
 * A body no parser took (a content type other than JSON or CSV) would otherwise reach the
 * routes as "no body", and a PATCH sent as text/plain would answer 200 having changed nothing.
 */
export const refuseUnreadBodies: RequestHandler = (req, _res, next) => {
  if (hasBody(req) && req.body === undefined) {
    throw badRequest(
      `unsupported Content-Type ${JSON.stringify(req.headers['content-type'] ?? '(none)').slice(0, 80)}: ` +
        'send JSON (application/json), or text/csv to the CSV import',
    );
  }
  next();
};

/** One line per request: method, path without query, status, time. Never headers or bodies. */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    res.on('finish', () => {
      log.info(
        `${req.method} ${req.originalUrl.split('?')[0]} ${res.statusCode} ${Math.round(performance.now() - start)}ms`,
      );
    });
    next();
  };
}
