import { createHash } from 'node:crypto';

/** SHA-256 of UTF-8 text, hex (backup seals). */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 of UTF-8 text, base64url (preview fingerprints). */
export const sha256Base64url = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64url');
