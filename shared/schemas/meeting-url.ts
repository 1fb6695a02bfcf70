import { lineText } from './common';

/** Whether a text is an absolute https:// URL with a host (no spaces, no other scheme). */
export function isHttpsUrl(v: string): boolean {
  if (!/^https:\/\/[^\s/?#]+/i.test(v) || /\s/.test(v)) return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A remote table's video-call link (issue 17): https only, so that no `javascript:` or plain
 * `http:` link is ever put behind a phone's Join the call button; at most 500 characters.
 */
const NOT_HTTPS = { message: 'must be an https:// link', params: { code: 'notHttps' } };

export const meetingUrlSchema = lineText(500).refine(isHttpsUrl, NOT_HTTPS);

/** The same, where an empty text removes the link (a PATCH). */
export const meetingUrlPatchSchema = lineText(500).refine((v) => v === '' || isHttpsUrl(v), NOT_HTTPS);
