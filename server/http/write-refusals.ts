import type { IncomingMessage, ServerResponse } from 'node:http';
import { hashSecret } from '../secrets';

/** What a write of a key past its budget is told (the same words as the middleware's 429). */
export const WRITES_REFUSED = 'too many changes with this key (its pages and calls together); wait a few seconds';
/** Its stable reason (issue 19), which a phone says in its reader's language. */
export const WRITES_REFUSED_REASON = { code: 'tooManyChanges' } as const;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** At most this many keys remembered at once; the oldest go first. */
const MAX_KEYS = 10_000;
/**
 * How long a refused write waits for its 429 (at most; never past the window's reset), and how
 * many may wait at once (beyond that they are answered at once). A client that writes again as
 * soon as it is answered then sends about one write a second instead of thousands: measured on
 * two cores, answering each at once only let the flood run faster (10,000 a second).
 */
export const HOLD_MS = 1000;
const MAX_HELD = 1000;

/**
 * Writes of a key already past its write budget, answered before Express (issue 13). The
 * budget is a fixed window: once a key is refused, every write of it is refused until the
 * window resets, so the middleware's verdict is known in advance. Under a flood of thousands
 * of writes a second from one token, the whole chain (headers, routing, the key's lookup, an
 * error object, the JSON answer; ~0.2 ms each) was most of the event loop; this answers the
 * same 429 in a few microseconds. Keys are remembered by the hash of the secret, as the
 * limiter counts them, never the secret itself.
 */
export function createWriteRefusals(now: () => number, holdMs = HOLD_MS) {
  const until = new Map<string, number>();
  let held = 0;
  return {
    /** The middleware refused a write of `keyId` until `resetAt` (epoch ms). */
    note(keyId: string, resetAt: number): void {
      until.delete(keyId);
      until.set(keyId, resetAt);
      if (until.size > MAX_KEYS) until.delete(until.keys().next().value!);
    },
    /** Answer the request when it is a write of a key still refused; false: let it through. */
    answer(req: IncomingMessage, res: ServerResponse): boolean {
      if (until.size === 0 || READS.has(req.method ?? 'GET') || !req.url?.startsWith('/api/')) return false;
      // The same reading of the header as the middleware's (context.ts, bearerOf).
      const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      if (!m) return false;
      const keyId = hashSecret(m[1]!).toString('hex');
      const resetAt = until.get(keyId);
      if (resetAt === undefined) return false;
      const t = now();
      if (resetAt <= t) {
        until.delete(keyId);
        return false;
      }
      // The body is not wanted; read it away so the connection can serve the next request.
      req.resume();
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(429, {
          'content-type': 'application/json; charset=utf-8',
          'retry-after': String(Math.max(1, Math.ceil((resetAt - now()) / 1000))),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        const error = { code: 'rate_limited', message: WRITES_REFUSED, reason: WRITES_REFUSED_REASON.code };
        res.end(JSON.stringify({ error }));
      };
      const wait = Math.min(holdMs, resetAt - t);
      if (wait <= 0 || held >= MAX_HELD) send();
      else {
        held++;
        let waiting = true;
        const release = () => {
          if (!waiting) return false;
          waiting = false;
          held--;
          return true;
        };
        const timer = setTimeout(() => release() && send(), wait);
        // A client that gives up frees its place at once.
        res.once('close', () => release() && clearTimeout(timer));
      }
      return true;
    },
  };
}

export type WriteRefusals = ReturnType<typeof createWriteRefusals>;
