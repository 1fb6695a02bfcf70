import type { SocketData } from '../../shared/protocol/events';
import type { EventService } from '../events/service';
import { forbidden } from '../errors';
import type { Logger } from '../log';
import type { Limiter } from '../rate-limit';
import { limitSocket, onEvent } from './inbound';
import { snapshotFor } from './snapshot';
import { rooms, secretOf, type IoSocket } from './types';

export interface ConnectionDeps {
  service: EventService;
  publicUrl: () => string;
  log: Logger;
  limiter: Limiter;
  maxEvents: number;
}

const audience = (d: SocketData) =>
  d.role === 'organizer' ? rooms.organizers(d.eventId) : d.role === 'projector' ? rooms.projectors(d.eventId) : rooms.people(d.eventId);

/**
 * A connection that passed the handshake: join the event's rooms, send the full snapshot
 * (Socket.IO's state recovery does not survive a restart, so every connect gets it), then
 * answer the client's events.
 */
export function onConnection(socket: IoSocket, deps: ConnectionDeps): void {
  const { service, log } = deps;
  const who = socket.data;
  const snapshot = () => snapshotFor(service.get(who.eventId), who, secretOf(socket), service.now(), deps.publicUrl());

  limitSocket(socket, deps.limiter, deps.maxEvents);
  void socket.join([rooms.event(who.eventId), audience(who)]);
  try {
    socket.emit('snapshot:updated', snapshot());
  } catch (err) {
    // The event or person vanished between handshake and here.
    log.warn(`no snapshot for a ${who.role} of event ${who.eventId}: ${(err as Error).message}`);
    socket.disconnect(true);
    return;
  }

  onEvent(socket, 'time', (p) => ({ clientSentAt: p.clientSentAt, serverNow: service.now() }), log);
  onEvent(socket, 'snapshot:get', () => snapshot(), log);
  onEvent(socket, 'clock:command', (cmd) => {
    if (who.role !== 'organizer') throw forbidden('only the organizer can command the clock');
    return service.clock(who.eventId, cmd);
  }, log);
  onEvent(socket, 'questions:update', ({ questions }) => {
    if (who.role !== 'mentee' || who.personId === null) throw forbidden('only a mentee can edit their questions');
    return service.updateQuestions(who.eventId, who.personId, questions);
  }, log);
}
