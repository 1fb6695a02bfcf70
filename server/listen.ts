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

/** What `os.networkInterfaces()` returns (injected by tests). */
export type Interfaces = NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]>;

/**
 * The URLs phones on the same network can open: the machine's non-loopback IPv4 addresses
 * when the server listens on every interface, the one address it listens on when that is not
 * loopback, none when it listens on loopback only (issue 16: a QR code for localhost opens
 * nothing on a phone). IPv4 first because people type them; link-local (169.254.x) last.
 */
export function lanUrls(addr: AddressInfo, host: string | null, interfaces: Interfaces): string[] {
  if (LOOPBACKS.has(addr.address) || (host !== null && LOOPBACKS.has(host))) return [];
  if (!WILDCARDS.has(addr.address)) return [localUrl(addr, host)];
  const found: string[] = [];
  for (const list of Object.values(interfaces))
    for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) found.push(i.address);
  const linkLocal = (a: string) => a.startsWith('169.254.');
  return [...found.filter((a) => !linkLocal(a)), ...found.filter(linkLocal)].map((a) => `http://${a}:${addr.port}`);
}
