import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverBundleStaleReason } from '../../../scripts/server-bundle.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The server's own event-loop delay over a window (TABLEHOP_REPORT_EVENT_LOOP=1, SIGUSR2). */
export interface LoopReport {
  maxMs: number;
  p99Ms: number;
  count: number;
}

/** The compiled server as `npm start` runs it, in a child process of its own. */
export interface LoadServer {
  url: string;
  pid: number;
  dataDir: string;
  proc: ChildProcess;
  output(): string;
  /** Print the server's event-loop delay since the previous call, and start afresh. */
  loopReport(): Promise<LoopReport>;
  /** Bytes of every file in the data directory (database, WAL, shared memory). */
  dataBytes(): number;
  stop(): Promise<void>;
}

/** Compile the server when its sources changed, as `npm start` does (scripts/start.mjs). */
export function buildServer(): void {
  const stale = serverBundleStaleReason(ROOT);
  if (stale === null) return;
  const r = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/build-server.mjs failed (${stale}):\n${r.stdout}${r.stderr}`);
}

/**
 * Start `node --max-semi-space-size=4 dist/server/main.mjs` (what `npm start` runs, without
 * the build step, so the PID is the server's) on 127.0.0.1 with PORT=0 and a fresh data
 * directory. Production defaults for every limit; TABLEHOP_REPORT_EVENT_LOOP=1 only adds the
 * event-loop report on SIGUSR2.
 */
export async function startLoadServer(timeoutMs = 30_000): Promise<LoadServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-hostile-'));
  const proc = spawn(process.execPath, ['--max-semi-space-size=4', 'dist/server/main.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      TABLEHOP_HOST: '127.0.0.1',
      TABLEHOP_DATA_DIR: dataDir,
      TABLEHOP_LOG_LEVEL: 'warn',
      TABLEHOP_REPORT_EVENT_LOOP: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (c: Buffer) => {
    out += c.toString();
    for (const w of [...waiters]) w();
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));

  /** The first match of `re` in the output after `from`. */
  const next = (re: RegExp, from: number, ms: number, what: string) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const m = re.exec(out.slice(from));
        if (!m) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(m);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${what} within ${ms} ms:\n${out.slice(-2000)}`));
      }, ms);
      waiters.add(check);
      check();
    });

  const gone = exited.then(() => Promise.reject(new Error(`the server exited before listening:\n${out}`)));
  const m = await Promise.race([next(/Tablehop listening on (http:\/\/\S+)/, 0, timeoutMs, 'listening line'), gone]);
  const url = m[1]!.replace('localhost', '127.0.0.1');
  return {
    url,
    pid: proc.pid!,
    dataDir,
    proc,
    output: () => out,
    async loopReport() {
      const from = out.length;
      const line = next(/Tablehop event loop delay (\{[^\n]*\})\n/, from, 10_000, 'event-loop report');
      proc.kill('SIGUSR2');
      return JSON.parse((await line)[1]!) as LoopReport;
    },
    dataBytes() {
      return readdirSync(dataDir).reduce((n, f) => n + statSync(join(dataDir, f)).size, 0);
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const force = setTimeout(() => proc.kill('SIGKILL'), 5000);
        proc.kill('SIGTERM');
        await exited;
        clearTimeout(force);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
