import { checkInAnswerSchema } from '../../shared/protocol/answers';
import type { CheckInResult } from '../ui/check-in-card';
import { api, ApiError } from './api';

/** POST /api/me/check-in with a personal token; the page updates from the snapshot that follows. */
export async function checkInWith(token: string): Promise<CheckInResult> {
  try {
    await api('/api/me/check-in', checkInAnswerSchema, { method: 'POST', body: {}, secret: token });
    return { ok: true };
  } catch (err) {
    return { ok: false, message: err instanceof ApiError ? err.message : 'Could not check in. Try again.' };
  }
}
