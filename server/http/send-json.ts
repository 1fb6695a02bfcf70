import type { Response } from 'express';
import { preparedJsonOf } from '../store/schedule-json';

/**
 * `res.json(value)`, except that a schedule whose text the service already prepared (a large
 * event's, see store/schedule-json.ts) is sent as that text instead of being stringified again
 * on the event loop.
 */
export function sendJson(res: Response, value: unknown): void {
  const text = preparedJsonOf(value);
  if (text === undefined) res.json(value);
  else res.type('application/json; charset=utf-8').send(text);
}
