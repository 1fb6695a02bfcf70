/**
 * The socket calls of "after the talk" (issue 15) for the phone: `feedback:give`,
 * `sharing:set` and the `meetings:updated` push. The only file that knows their event names
 * and ack shapes; the outbox and the screens see `Delivery` results.
 */
import { z } from 'zod';
import { feedbackGivenSchema, type FeedbackGiven } from '../../shared/protocol/after-talk';
import type { ErrorCode } from '../../shared/schemas/errors';
import { sharingSchema, type FeedbackGivePayload, type Sharing, type SharingBody } from '../../shared/schemas/feedback';
import { phone } from '../i18n/catalogues/phone';
import type { MeetingsSubscribe } from './meetings-feed';
import type { Refusal } from './phone-refusal-text';
import type { LiveSocket } from './socket';

/**
 * How a write went. 'unsent': it may not have reached the server (no connection, no answer,
 * a server busy for a moment) and is worth sending again, as feedback writes set values and
 * sending one twice changes nothing. 'refused': the server said no; sending again would not help.
 */
export type Delivery<T> =
  | { status: 'delivered'; value: T }
  | ({ status: 'refused' } & Refusal)
  | { status: 'unsent'; message: string };

/** What the outbox needs to deliver writes; tests pass fakes. */
export interface FeedbackSenders {
  giveFeedback(payload: FeedbackGivePayload): Promise<Delivery<FeedbackGiven>>;
  setSharing(body: SharingBody): Promise<Delivery<{ sharing: Sharing }>>;
}

const sharingAnswerSchema = z.object({ sharing: sharingSchema });

/** Refusals that say "not now" rather than "no": the write stays and is sent again later. */
const TRY_AGAIN: ReadonlySet<ErrorCode> = new Set(['unavailable', 'rate_limited', 'insufficient_storage']);

type AckResult = { ok: true; data: unknown } | { ok: false; error: { code: ErrorCode } & Refusal };

/**
 * One emit with an ack and a timeout. Not `LiveConnection.request`: that one answers a
 * missing connection with the same code as a server fault, and the outbox must tell them apart.
 */
function deliver<S extends z.ZodType>(
  socket: Pick<LiveSocket, 'connected'>,
  emit: (ack: (r: AckResult) => void) => void,
  schema: S,
  timeoutMs: number,
): Promise<Delivery<z.output<S>>> {
  // socket.io would buffer an emit made offline and send it later, beside the outbox's own resend.
  if (!socket.connected) return Promise.resolve({ status: 'unsent', message: 'No connection to the server.' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'unsent', message: 'No answer from the server.' }), timeoutMs);
    emit((r) => {
      clearTimeout(timer);
      if (!r.ok) {
        const { code, message, reason, params } = r.error;
        if (TRY_AGAIN.has(code)) return resolve({ status: 'unsent', message });
        // The reason and params go with the English, for the phone to say it in its reader's language.
        return resolve({ status: 'refused', message, reason, params });
      }
      const parsed = schema.safeParse(r.data);
      resolve(
        parsed.success
          ? { status: 'delivered', value: parsed.data }
          : { status: 'refused', message: phone.t('notUnderstood') },
      );
    });
  });
}

/** The senders over the page's socket; each answer is parsed with the schema the server answers with. */
export function feedbackSocketApi(socket: LiveSocket, timeoutMs = 8000): FeedbackSenders {
  return {
    giveFeedback: (payload) =>
      deliver(socket, (ack) => socket.emit('feedback:give', payload, ack), feedbackGivenSchema, timeoutMs),
    setSharing: (body) =>
      deliver(socket, (ack) => socket.emit('sharing:set', body, ack), sharingAnswerSchema, timeoutMs),
  };
}

/** Listen for the `meetings:updated` push (parsed by the feed, as any network input). */
export function subscribeMeetings(socket: LiveSocket): MeetingsSubscribe {
  return (accept) => {
    const listener = (raw: unknown) => accept(raw);
    socket.on('meetings:updated', listener);
    return () => socket.off('meetings:updated', listener);
  };
}
