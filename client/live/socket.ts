import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/protocol/events';

/** The typed socket every screen uses. */
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Open the socket to this same origin with the given secret (organizer key, projector key or
 * person token) and the protocol this page speaks: a page left open across an upgrade is
 * refused with `outdated_client` rather than misreading the new messages.
 */
export function openSocket(secret: string): LiveSocket {
  // io() with no URL is same origin in dev (Vite proxy) and production alike.
  return io({
    auth: { token: secret, protocol: PROTOCOL_VERSION },
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 4000,
  });
}
