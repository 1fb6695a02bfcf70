import { resolve } from 'node:path';
import { isLogLevel, type LogLevel } from './log';
import { mailConfigFromEnv, type MailConfig } from './mail/mail-config';

/** The server's settings, all from the environment. */
export interface Config {
  port: number;
  /** HOST / TABLEHOP_HOST: the interface to listen on; null = all interfaces. */
  host: string | null;
  dataDir: string;
  /** TABLEHOP_DATABASE_URL: a postgres:// URL keeps the events in PostgreSQL; null = SQLite in dataDir. */
  databaseUrl: string | null;
  /**
   * TABLEHOP_REDIS_URL (redis:// or rediss://) and TABLEHOP_CLOCK_LEASE_MS: several processes on
   * one PostgreSQL database (issue 21); null: one process, which owns every clock.
   */
  cluster: { redisUrl: string; leaseMs: number } | null;
  /** TABLEHOP_CLIENT_DIR: the built client to serve (default dist/client). */
  clientDir: string;
  /** Base of every link handed out; null = http://localhost:<port> once listening. */
  publicUrl: string | null;
  /** Extra origins allowed to open sockets (besides the server's own). */
  allowedOrigins: string[];
  /** Express `trust proxy` (behind a reverse proxy the client IP comes from X-Forwarded-For). */
  trustProxy: boolean | number | string;
  logLevel: LogLevel;
  /** TABLEHOP_CREATE_KEY: when set, creating or importing an event needs it as the bearer key. */
  createKey: string | null;
  /** TABLEHOP_MIN_FREE_DISK_MB in bytes: below it no event is created or imported (0: no check). */
  minFreeDiskBytes: number;
  /** TABLEHOP_REPORT_EVENT_LOOP=1: measure event-loop delay, print it on SIGUSR2 (benches). */
  reportEventLoop: boolean;
  /** TABLEHOP_SMTP_URL, TABLEHOP_MAIL_FROM, TABLEHOP_MAIL_PER_MINUTE; null: e-mail is not set up. */
  mail: MailConfig | null;
}

function trimUrl(u: string): string {
  const url = new URL(u); // throws on nonsense, which is what we want at startup
  return url.href.replace(/\/+$/, '');
}

/** The default free-disk floor (docs/security.md). */
export const DEFAULT_MIN_FREE_DISK_MB = 256;

/** A create key must be hard to guess (it is rate limited like any wrong key, but still). */
const CREATE_KEY_SHAPE = /^[\x21-\x7e]{16,256}$/;

function createKeyOf(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!CREATE_KEY_SHAPE.test(raw))
    throw new Error('TABLEHOP_CREATE_KEY must be 16 to 256 printable characters without spaces');
  return raw;
}

function freeDiskOf(raw: string | undefined): number {
  const mb = raw === undefined || raw === '' ? DEFAULT_MIN_FREE_DISK_MB : Number(raw);
  if (!Number.isFinite(mb) || mb < 0)
    throw new Error(`TABLEHOP_MIN_FREE_DISK_MB must be a number of MiB (0 = no check), not ${JSON.stringify(raw)}`);
  return Math.round(mb * 1024 * 1024);
}

function hostOf(env: NodeJS.ProcessEnv): string | null {
  const host = (env.TABLEHOP_HOST || env.HOST || '').trim();
  if (host === '') return null;
  if (!/^[A-Za-z0-9.:_-]+$/.test(host))
    throw new Error(`TABLEHOP_HOST (or HOST) must be an address or host name, not ${JSON.stringify(host)}`);
  return host;
}

/** A PostgreSQL connection URL, or null for the default SQLite file. */
function databaseUrlOf(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error('TABLEHOP_DATABASE_URL must be a URL such as postgres://user:password@host:5432/tablehop');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new Error(`TABLEHOP_DATABASE_URL must be a postgres:// URL, not ${url.protocol}//…`);
  return raw.trim();
}

/** The lease a clock owner holds before another process may take over, in ms (default 5 s). */
export const DEFAULT_CLOCK_LEASE_MS = 5000;

/** TABLEHOP_REDIS_URL and TABLEHOP_CLOCK_LEASE_MS, checked; null without a Redis URL. */
function clusterOf(env: NodeJS.ProcessEnv, databaseUrl: string | null): Config['cluster'] {
  const raw = (env.TABLEHOP_REDIS_URL ?? '').trim();
  const leaseRaw = (env.TABLEHOP_CLOCK_LEASE_MS ?? '').trim();
  const leaseMs = leaseRaw === '' ? DEFAULT_CLOCK_LEASE_MS : Number(leaseRaw);
  if (!Number.isInteger(leaseMs) || leaseMs < 500 || leaseMs > 60_000)
    throw new Error(
      `TABLEHOP_CLOCK_LEASE_MS must be a whole number of ms from 500 to 60000, not ${JSON.stringify(leaseRaw)}`,
    );
  if (raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('TABLEHOP_REDIS_URL must be a URL such as redis://127.0.0.1:6379');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new Error(`TABLEHOP_REDIS_URL must be a redis:// or rediss:// URL, not ${url.protocol}//…`);
  // Each process keeps its SQLite file to itself: processes that share events share PostgreSQL.
  if (databaseUrl === null)
    throw new Error('TABLEHOP_REDIS_URL needs TABLEHOP_DATABASE_URL: several processes share events in PostgreSQL');
  return { redisUrl: raw, leaseMs };
}

/** Read the configuration; throws a readable Error on a bad value. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${JSON.stringify(env.PORT)}`);
  const level = env.TABLEHOP_LOG_LEVEL ?? 'info';
  if (!isLogLevel(level)) throw new Error(`TABLEHOP_LOG_LEVEL must be debug, info, warn, error or silent`);
  const proxy = env.TABLEHOP_TRUST_PROXY;
  const databaseUrl = databaseUrlOf(env.TABLEHOP_DATABASE_URL);
  return {
    port,
    host: hostOf(env),
    dataDir: resolve(env.TABLEHOP_DATA_DIR || './data'),
    databaseUrl,
    cluster: clusterOf(env, databaseUrl),
    clientDir: resolve(env.TABLEHOP_CLIENT_DIR || './dist/client'),
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
    createKey: createKeyOf(env.TABLEHOP_CREATE_KEY),
    minFreeDiskBytes: freeDiskOf(env.TABLEHOP_MIN_FREE_DISK_MB),
    reportEventLoop: env.TABLEHOP_REPORT_EVENT_LOOP === '1',
    mail: mailConfigFromEnv(env),
  };
}
