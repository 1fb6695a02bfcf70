import { z } from 'zod';

/** A trimmed, non-empty line of text such as a name or table label. */
export const nameText = (max = 120) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A whole number of seconds, at least 1 (the screens show minutes). */
export const durationSeconds = z
  .number({ error: 'must be a number of seconds' })
  .int('must be a whole number of seconds')
  .min(1, 'must be at least 1 second')
  .max(24 * 3600, 'must be at most 24 hours');

/** Opaque identifier of a person or event. */
export const idSchema = z.string().min(1).max(64);
