import { createSignal, type Accessor } from 'solid-js';
import { checkInAnswerSchema } from '../../shared/protocol/answers';
import type { CheckInResult } from '../ui/check-in-card';
import { phone } from '../i18n/catalogues/phone';
import type { LiveConnection } from './live-connection';
import { phoneAckErrorText } from './phone-error-text';
import { refusalWordsReady } from './phone-refusal-text';

/** "I'm here after all" on a person's page: sending it, why it failed, and that the organizer was told. */
export interface HereAfterAll {
  busy: Accessor<boolean>;
  error: Accessor<string | null>;
  /** The server took it: the organizer was told (the page says so until they seat the person). */
  told: Accessor<boolean>;
  send: () => Promise<void>;
}

/**
 * The state of the button for one page, around `tell` (the `attendance:here` socket command).
 * Must run inside a Solid owner. The attendance itself arrives with the snapshot that follows.
 */
export function createHereAfterAll(tell: () => Promise<CheckInResult>): HereAfterAll {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [told, setTold] = createSignal(false);
  const send = async () => {
    if (busy()) return;
    setBusy(true);
    setError(null);
    const r = await tell();
    setBusy(false);
    if (r.ok) setTold(true);
    else setError(r.message);
  };
  return { busy, error, told, send };
}

/**
 * Send `attendance:here` over the page's socket; the answer is network input, parsed with the
 * schema the server answers with. A failure says what to do instead, in the page's language (a
 * refusal once its words are here: the sentence is written once).
 */
export async function tellHere(conn: Pick<LiveConnection, 'request' | 'socket'>): Promise<CheckInResult> {
  const r = await conn.request<unknown>((ack) => conn.socket.emit('attendance:here', {}, ack));
  if (!r.ok) {
    await refusalWordsReady(r.error);
    return { ok: false, message: phone.t('tellFailed', { why: phoneAckErrorText(r.error) }) };
  }
  return checkInAnswerSchema.safeParse(r.data).success
    ? { ok: true }
    : { ok: false, message: phone.t('notUnderstood') };
}
