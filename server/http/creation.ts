import type { Request, RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { RateLimitError } from '../auth';
import type { DiskFloor } from '../disk-floor';
import { RequestError, unauthorized } from '../errors';
import { hashSecret } from '../secrets';
import type { Limiter } from '../rate-limit';

/** The calls that create an event: keyless unless the server has a create key. */
export function isCreation(req: Request): boolean {
  if (req.method !== 'POST') return false;
  // Express matches paths case-insensitively and with a trailing slash; so must this.
  const path = req.path.toLowerCase().replace(/\/+$/, '');
  return path === '/events' || path === '/events/import';
}

export interface CreationDeps {
  /** TABLEHOP_CREATE_KEY, or null when anyone may create events. */
  createKey: string | null;
  disk: DiskFloor;
  /** Wrong create keys count with the other wrong keys of the address. */
  badKeys: Limiter;
  perIpPerHour: Limiter;
  perHour: Limiter;
}

const MiB = 1024 * 1024;

/** Quotas, the free-disk floor and the create key, for the calls that create events. */
export function createCreation(deps: CreationDeps) {
  const expected = deps.createKey === null ? null : hashSecret(deps.createKey);
  return {
    keyRequired: expected !== null,

    /**
     * With a create key configured, a creating call must bear it: compared in constant time
     * (as hashes, so lengths say nothing); a wrong one counts as a wrong key of the address.
     */
    checkKey(secret: string | undefined, ip: string): void {
      if (expected === null) return;
      const given = hashSecret(secret ?? '');
      if (secret !== undefined && timingSafeEqual(given, expected)) return;
      if (secret !== undefined) {
        const { ok, retryAfterMs } = deps.badKeys.hit(ip);
        if (!ok) throw new RateLimitError('too many wrong keys from this address; wait a minute', retryAfterMs);
      }
      throw unauthorized(
        'this server only lets invited organizers create events: send the create key you were given ' +
          'as Authorization: Bearer <create key>',
      );
    },

    /**
     * Before a creating call reads its body: refuse it when the disk is nearly full, or when
     * this address (or everyone) has created too many events this hour. A creation that does
     * not succeed (any answer but 201) gives its place in the quotas back.
     */
    guard(ipOf: (req: Request) => string): RequestHandler {
      return (req, res, next) => {
        if (!isCreation(req)) return next();
        if (deps.disk.low()) {
          const free = Math.floor(deps.disk.freeBytes() / MiB);
          const kept = Math.round(deps.disk.minFreeBytes / MiB);
          throw new RequestError(
            'insufficient_storage',
            `the server's disk is nearly full (${free} MiB free, it keeps ${kept} MiB for running events): ` +
              'no new events or imports for now; events already running are not affected',
          );
        }
        const mine = deps.perIpPerHour.hit(ipOf(req));
        if (!mine.ok) {
          mine.undo();
          throw new RateLimitError(
            `too many events created from this address this hour; try again in ${minutes(mine.retryAfterMs)}`,
            mine.retryAfterMs,
          );
        }
        const all = deps.perHour.hit('all');
        if (!all.ok) {
          all.undo();
          mine.undo();
          throw new RateLimitError(
            `this server has created as many events this hour as it will; try again in ${minutes(all.retryAfterMs)}`,
            all.retryAfterMs,
          );
        }
        // An answer that was sent and is not 201 created nothing; neither did a request whose
        // body never arrived (cut by the request timeout: Node answers that 408 itself, past
        // Express). One whose client went away after sending it all may still have created the
        // event, so it keeps counting.
        let given = false;
        const giveBack = () => {
          if (given) return;
          given = true;
          all.undo();
          mine.undo();
        };
        res.once('finish', () => {
          if (res.statusCode !== 201) giveBack();
        });
        res.once('close', () => {
          if (!res.writableFinished && !req.complete) giveBack();
        });
        next();
      };
    },
  };
}

export type Creation = ReturnType<typeof createCreation>;

const minutes = (ms: number) => {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return `${m} minute${m === 1 ? '' : 's'}`;
};
