import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Secrets of an event. The organizer key is random (192 bits); the projector key and every
 * person token are derived from it with HMAC-SHA256, so the server can show the organizer
 * the personal links again (recomputed from the key their request carries) while the
 * database holds only SHA-256 hashes of every secret.
 */

/** A fresh random secret, base64url (≥ 128 bits of entropy). */
export function newSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** A short random identifier (event and person ids; not secret). */
export function newId(bytes = 9): string {
  return randomBytes(bytes).toString('base64url');
}

/** The stored form of a secret: its SHA-256 digest. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

const derive = (organizerKey: string, label: string) =>
  createHmac('sha256', organizerKey).update(label, 'utf8').digest('base64url');

/** The projector key of the event whose organizer key is given. */
export function projectorKeyOf(organizerKey: string): string {
  return derive(organizerKey, 'projector');
}

/** The personal token of a person of the event whose organizer key is given. */
export function personTokenOf(organizerKey: string, personId: string): string {
  return derive(organizerKey, `person:${personId}`);
}

/**
 * Sign-up code number `version` of the event whose organizer key is given (issue 16): the
 * organizer sees the sign-up link again, and a revoke (the next version) replaces it.
 */
export function signupCodeOf(organizerKey: string, version: number): string {
  return derive(organizerKey, `signup:${version}`);
}

/**
 * The token of a person who signed up through `signupCode` with automatic approval: derived
 * from the code the request carried (the organizer key is not there), and by the organizer
 * from their key and the code's version.
 */
export function signupPersonTokenOf(signupCode: string, personId: string): string {
  return derive(signupCode, `person:${personId}`);
}
