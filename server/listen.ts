import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listen on `port` of `host` (null: every interface); resolves once listening. */
export function listen(http: HttpServer, port: number, host: string | null): Promise<AddressInfo> {
  return new Promise((ready, fail) => {
    http.once('error', fail);
    const done = () => {
      http.off('error', fail);
      ready(http.address() as AddressInfo);
    };
    if (host === null) http.listen(port, done);
    else http.listen(port, host, done);
  });
}

const WILDCARDS = new Set(['0.0.0.0', '::', '']);
const LOOPBACKS = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The URL to reach the server from this machine: localhost when it listens on every
 * interface or on loopback, else the one address it listens on (localhost would not reach it).
 */
export function localUrl(addr: AddressInfo, host: string | null): string {
  if (host === null || WILDCARDS.has(addr.address) || LOOPBACKS.has(host) || LOOPBACKS.has(addr.address))
    return `http://localhost:${addr.port}`;
  return `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
}
