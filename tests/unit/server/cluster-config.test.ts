import { describe, expect, it } from 'vitest';
import { configFromEnv, DEFAULT_CLOCK_LEASE_MS } from '../../../server/config';

const PG = 'postgres://tablehop@db/tablehop';

describe('TABLEHOP_REDIS_URL and TABLEHOP_CLOCK_LEASE_MS', () => {
  it('no Redis URL: one process (no cluster)', () => {
    expect(configFromEnv({}).cluster).toBeNull();
    expect(configFromEnv({ TABLEHOP_REDIS_URL: ' ', TABLEHOP_DATABASE_URL: PG }).cluster).toBeNull();
  });

  it('a redis:// or rediss:// URL with PostgreSQL: a cluster, with the lease given or 5 s', () => {
    expect(configFromEnv({ TABLEHOP_REDIS_URL: 'redis://127.0.0.1:6379', TABLEHOP_DATABASE_URL: PG }).cluster).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      leaseMs: DEFAULT_CLOCK_LEASE_MS,
    });
    expect(
      configFromEnv({
        TABLEHOP_REDIS_URL: 'rediss://:pw@cache.internal:6380',
        TABLEHOP_DATABASE_URL: PG,
        TABLEHOP_CLOCK_LEASE_MS: '2000',
      }).cluster,
    ).toEqual({ redisUrl: 'rediss://:pw@cache.internal:6380', leaseMs: 2000 });
  });

  it('refuses what it cannot use, saying which variable and why', () => {
    expect(() => configFromEnv({ TABLEHOP_REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /TABLEHOP_REDIS_URL needs TABLEHOP_DATABASE_URL/,
    );
    expect(() => configFromEnv({ TABLEHOP_REDIS_URL: 'http://127.0.0.1:6379', TABLEHOP_DATABASE_URL: PG })).toThrow(
      /TABLEHOP_REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL, not http:/,
    );
    expect(() => configFromEnv({ TABLEHOP_REDIS_URL: 'not a url', TABLEHOP_DATABASE_URL: PG })).toThrow(
      /TABLEHOP_REDIS_URL must be a URL/,
    );
    for (const bad of ['100', '60001', '2.5', 'soon'])
      expect(() => configFromEnv({ TABLEHOP_CLOCK_LEASE_MS: bad }), bad).toThrow(
        /TABLEHOP_CLOCK_LEASE_MS must be a whole number of ms from 500 to 60000/,
      );
  });
});
