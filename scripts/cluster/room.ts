import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort } from './free-port';
import { documentedClusterBlock, localClusterBlock, nginxBin, startNginx, type Front } from './nginx-front';
import { postgresBin, startPrivatePostgres } from './postgres-server';
import { redisServerBin, startPrivateRedis, type PrivateRedis } from './redis-server';
import { type ServerEntry, spawnServer, type ServerProcess } from './tablehop-process';

const ROOT = join(import.meta.dirname, '..', '..');

export interface ClusterRoomOptions {
  processes: number;
  /** nginx's port (0: any free one). */
  port?: number;
  /** A PostgreSQL server to make a fresh database on; none: a private one is started. */
  postgresUrl?: string;
  /** Extra environment for every process (e.g. TABLEHOP_CLOCK_LEASE_MS, TABLEHOP_LOG_LEVEL). */
  env?: Record<string, string>;
  /** No nginx (benches that talk to the processes directly). */
  noFront?: boolean;
  /** How each process runs (tablehop-process.ts): `tsx` for tests (default), `start` as `npm start` does. */
  server?: ServerEntry;
}

export interface ClusterRoom {
  redis: PrivateRedis;
  databaseUrl: string;
  servers: ServerProcess[];
  front: Front | null;
  /** Start one more process on the same database and Redis (it is added to `servers`, not to nginx). */
  spawn(extraEnv?: Record<string, string>): Promise<ServerProcess>;
  stop(): Promise<void>;
}

/** What the cluster needs from Debian that is missing here ('' when all is there). */
export function clusterMissing(opts: { postgres: boolean }): string {
  const missing = [
    redisServerBin() ? null : 'redis-server',
    nginxBin() ? null : 'nginx',
    opts.postgres && !postgresBin() ? 'postgresql' : null,
  ].filter(Boolean);
  return missing.length ? `no ${missing.join(', ')} (apt-get install ${missing.join(' ')})` : '';
}

/**
 * Tablehop on several local processes sharing one fresh PostgreSQL database and a private Redis,
 * behind docs/deploy.md's nginx block (issue 21): for `npm run cluster`, the cluster tests and
 * `npm run bench:cluster`. Everything listens on loopback; `stop` ends all of it.
 */
export async function startClusterRoom(opts: ClusterRoomOptions): Promise<ClusterRoom> {
  const stops: (() => unknown)[] = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await Promise.resolve(s()).catch(() => undefined);
  };
  try {
    const redis = await startPrivateRedis(redisServerBin() ?? '/usr/bin/redis-server');
    stops.push(() => redis.stop());
    let server = opts.postgresUrl;
    if (!server) {
      const db = await startPrivatePostgres(postgresBin() ?? '/usr/lib/postgresql/15/bin');
      stops.push(() => db.stop());
      server = db.url;
    }
    const name = `tablehop_cluster_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const databaseUrl = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
    const port = opts.port || (await freePort());
    const publicUrl = `http://127.0.0.1:${port}`;
    const servers: ServerProcess[] = [];
    const spawn = async (extraEnv: Record<string, string> = {}) => {
      const s = await spawnServer(
        {
          PORT: String(await freePort()),
          HOST: '127.0.0.1',
          TABLEHOP_DATABASE_URL: databaseUrl,
          TABLEHOP_REDIS_URL: redis.url,
          TABLEHOP_TRUST_PROXY: '1',
          TABLEHOP_PUBLIC_URL: publicUrl,
          TABLEHOP_LOG_LEVEL: 'info',
          ...opts.env,
          ...extraEnv,
        },
        // A first `npm start` may build the client and the server before it listens.
        opts.server === 'start' ? 300_000 : 60_000,
        opts.server ?? 'tsx',
      );
      servers.push(s);
      stops.push(() => s.stop('SIGKILL'));
      return s;
    };
    // One after another: the first migrates the database, the others find it done.
    for (let i = 0; i < opts.processes; i++) await spawn();
    let front: Front | null = null;
    if (!opts.noFront) {
      const block = localClusterBlock(
        documentedClusterBlock(ROOT),
        port,
        servers.map((s) => s.port),
      );
      front = await startNginx(nginxBin() ?? '/usr/sbin/nginx', block, port);
      const f = front;
      stops.push(() => f.stop());
    }
    return { redis, databaseUrl, servers, front, spawn, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
