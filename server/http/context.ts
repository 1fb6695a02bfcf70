import type { WriteRefusals } from './write-refusals';
import type { Request } from 'express';
import { originOfRequest, type LinkBase, type RequestOrigin } from '../link-base';
import type { Auth, Resolver } from '../auth';
import type { EventService } from '../events/service';
import { forbidden, unauthorized } from '../errors';
import type { Limiter } from '../rate-limit';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import type { Offload } from '../workers/offload';
import type { BodyBudget } from './body-budget';
import type { Creation } from './creation';

/** What the route modules need. */
export interface HttpDeps {
  service: EventService;
  resolve: Resolver;
  /** The base of links: pass the request's origin (`originOf(req)`), which links follow when no public URL is set. */
  publicUrl: LinkBase;
  log: Logger;
  /** Heavy work (large bodies, previews, exports) off the event loop. */
  offload: Offload;
  /**
   * `writes`: every key's writes per 10 s (HTTP calls other than GET and socket commands
   * together); `createEvents`: creations per address per minute.
   */
  limiters: { perIp: Limiter; createEvents: Limiter; writes: Limiter; signupPerIp: Limiter; signupPerCode: Limiter };
  /** The create key, the creation quotas and the free-disk floor. */
  creation: Creation;
  /** Request-body bytes in flight across all requests. */
  bodies: BodyBudget;
  /** Whether links are fixed by TABLEHOP_PUBLIC_URL, and the addresses phones can open. */
  network: { publicUrlSet: boolean; lanUrls: () => string[] };
  /** Personal links by e-mail (TABLEHOP_SMTP_URL): send requests, the send log, the mail-merge file. */
  mailer: Mailer;
  /** Keys past their write budget, whose further writes are answered before Express. */
  writeRefusals?: WriteRefusals;
}

const auths = new WeakMap<Request, Auth>();

/** Attach the resolved secret to a request (by the authenticate middleware). */
export function setAuth(req: Request, auth: Auth): void {
  auths.set(req, auth);
}

function authOf(req: Request): Auth {
  const a = auths.get(req);
  if (!a) throw unauthorized('a key is required: send Authorization: Bearer <key>');
  return a;
}

/** The organizer key of event `eventId`, or 403 for any other key. */
export function requireOrganizer(req: Request, eventId: string): Auth {
  const a = authOf(req);
  if (a.role !== 'organizer') throw forbidden(`this call needs the organizer key; this is a ${a.role} key`);
  if (a.eventId !== eventId) throw forbidden('this organizer key belongs to another event');
  return a;
}

/** A person's token (optionally of one role), or 403. */
export function requirePerson(req: Request, role?: 'mentor' | 'mentee'): Auth & { personId: string } {
  const a = authOf(req);
  const ok = a.personId !== null && (role ? a.role === role : a.role === 'mentor' || a.role === 'mentee');
  if (!ok)
    throw forbidden(role ? `this call needs a ${role}'s personal link token` : 'this call needs a personal link token');
  return a as Auth & { personId: string };
}

/** The sign-up code of event `eventId` (it opens nothing else), or 403. */
export function requireSignup(req: Request, eventId: string): Auth & { codeVersion: number } {
  const a = authOf(req);
  if (a.role !== 'signup') throw forbidden(`this call needs the event's sign-up code; this is a ${a.role} key`);
  if (a.eventId !== eventId || a.codeVersion === undefined)
    throw forbidden('this sign-up code belongs to another event');
  return a as Auth & { codeVersion: number };
}

/** The projector key, or 403. */
export function requireProjector(req: Request): Auth {
  const a = authOf(req);
  if (a.role !== 'projector') throw forbidden('this call needs the projector key');
  return a;
}

/** The bearer secret of a request, if any (never from the query string). */
export function bearerOf(req: Request): string | undefined {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m?.[1];
}

/** Where a request came from, for its links. */
export const originOf = (req: Request): RequestOrigin => originOfRequest(req);
