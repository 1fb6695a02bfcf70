import { Redis } from 'ioredis';
import type { Logger } from '../log';

/**
 * A Redis connection for the cluster (TABLEHOP_REDIS_URL: redis://, rediss:// for TLS). ioredis
 * reconnects by itself; commands sent meanwhile wait in its queue (a few retries, then they
 * fail and the caller's next round tries again). Errors are logged once per outage, not once
 * per retry, so a Redis restart does not flood the log.
 */
export async function connectRedis(url: string, log: Logger, name: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3, connectionName: name });
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.error(`Redis (${name}) connection failed; reconnecting`, err);
  });
  redis.on('ready', () => {
    if (down) log.info(`Redis (${name}) connected again`);
    down = false;
  });
  await redis.connect();
  return redis;
}

/** Where a TABLEHOP_REDIS_URL points, for the start line: host and port, no password. */
export function describeRedisUrl(raw: string): string {
  return new URL(raw).host;
}
