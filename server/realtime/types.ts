import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../../shared/protocol/events';
import type { RequestOrigin } from '../link-base';

/** The typed Socket.IO server and socket. */
export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Rooms: the whole event (clock broadcasts), and per audience for snapshots. */
export const rooms = {
  event: (eventId: string) => `ev:${eventId}`,
  organizers: (eventId: string) => `ev:${eventId}:organizer`,
  projectors: (eventId: string) => `ev:${eventId}:projector`,
  people: (eventId: string) => `ev:${eventId}:people`,
};

/** The secret a socket connected with (kept in the handshake; needed to derive personal links). */
export function secretOf(socket: IoSocket): string {
  const token: unknown = socket.handshake.auth?.token;
  return typeof token === 'string' ? token : '';
}

const keyIds = new WeakMap<IoSocket, string>();

/** Note the key id (hash of the secret, `Auth.keyId`) a socket connected with: its limits are the key's. */
export function setKeyIdOf(socket: IoSocket, keyId: string): void {
  keyIds.set(socket, keyId);
}

/** The key id a socket connected with ('' before the handshake passed). */
export function keyIdOf(socket: IoSocket): string {
  return keyIds.get(socket) ?? '';
}

const origins = new WeakMap<IoSocket, RequestOrigin>();

/** Note where a socket's page was opened from: the links it is sent follow it (link-base.ts). */
export function setOriginOf(socket: IoSocket, origin: RequestOrigin): void {
  origins.set(socket, origin);
}

/** Where a socket's page was opened from (none before the handshake passed). */
export function originOfSocket(socket: IoSocket): RequestOrigin | undefined {
  return origins.get(socket);
}
