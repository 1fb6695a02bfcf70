import type { z } from 'zod';
import { clientPayloadSchemas, type ClientToServerEvents } from '../../shared/protocol/events';
import { describeIssues, toIssues, type Ack } from '../../shared/schemas/errors';
import { capIssues, reasonFields, RequestError } from '../errors';
import type { Logger } from '../log';
import type { Limiter } from '../rate-limit';
import type { IoSocket } from './types';

type EventName = keyof ClientToServerEvents;
type AckOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1];
type DataOf<E extends EventName> = AckOf<E> extends (r: Ack<infer T>) => void ? T : never;
type PayloadOf<E extends EventName> = z.output<(typeof clientPayloadSchemas)[E]>;

/**
 * The one way inbound events reach a handler: the payload is parsed with its zod schema
 * (types alone do not validate), the result or the error goes back in the ack as
 * `{ ok, data } | { ok: false, error }`, and nothing runs for a bad payload.
 */
export function onEvent<E extends EventName>(
  socket: IoSocket,
  event: E,
  handler: (payload: PayloadOf<E>) => DataOf<E> | Promise<DataOf<E>>,
  log: Logger,
): void {
  const listener = async (...args: unknown[]) => {
    // Every client event carries an ack (last); without one there is no one to answer.
    const ack = args[args.length - 1];
    if (typeof ack !== 'function') return;
    const reply = ack as (r: Ack<DataOf<E>>) => void;
    if (args.length !== 2) {
      return reply({
        ok: false,
        error: { code: 'bad_request', message: `${event} takes one payload object and an ack` },
      });
    }
    const parsed = clientPayloadSchemas[event].safeParse(args[0]);
    if (!parsed.success) {
      const issues = capIssues(toIssues(parsed.error, clientPayloadSchemas[event]));
      return reply({
        ok: false,
        error: {
          code: 'bad_request',
          message: `invalid ${event} payload: ${describeIssues(issues)}`.slice(0, 500),
          issues,
        },
      });
    }
    try {
      reply({ ok: true, data: await handler(parsed.data as PayloadOf<E>) });
    } catch (err) {
      if (err instanceof RequestError)
        return reply({
          ok: false,
          error: {
            code: err.code,
            message: err.message,
            ...(err.issues ? { issues: capIssues(err.issues) } : {}),
            ...reasonFields(err.refusal),
          },
        });
      log.error(`socket ${event} failed`, err);
      reply({
        ok: false,
        error: {
          code: 'internal',
          message: 'something went wrong on the server; the error was logged',
          reason: 'serverFault',
        },
      });
    }
  };
  socket.on(event, listener as never);
}

/** The events that only read; every other event (a command) also counts against the key's writes. */
const READS: ReadonlySet<string> = new Set<EventName>(['time', 'snapshot:get']);

export interface SocketLimits {
  /** Every inbound message, per key over all its sockets. */
  messages: Limiter;
  /** Commands, per key, shared with the key's HTTP writes. */
  writes: Limiter;
  /** The message budget: a socket refused more than twice that many times in a row is disconnected. */
  maxMessages: number;
}

/**
 * Budgets for inbound events, kept per key (the hash of the socket's secret) so that opening
 * more sockets with one link buys nothing: every message counts against the key's message
 * budget, and a command (`clock:command`, `questions:update`, anything but a read) also
 * against the key's writes, which its HTTP calls share. Over budget, an event is dropped (its
 * ack says `rate_limited`); a socket that keeps flooding is disconnected.
 */
export function limitSocket(socket: IoSocket, keyId: string, limits: SocketLimits): void {
  let over = 0;
  socket.use((packet, next) => {
    const read = READS.has(String(packet[0]));
    const messageOk = limits.messages.hit(keyId).ok;
    if (messageOk && (read || limits.writes.hit(keyId).ok)) {
      over = 0;
      return next();
    }
    const ack = packet[packet.length - 1];
    const error = messageOk
      ? {
          message: 'too many changes with this link (its pages and calls together); slow down',
          reason: 'tooManyLinkChanges',
        }
      : { message: 'too many messages with this link; slow down', reason: 'tooManyLinkMessages' };
    if (typeof ack === 'function') ack({ ok: false, error: { code: 'rate_limited', ...error } });
    if (++over > 2 * limits.maxMessages) socket.disconnect(true);
  });
}
