import { resolve } from 'node:path';
import { isLogLevel, type LogLevel } from './log';

/** The server's settings, all from the environment. */
export interface Config {
  port: number;
  dataDir: string;
  /** Base of every link handed out; null = http://localhost:<port> once listening. */
  publicUrl: string | null;
  /** Extra origins allowed to open sockets (besides the server's own). */
  allowedOrigins: string[];
  /** Express `trust proxy` (behind a reverse proxy the client IP comes from X-Forwarded-For). */
  trustProxy: boolean | number | string;
  logLevel: LogLevel;
  /** TABLEHOP_REPORT_EVENT_LOOP=1: measure event-loop delay, print it on SIGUSR2 (benches). */
  reportEventLoop: boolean;
}

function trimUrl(u: string): string {
  const url = new URL(u); // throws on nonsense, which is what we want at startup
  return url.href.replace(/\/+$/, '');
}

/** Read the configuration; throws a readable Error on a bad value. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${JSON.stringify(env.PORT)}`);
  const level = env.TABLEHOP_LOG_LEVEL ?? 'info';
  if (!isLogLevel(level)) throw new Error(`TABLEHOP_LOG_LEVEL must be debug, info, warn, error or silent`);
  const proxy = env.TABLEHOP_TRUST_PROXY;
  return {
    port,
    dataDir: resolve(env.TABLEHOP_DATA_DIR || './data'),
    publicUrl: env.TABLEHOP_PUBLIC_URL ? trimUrl(env.TABLEHOP_PUBLIC_URL) : null,
    allowedOrigins: (env.TABLEHOP_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((o) => new URL(o).origin),
    trustProxy:
      proxy === undefined || proxy === '' || proxy === 'false'
        ? false
        : proxy === 'true'
          ? true
          : /^\d+$/.test(proxy)
            ? Number(proxy)
            : proxy,
    logLevel: level,
    reportEventLoop: env.TABLEHOP_REPORT_EVENT_LOOP === '1',
  };
}
