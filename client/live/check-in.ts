import { checkInAnswerSchema } from '../../shared/protocol/answers';
import type { CheckInResult } from '../ui/check-in-card';
import { phone } from '../i18n/catalogues/phone';
import { api, ApiError } from './api';
import { phoneErrorText } from './phone-error-text';
import { refusalWordsReady } from './phone-refusal-text';

/**
 * POST /api/me/check-in with a personal token; the page updates from the snapshot that follows.
 * No connection, a garbled answer and a refusal are said in the page's language: the answer waits
 * the moment the refusal's words take to arrive (the sentence is written once, not rendered).
 */
export async function checkInWith(token: string): Promise<CheckInResult> {
  try {
    await api('/api/me/check-in', checkInAnswerSchema, { method: 'POST', body: {}, secret: token });
    return { ok: true };
  } catch (err) {
    if (!(err instanceof ApiError)) return { ok: false, message: phone.t('checkInFailed') };
    await refusalWordsReady(err);
    return { ok: false, message: phoneErrorText(err) };
  }
}
