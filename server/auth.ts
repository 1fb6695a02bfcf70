import type { Limiter } from './rate-limit';
import { hashSecret } from './secrets';
import type { EventStore, Principal } from './store/event-store';
import type { Coded } from '../shared/schemas/issue-codes';
import { RequestError } from './errors';

/** A resolved secret: who it belongs to and the limiter key derived from it. */
export interface Auth extends Principal {
  secret: string;
  /** Hex of the secret's hash: safe to use as a rate-limit key, never logged. */
  keyId: string;
}

// Our secrets are base64url, 32–43 characters; anything else cannot be one.
const SECRET_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Resolve a secret (organizer key, projector key, person token or sign-up code) for HTTP and socket
 * handshakes alike. Secrets are hashed before the lookup, so the index lookup leaks nothing
 * about the secret; the store compares the found hash in constant time. Wrong keys count
 * against a tight per-IP budget; valid keys against a generous per-key one.
 */
export function createResolver(
  store: Pick<EventStore, 'resolve'>,
  limits: { badKeys: Limiter; perKey: Limiter },
  /** Run once the key is known, before it is answered: the service loads the key's event. */
  found: (principal: Principal) => Promise<unknown> = async () => {},
) {
  return async (secret: string | undefined, ip: string): Promise<Auth> => {
    if (!secret) throw new RequestError('unauthorized', 'a key is required: send Authorization: Bearer <key>');
    const hash = SECRET_SHAPE.test(secret) ? hashSecret(secret) : null;
    const principal = hash ? await store.resolve(hash) : null;
    if (!principal) {
      const { ok, retryAfterMs } = limits.badKeys.hit(ip);
      if (!ok)
        throw new RateLimitError('too many wrong keys from this address; wait a minute', retryAfterMs, {
          code: 'tooManyWrongKeys',
        });
      throw new RequestError('unauthorized', 'unknown key: it may be mistyped, or its event was deleted', undefined, {
        code: 'unknownKey',
      });
    }
    const keyId = hash!.toString('hex');
    const { ok, retryAfterMs } = limits.perKey.hit(keyId);
    if (!ok)
      throw new RateLimitError('too many requests with this key; slow down', retryAfterMs, { code: 'tooManyRequests' });
    await found(principal);
    return { ...principal, secret, keyId };
  };
}

export type Resolver = ReturnType<typeof createResolver>;

/** A 429 with the time to wait. */
export class RateLimitError extends RequestError {
  readonly retryAfterMs: number;

  constructor(message: string, retryAfterMs: number, reason?: Coded) {
    // Refusals come by the thousand under a flood, and nobody reads a 429's stack trace:
    // capturing one was a tenth of the event loop in a flood of one token's writes.
    const depth = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super('rate_limited', message, undefined, reason);
    } finally {
      Error.stackTraceLimit = depth;
    }
    this.retryAfterMs = retryAfterMs;
  }
}
