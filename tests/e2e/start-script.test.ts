import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` exactly as package.json spells it, run in a copy of the repository (sources and
 * scripts copied, node_modules and the built client linked) so it compiles its own server
 * without racing other test runs over dist/server.
 */
const ROOT = resolve('.');
const START = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts
  .start;

let copy: string;
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'tablehop-start-'));
  for (const dir of ['server', 'shared', 'scripts']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, 'dist'));
  symlinkSync(join(ROOT, 'dist', 'client'), join(copy, 'dist', 'client'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

interface Started {
  url: string;
  output: () => string;
  pid: number;
  stop: () => Promise<number | null>;
}

/** Run the start command in the copy on a free port; resolves once it says where it listens. */
async function npmStart(): Promise<Started> {
  const [node, ...args] = START.split(/\s+/);
  expect(node).toBe('node');
  const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-start-data-'));
  const child = spawn(process.execPath, args, {
    cwd: copy,
    env: { ...process.env, PORT: '0', TABLEHOP_DATA_DIR: dataDir, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start did not listen:\n${out}`)), 60_000);
    const read = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        done(m[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm start exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

describe('npm start', () => {
  it('compiles the server on first start, serves the app and the API, and stops cleanly', async () => {
    expect(START).toMatch(/--max-semi-space-size=4/);
    const s = await npmStart();
    try {
      expect(s.output()).toMatch(/Compiling the server \(no compiled server yet\)…/);
      expect(s.output()).not.toMatch(/through tsx instead/);
      expect(existsSync(join(copy, 'dist', 'server', 'main.mjs'))).toBe(true);
      // The server is this very process (the PID to stop), with the young-generation cap.
      expect(readFileSync(`/proc/${s.pid}/cmdline`, 'utf8').split('\0')).toContain('--max-semi-space-size=4');
      expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ ok: true });
      const page = await fetch(`${s.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<script type="module"[^>]*src="\/assets\//);
      const created = await fetch(`${s.url}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Started', roundSeconds: 300, changeoverSeconds: 60 }),
      });
      expect(created.status).toBe(201);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('reuses the compiled server while the sources are unchanged, and compiles again when one changes', async () => {
    const again = await npmStart();
    expect(again.output()).not.toMatch(/Compiling the server/);
    expect(await again.stop()).toBe(0);

    appendFileSync(join(copy, 'shared', 'timeline', 'phases.ts'), '\n// changed after the last compile\n');
    const changed = await npmStart();
    expect(changed.output()).toMatch(/Compiling the server \(shared\/timeline\/phases\.ts changed\)…/);
    expect(await (await fetch(`${changed.url}/healthz`)).json()).toEqual({ ok: true });
    expect(await changed.stop()).toBe(0);
  });
});
