import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/** Debian's redis-server, or null. */
export const redisServerBin = (): string | null =>
  ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p)) ?? null;

export interface PrivateRedis {
  url: string;
  port: number;
  /** Stop it (SIGTERM) and delete its directory. */
  stop(): Promise<void>;
}

/**
 * A private redis-server on a loopback port, nothing saved to disk (the cluster keeps nothing in
 * Redis it cannot lose: leases expire, tokens are checked against the database's fence).
 */
export async function startPrivateRedis(bin: string): Promise<PrivateRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'tablehop-redis-'));
  const port = await freePort();
  const proc = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const exited = new Promise<void>((done) => proc.on('exit', () => done()));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`redis-server did not start:\n${out}`)), 10_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        ready();
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    void exited.then(() => fail(new Error(`redis-server exited:\n${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      proc.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
