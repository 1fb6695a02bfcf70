import { checkInAnswerSchema } from '../../shared/protocol/answers';
import type { CheckInResult } from '../ui/check-in-card';
import { phone } from '../i18n/catalogues/phone';
import { api, ApiError } from './api';
import { phoneErrorText } from './phone-error-text';

/**
 * POST /api/me/check-in with a personal token; the page updates from the snapshot that follows.
 * No connection or a garbled answer is said in the page's language; a refusal as the server wrote it.
 */
export async function checkInWith(token: string): Promise<CheckInResult> {
  try {
    await api('/api/me/check-in', checkInAnswerSchema, { method: 'POST', body: {}, secret: token });
    return { ok: true };
  } catch (err) {
    return { ok: false, message: err instanceof ApiError ? phoneErrorText(err) : phone.t('checkInFailed') };
  }
}
