import type { z } from 'zod';
import { clientPayloadSchemas, type ClientToServerEvents } from '../../shared/protocol/events';
import { describeIssues, toIssues, type Ack } from '../../shared/schemas/errors';
import { capIssues, RequestError } from '../errors';
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
          error: { code: err.code, message: err.message, ...(err.issues ? { issues: capIssues(err.issues) } : {}) },
        });
      log.error(`socket ${event} failed`, err);
      reply({
        ok: false,
        error: { code: 'internal', message: 'something went wrong on the server; the error was logged' },
      });
    }
  };
  socket.on(event, listener as never);
}

/**
 * Per-socket budget for inbound events. Over budget, an event is dropped (its ack told
 * why); a socket that keeps flooding at three times the budget is disconnected.
 */
export function limitSocket(socket: IoSocket, limiter: Limiter, max: number): void {
  let over = 0;
  socket.use((packet, next) => {
    if (limiter.hit(socket.id).ok) {
      over = 0;
      return next();
    }
    const ack = packet[packet.length - 1];
    if (typeof ack === 'function')
      ack({ ok: false, error: { code: 'rate_limited', message: 'too many messages; slow down' } });
    if (++over > 2 * max) socket.disconnect(true);
  });
}
