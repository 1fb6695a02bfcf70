import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events';

/** The typed socket every screen uses. */
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Open the socket to this same origin with the given secret (organizer key, projector key or person token). */
export function openSocket(secret: string): LiveSocket {
  // io() with no URL is same origin in dev (Vite proxy) and production alike.
  return io({ auth: { token: secret }, transports: ['websocket', 'polling'], reconnectionDelayMax: 4000 });
}
