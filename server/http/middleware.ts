import type { Request, RequestHandler } from 'express';
import { RateLimitError } from '../auth';
import type { Limiter } from '../rate-limit';
import type { Logger } from '../log';
import { bearerOf, setAuth, type HttpDeps } from './context';

const ipOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** Resolve the bearer secret, when one is sent; routes then demand the role they need. */
export function authenticate(deps: HttpDeps): RequestHandler {
  return (req, _res, next) => {
    const secret = bearerOf(req);
    if (secret === undefined && req.headers.authorization === undefined) return next();
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

/** One line per request: method, path without query, status, time. Never headers or bodies. */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    res.on('finish', () => {
      log.info(`${req.method} ${req.originalUrl.split('?')[0]} ${res.statusCode} ${Math.round(performance.now() - start)}ms`);
    });
    next();
  };
}
