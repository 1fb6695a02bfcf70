import type { IoSocket } from './types';

/** What a socket closed for having too many siblings is told, before it is closed. */
export const TOO_MANY_CONNECTIONS = (max: number) =>
  `this link is open in more than ${max} places at once; this page was disconnected (reload it to use it here)`;

/**
 * At most `max` sockets per key (person token, projector key, organizer key) at once: one
 * more closes the key's oldest, which is first told why (`connection:closed`) and then
 * disconnected at the namespace level, so its socket.io client does not reconnect by itself
 * and two pages of one link cannot take turns evicting each other.
 */
export function createSocketCap(max: number) {
  const byKey = new Map<string, IoSocket[]>();
  return {
    admit(socket: IoSocket, keyId: string): void {
      let sockets = byKey.get(keyId);
      if (!sockets) {
        sockets = [];
        byKey.set(keyId, sockets);
      }
      const list = sockets;
      list.push(socket);
      socket.once('disconnect', () => {
        const at = list.indexOf(socket);
        if (at >= 0) list.splice(at, 1);
        if (list.length === 0 && byKey.get(keyId) === list) byKey.delete(keyId);
      });
      while (list.length > max) {
        const oldest = list.shift()!;
        oldest.emit('connection:closed', { reason: 'too_many_connections', message: TOO_MANY_CONNECTIONS(max) });
        oldest.disconnect();
      }
    },
    /** Sockets open with `keyId` (for tests). */
    count: (keyId: string) => byKey.get(keyId)?.length ?? 0,
  };
}

export type SocketCap = ReturnType<typeof createSocketCap>;
