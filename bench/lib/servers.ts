/**
 * The servers the benches measure, each in its own process: the real Tablehop server as
 * package.json's start command runs it, and the bare Socket.IO floor (bench/fanout/bare-server.mjs).
 */
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnNode, waitForLine } from './proc';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Served {
  proc: ChildProcess;
  port: number;
  url: string;
  /** Everything printed so far. */
  output: () => string;
}

export interface ServerOptions {
  /** Open files the server needs (one per phone and some): raised with ulimit -n when above the limit. */
  openFiles: number;
  nice?: number;
  /** Everything the server prints, appended to this file (diagnostics). */
  logFile?: string;
  /** NODE_OPTIONS for the server only. */
  nodeOptions?: string;
}

/** Keep reading a child's stdout (a full pipe would block it) and remember it. */
function drain(proc: ChildProcess, logFile = ''): () => string {
  let out = '';
  proc.stdout?.on('data', (c: Buffer) => {
    out = (out + c.toString()).slice(-64_000);
    if (logFile) appendFileSync(logFile, c);
  });
  proc.stderr?.on('data', (c: Buffer) => {
    out = (out + c.toString()).slice(-64_000);
    process.stderr.write(c);
  });
  return () => out;
}

/** The node arguments of package.json's start command (`node --max-semi-space-size=4 scripts/start.mjs`). */
export function npmStartArgs(): string[] {
  const [node, ...rest] = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
  ).scripts.start.split(/\s+/);
  if (node !== 'node') throw new Error(`package.json's start command no longer starts with node: ${node}`);
  return rest;
}

/** The Tablehop server: `node <args>` (e.g. npmStartArgs()) in production mode, logging warnings only. */
export async function startTablehop(args: string[], env: Record<string, string>, opts: ServerOptions): Promise<Served> {
  const proc = spawnNode(args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TABLEHOP_LOG_LEVEL: 'warn',
      ...(opts.nodeOptions ? { NODE_OPTIONS: opts.nodeOptions } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    openFiles: opts.openFiles,
    nice: opts.nice,
  });
  const listening = waitForLine(proc, /Tablehop listening on (http:\/\/\S+)/, 120_000, 'the Tablehop server');
  const output = drain(proc, opts.logFile);
  const url = (await listening)[1]!;
  return { proc, url, port: Number(new URL(url).port), output };
}

/** The bare Socket.IO server (plain node). */
export async function startBare(env: Record<string, string>, opts: ServerOptions): Promise<Served> {
  const proc = spawnNode(['bench/fanout/bare-server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    openFiles: opts.openFiles,
    nice: opts.nice,
  });
  const listening = waitForLine(proc, /bare Socket\.IO listening on port (\d+)/, 60_000, 'the bare server');
  const output = drain(proc);
  const port = Number((await listening)[1]);
  return { proc, port, url: `http://127.0.0.1:${port}`, output };
}

/** Wait until the child's output so far matches `re` (its stdout is drained, so poll what it kept). */
export async function outputMatch(
  served: { output: () => string },
  re: RegExp,
  timeoutMs: number,
  what: string,
): Promise<RegExpExecArray> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const m = re.exec(served.output());
    if (m) return m;
    if (Date.now() > until)
      throw new Error(`${what}: no ${re} within ${timeoutMs} ms:\n${served.output().slice(-2000)}`);
    await sleep(50);
  }
}
