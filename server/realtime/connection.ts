import { clockRequestCommand } from '../../shared/event/clock-request';
import type { SocketData } from '../../shared/protocol/events';
import type { EventService } from '../events/service';
import { accepted } from '../errors';
import type { LinkBase } from '../link-base';
import type { Logger } from '../log';
import { limitSocket, onEvent, type SocketLimits } from './inbound';
import type { SlicedQueue } from './sliced-queue';
import type { SocketCap } from './socket-cap';
import { snapshotFor } from './snapshot';
import { keyIdOf, originOfSocket, rooms, secretOf, type IoSocket } from './types';

export interface ConnectionDeps {
  service: EventService;
  publicUrl: LinkBase;
  log: Logger;
  limits: SocketLimits;
  /** At most so many sockets per key: one more closes the oldest. */
  cap: SocketCap;
  /** Where the first snapshot of each connection is built and sent, a few per event-loop turn. */
  connectWork: SlicedQueue;
}

const audience = (d: SocketData) =>
  d.role === 'organizer'
    ? rooms.organizers(d.eventId)
    : d.role === 'projector'
      ? rooms.projectors(d.eventId)
      : rooms.people(d.eventId);

/**
 * A connection that passed the handshake: join the event's rooms, answer the client's events,
 * and send the full snapshot (Socket.IO's state recovery does not survive a restart, so every
 * connect gets it). The snapshot waits its turn in `connectWork`, so a whole room
 * reconnecting at once does not hold the event loop; it is built when sent, so it is current,
 * and a clock broadcast meanwhile is harmless (clients keep the newer clock version).
 */
export function onConnection(socket: IoSocket, deps: ConnectionDeps): void {
  const { service, log } = deps;
  const who = socket.data;
  const linkBase = deps.publicUrl(originOfSocket(socket));
  const snapshot = () => snapshotFor(service.get(who.eventId), who, secretOf(socket), service.now(), linkBase);

  const keyId = keyIdOf(socket);
  deps.cap.admit(socket, keyId);
  limitSocket(socket, keyId, deps.limits);
  void socket.join([rooms.event(who.eventId), audience(who)]);
  deps.connectWork.push(() => {
    if (socket.disconnected) return;
    try {
      socket.emit('snapshot:updated', snapshot());
    } catch (err) {
      // The event or person vanished between handshake and here.
      log.warn(`no snapshot for a ${who.role} of event ${who.eventId}: ${(err as Error).message}`);
      socket.disconnect(true);
    }
  });

  onEvent(socket, 'time', (p) => ({ clientSentAt: p.clientSentAt, serverNow: service.now() }), log);
  onEvent(socket, 'snapshot:get', () => snapshot(), log);
  const sender = { ...who, secret: secretOf(socket) };
  // The rules say who may send what (shared/event/authorize.ts): a mentor's clock command is refused there.
  onEvent(
    socket,
    'clock:command',
    async (body) => accepted(await service.dispatch(who.eventId, clockRequestCommand(body), sender)),
    log,
  );
  onEvent(
    socket,
    'questions:update',
    async ({ questions }) => {
      const personId = who.personId ?? '';
      return accepted(await service.dispatch(who.eventId, { type: 'questions.update', personId, questions }, sender));
    },
    log,
  );
  onEvent(
    socket,
    'attendance:here',
    async () => {
      const personId = who.personId ?? '';
      const person = accepted(
        await service.dispatch(who.eventId, { type: 'attendance.here-after-all', personId }, sender),
      );
      return { attendance: person.attendance };
    },
    log,
  );
  onEvent(
    socket,
    'feedback:give',
    async (p) => {
      const command = { type: 'feedback.give' as const, personId: who.personId ?? '', ...p };
      return accepted(await service.dispatch(who.eventId, command, sender));
    },
    log,
  );
  onEvent(
    socket,
    'sharing:set',
    async (body) => {
      const command = { type: 'sharing.set' as const, personId: who.personId ?? '', body };
      return accepted(await service.dispatch(who.eventId, command, sender));
    },
    log,
  );
}
