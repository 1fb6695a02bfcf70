import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for the `integration-pg` project's stores; '' when none could be had. */
    postgresUrl: string;
    /** Why there is none. */
    postgresMissing: string;
  }
}

/** TABLEHOP_TEST_POSTGRES=off: a developer's run without PostgreSQL (its tests skip, loudly). */
const optedOut = () => process.env.TABLEHOP_TEST_POSTGRES === 'off';

/** Debian's PostgreSQL binaries (newest version first), or null. */
export function postgresBin(): string | null {
  if (optedOut()) return null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  for (const v of readdirSync(root).sort((a, b) => Number(b) - Number(a))) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/** Whether the PostgreSQL project can have a server: a given URL, or binaries to start one. */
export const postgresAvailable = () =>
  !optedOut() && (Boolean(process.env.TABLEHOP_TEST_DATABASE_URL) || postgresBin() !== null);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/**
 * The `integration-pg` project's global set-up: TABLEHOP_TEST_DATABASE_URL when it is set (a server
 * CI or a developer started), else a private cluster of Debian's binaries in a temp dir on a
 * loopback port (as the `postgres` user when run as root: PostgreSQL refuses to run as root),
 * stopped and deleted after the run. With neither, the tests skip and say so.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = optedOut() ? undefined : process.env.TABLEHOP_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresMissing', '');
    return () => {};
  }
  const bin = postgresBin();
  if (!bin) {
    const why = optedOut()
      ? 'TABLEHOP_TEST_POSTGRES=off'
      : 'no PostgreSQL: neither TABLEHOP_TEST_DATABASE_URL nor /usr/lib/postgresql/*/bin (apt-get install postgresql)';
    console.warn(`\n⚠ the PostgreSQL store tests are SKIPPED: ${why}\n`);
    project.provide('postgresUrl', '');
    project.provide('postgresMissing', why);
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'tablehop-pg-'));
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  if (root) {
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
    chmodSync(dir, 0o700);
  }
  const as = (cmd: string, args: string[]) => {
    const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    const r = spawnSync(file, argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  // Test settings: no fsync (the tests kill the server's process, never the database's), and
  // connections enough for every test file's pools at once.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`;
  as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', 'start']);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  project.provide('postgresMissing', '');
  return () => {
    try {
      as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
