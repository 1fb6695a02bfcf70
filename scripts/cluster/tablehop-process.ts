import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * How the server is run: `tsx` (the sources through tsx's loader: tests, nothing to build) or
 * `start` (exactly `npm start`: scripts/start.mjs builds what is stale, then imports the compiled
 * server in the same process, so the PID is still the server's).
 */
export type ServerEntry = 'tsx' | 'start';

/** package.json's start command, as node arguments. */
const START_ARGV = ['--max-semi-space-size=4', 'scripts/start.mjs'];

export interface ServerProcess {
  /** The URL the start line names (TABLEHOP_PUBLIC_URL when set). */
  url: string;
  /** Where this process itself listens. */
  local: string;
  port: number;
  proc: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Send a signal and wait for the exit code (null when killed by the signal). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * Run the real server and wait for its "listening on <url>" line. `node --import tsx`, not
 * the tsx CLI: the CLI runs the script in a child process, so a SIGKILL would hit the CLI and
 * leave the server running; here the PID is the server's.
 */
export function spawnServer(
  env: Record<string, string>,
  timeoutMs = 60_000,
  how: ServerEntry = 'tsx',
): Promise<ServerProcess> {
  const argv = how === 'start' ? START_ARGV : ['--import', 'tsx', 'server/main.ts'];
  const proc = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', TABLEHOP_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start within ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      // "listening on <public url> (local <url>)" when TABLEHOP_PUBLIC_URL is set.
      const m = /Tablehop listening on (http:\/\/[^\s)]+)(?: \(local (http:\/\/[^\s)]+)\))?/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const url = m[1]!;
      const local = m[2] ?? url;
      resolve({
        url,
        local,
        port: Number(new URL(local).port),
        proc,
        output: () => out,
        stop(signal) {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          return exited;
        },
      });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (c: Buffer) => {
      out += c.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}
