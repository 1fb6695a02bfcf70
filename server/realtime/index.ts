import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Resolver } from '../auth';
import type { EventService } from '../events/service';
import type { Logger } from '../log';
import { createLimiter, type Limiter } from '../rate-limit';
import { onConnection } from './connection';
import { installHandshake, originGuard } from './handshake';
import { startPublisher } from './publisher';
import { createSlicedQueue } from './sliced-queue';
import { createSocketCap } from './socket-cap';
import type { LinkBase } from '../link-base';
import type { IoServer } from './types';

export interface RealtimeDeps {
  service: EventService;
  resolve: Resolver;
  publicUrl: LinkBase;
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Inbound messages per key per 10 s, over all the key's sockets. */
  socketEventsPer10s: number;
  /** The per-key write budget, shared with HTTP (commands count against it). */
  writes: Limiter;
  /** Sockets open at once per key. */
  socketsPerKey: number;
  log: Logger;
}

/**
 * Inbound socket messages are small: the largest is a mentee's 30 questions of at most 500
 * characters, up to ~60 KB in UTF-8 for non-Latin scripts. Anything bigger closes the socket.
 */
export const SOCKET_MAX_BYTES = 64 * 1024;

/** The Socket.IO side: handshake auth, rooms, snapshots, inbound events, publishing. */
export function createRealtime(http: HttpServer, deps: RealtimeDeps): { io: IoServer; dispose: () => void } {
  const allowed = () => new Set([new URL(deps.publicUrl()).origin, ...deps.allowedOrigins]);
  const io: IoServer = new Server(http, {
    maxHttpBufferSize: SOCKET_MAX_BYTES,
    serveClient: false,
    allowRequest: originGuard(allowed),
  });
  // Key checks and first snapshots, 5 ms of them per event-loop turn (sliced-queue.ts).
  const connectWork = createSlicedQueue({
    budgetMs: 5,
    onError: (err) => deps.log.error('connection work failed', err),
  });
  installHandshake(io, deps.resolve, deps.trustProxy, (task) => connectWork.push(task));
  const messages = createLimiter({ max: deps.socketEventsPer10s, windowMs: 10_000, now: deps.service.now });
  const limits = { messages, writes: deps.writes, maxMessages: deps.socketEventsPer10s };
  const cap = createSocketCap(deps.socketsPerKey);
  io.on('connection', (socket) =>
    onConnection(socket, { service: deps.service, publicUrl: deps.publicUrl, log: deps.log, limits, cap, connectWork }),
  );
  const stopPublishing = startPublisher(io, deps.service, deps.publicUrl, deps.log);
  return { io, dispose: stopPublishing };
}
