import { phone } from '../i18n/catalogues/phone';
import { ApiError } from './api';
import type { TransportReason } from './live-connection';
import { phoneRefusalText, type Refusal } from './phone-refusal-text';

/**
 * A failed request as the phone says it, in the page's language: the two failures this page
 * names itself (no connection, an answer it cannot read) from the phone catalogue; a refusal by
 * its reason from the phone's refusal words (phone-refusal-text.ts: the server's English until
 * they are here). Reactive inside a render.
 */
export function phoneErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.code === 'network') return phone.t('noConnection');
  if (err.code === 'bad_answer') return phone.t('notUnderstood');
  return phoneRefusalText(err);
}

/**
 * Why a socket request failed, as the phone says it: the two failures before any server answered
 * (live-connection.ts names them by `reason`) from the phone catalogue, a refusal by its reason
 * (as above). Reactive inside a render.
 */
export function phoneAckErrorText(error: Refusal): string {
  if (error.reason === ('noConnection' satisfies TransportReason)) return phone.t('lostConnection');
  if (error.reason === ('noAnswer' satisfies TransportReason)) return phone.t('noAnswer');
  return phoneRefusalText(error);
}
