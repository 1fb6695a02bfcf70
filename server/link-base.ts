import type { IncomingMessage } from 'node:http';

/**
 * Where a request came from, as far as links are concerned: the Host it used and whether it
 * came over HTTPS. Links in an answer follow it when no TABLEHOP_PUBLIC_URL is set, so an
 * organizer who opens the console at the laptop's LAN address (http://192.168.1.20:3000) gets
 * personal links and QR codes that phones on the venue Wi-Fi can open (issue 16).
 */
export interface RequestOrigin {
  host?: string;
  secure?: boolean;
}

/** The base of every link (`http://host:port`, no trailing slash). */
export type LinkBase = (from?: RequestOrigin) => string;

// A Host header is whatever the client sent: only a plain host name, IPv4 or bracketed IPv6
// address with an optional port is used, so no header can put a path or a script in a link.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Whether a Host header is one links may be built on. */
export const usableHost = (host: string | undefined): host is string =>
  typeof host === 'string' && host.length <= 260 && HOST.test(host);

/**
 * The link base: the configured public URL when there is one; else the origin the request
 * used; else (no request: a background push) `fallback()`, the local address.
 */
export function createLinkBase(publicUrl: string | null | undefined, fallback: () => string): LinkBase {
  return (from) => {
    if (publicUrl) return publicUrl;
    if (from && usableHost(from.host)) return `${from.secure ? 'https' : 'http'}://${from.host.toLowerCase()}`;
    return fallback();
  };
}

/** The origin of a plain HTTP request (Express's `req.protocol` already honours trust proxy). */
export function originOfRequest(req: { protocol: string; host: string | undefined }): RequestOrigin {
  // Express 5's req.host keeps the port and reads X-Forwarded-Host only behind a trusted proxy.
  return { host: req.host, secure: req.protocol === 'https' };
}

/** The origin of a socket's handshake request; forwarded headers count only behind a trusted proxy. */
export function originOfHandshake(req: IncomingMessage, trustProxy: boolean): RequestOrigin {
  const fwdHost = req.headers['x-forwarded-host'];
  const fwdProto = req.headers['x-forwarded-proto'];
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  const encrypted = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  if (trustProxy) {
    return { host: first(fwdHost) ?? req.headers.host, secure: first(fwdProto) === 'https' || encrypted };
  }
  return { host: req.headers.host, secure: encrypted };
}
