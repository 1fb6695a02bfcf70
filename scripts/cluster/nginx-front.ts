import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx, or null. */
export const nginxBin = (): string | null => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? null;

/** docs/deploy.md's nginx block for several processes: the ```nginx fence that names `tablehop_sticky`. */
export function documentedClusterBlock(root: string): string {
  const doc = readFileSync(join(root, 'docs', 'deploy.md'), 'utf8');
  const block = [...doc.matchAll(/```nginx\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .find((b) => b.includes('tablehop_sticky'));
  if (!block) throw new Error('docs/deploy.md has no nginx block for several processes (upstream tablehop_sticky)');
  return block;
}

/**
 * The documented block with its example upstream servers replaced by the given loopback ports
 * and its TLS listen line by a plain loopback port (a try-out or a test has no certificate).
 */
export function localClusterBlock(block: string, port: number, upstreams: number[]): string {
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n');
  return block
    .replace(
      /^(upstream tablehop(?:_sticky)? \{\n(?:\s*(?:least_conn|ip_hash);\n)?)(?:\s*server 127\.0\.0\.1:\d+;\n)+/gm,
      `$1${servers}\n`,
    )
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_certificate.*$/gm, '');
}

export interface Front {
  url: string;
  stop(): Promise<void>;
}

/** Run nginx in the foreground with `block` as its only site, in a temp prefix; ready when /healthz answers. */
export async function startNginx(bin: string, block: string, port: number): Promise<Front> {
  const dir = mkdtempSync(join(tmpdir(), 'tablehop-nginx-'));
  // nginx started as root runs its workers as `nobody`: they must reach the temp dirs below
  // (a request body over 16 KiB, such as a list of people, is buffered there).
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'logs'));
  const temp = (name: string) => `  ${name} ${join(dir, name.replace('_temp_path', ''))};`;
  const conf = [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'logs', 'error.log')} warn;`,
    // Every phone holds one connection to nginx and nginx one to Tablehop.
    'worker_rlimit_nofile 30000;',
    'events { worker_connections 12000; }',
    'http {',
    '  access_log off;',
    ...['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp),
    block,
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const proc = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((done) => proc.on('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (proc.exitCode !== null || i > 100) {
      proc.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx did not start: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      proc.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
