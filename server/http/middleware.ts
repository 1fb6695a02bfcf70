import type { Request, RequestHandler } from 'express';
import type { Coded } from '../../shared/schemas/issue-codes';
import { RateLimitError } from '../auth';
import { badRequest, unauthorized } from '../errors';
import type { Limiter } from '../rate-limit';
import type { Logger } from '../log';
import { bearerOf, setAuth, type HttpDeps } from './context';
import { isCreation } from './creation';
import { WRITES_REFUSED, WRITES_REFUSED_REASON } from './write-refusals';

/** The client's address (behind a trusted proxy, from X-Forwarded-For). */
export const ipOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** The methods that only read; every other call with a key counts against the key's writes. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const hasBody = (req: Request) => {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
};

/**
 * Resolve the bearer secret, when one is sent; routes then demand the role they need. A body
 * without a key is refused unread, except by the calls that need none (creating or importing
 * an event), which need the create key instead when the server has one. A key's calls other
 * than GET count against its write budget, which its sockets' commands share.
 */
export function authenticate(deps: HttpDeps): RequestHandler {
  return async (req, _res, next) => {
    const secret = bearerOf(req);
    const creating = isCreation(req);
    if (creating && deps.creation.keyRequired) {
      deps.creation.checkKey(secret, ipOf(req));
      return next();
    }
    if (secret === undefined && req.headers.authorization === undefined) {
      if (hasBody(req) && !creating) throw unauthorized('a key is required: send Authorization: Bearer <key>');
      return next();
    }
    const auth = await deps.resolve(secret, ipOf(req));
    setAuth(req, auth);
    if (!READS.has(req.method)) {
      const { ok, retryAfterMs } = deps.limiters.writes.hit(auth.keyId);
      if (!ok) {
        // Until the window resets, the key's next writes are answered before Express.
        deps.writeRefusals?.note(auth.keyId, deps.service.now() + retryAfterMs);
        throw new RateLimitError(WRITES_REFUSED, retryAfterMs, WRITES_REFUSED_REASON);
      }
    }
    next();
  };
}

/** A per-IP budget (generous: a whole venue can share one address). */
export function limitPerIp(limiter: Limiter, message: string, reason?: Coded): RequestHandler {
  return (req, _res, next) => {
    const { ok, retryAfterMs } = limiter.hit(ipOf(req));
    if (!ok) throw new RateLimitError(message, retryAfterMs, reason);
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
