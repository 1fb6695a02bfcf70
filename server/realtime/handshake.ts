import type { IncomingMessage } from 'node:http';
import type { Resolver } from '../auth';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';
import { forbidden, reasonFields, RequestError } from '../errors';
import { originOfHandshake } from '../link-base';
import { setKeyIdOf, setOriginOf, type IoServer } from './types';

/**
 * WebSocket upgrades are not covered by CORS, so the handshake checks `Origin` itself: the
 * server's own origin (public URL, or the Host the browser used), or an allow-listed one.
 * No Origin header means a non-browser client (a script), which the key alone authorizes.
 */
export function originGuard(allowed: () => Set<string>) {
  return (req: IncomingMessage, done: (err: string | null | undefined, ok: boolean) => void): void => {
    const origin = req.headers.origin;
    if (!origin) {
      done(null, true);
      return;
    }
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      done('bad origin', false);
      return;
    }
    if (allowed().has(origin) || host === req.headers.host) done(null, true);
    else done('origin not allowed', false);
  };
}

/** The client IP of a socket (the first X-Forwarded-For hop when behind a trusted proxy). */
function ipOf(req: IncomingMessage, address: string, trustProxy: boolean): string {
  const fwd = req.headers['x-forwarded-for'];
  if (trustProxy && typeof fwd === 'string') return fwd.split(',')[0]!.trim();
  return address;
}

/**
 * Refuse a connection without a valid key (`auth: { token }`) with a clear message in
 * `connect_error` (`err.message`, `err.data.code`); otherwise note who is connecting. The
 * check runs in `later` (the connection work queue, a few per event-loop turn): when a whole
 * room reconnects at once, the key checks and what follows them (joining the rooms, the first
 * snapshot) are spread over turns instead of holding the loop for one burst.
 */
export function installHandshake(
  io: IoServer,
  resolve: Resolver,
  trustProxy: boolean,
  later: (task: () => void) => void,
): void {
  io.use((socket, next) =>
    later(async () => {
      // Gone while waiting its turn: nothing to answer.
      if (socket.conn.readyState === 'closed') return;
      const token: unknown = socket.handshake.auth?.token;
      const protocol: unknown = socket.handshake.auth?.protocol;
      // Scripts may leave the version out; a page from another build must not guess at the protocol.
      if (protocol !== undefined && protocol !== PROTOCOL_VERSION) {
        const message = 'this page is from another version of Tablehop: reload it';
        return next(Object.assign(new Error(message), { data: { code: 'outdated_client' } }));
      }
      try {
        const a = await resolve(
          typeof token === 'string' ? token : undefined,
          ipOf(socket.request, socket.handshake.address, trustProxy),
        );
        // A sign-up code opens the sign-up endpoints only: no live view of the event.
        if (a.role === 'signup')
          throw forbidden('a sign-up code opens only the sign-up page', { code: 'signupCodeOnly' });
        socket.data = { eventId: a.eventId, role: a.role, personId: a.personId };
        setKeyIdOf(socket, a.keyId);
        setOriginOf(socket, originOfHandshake(socket.request, trustProxy));
        next();
      } catch (err) {
        const code = err instanceof RequestError ? err.code : 'internal';
        const message = err instanceof RequestError ? err.message : 'the server could not check the key';
        // The refusal's reason and params (issue 19) beside the code, as an ack's error carries them.
        const reason = err instanceof RequestError ? reasonFields(err.refusal) : {};
        next(Object.assign(new Error(message), { data: { code, ...reason } }));
      }
    }),
  );
}
