import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` exactly as package.json spells it, run in a copy of the repository (sources,
 * scripts and the build configuration copied, node_modules linked) so it builds its own client
 * and compiles its own server without racing other test runs over dist/.
 */
const ROOT = resolve('.');
const START = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts
  .start;

let copy: string;
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'tablehop-start-'));
  for (const dir of ['server', 'shared', 'scripts', 'client'])
    cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
  for (const file of ['package.json', 'vite.config.ts']) cpSync(join(ROOT, file), join(copy, file));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
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
  // Not the e2e runs' TABLEHOP_CLIENT_DIR: this server serves the client the copy built.
  const { TABLEHOP_CLIENT_DIR: _elsewhere, ...env } = process.env;
  const child = spawn(process.execPath, args, {
    cwd: copy,
    env: { ...env, PORT: '0', TABLEHOP_DATA_DIR: dataDir, NODE_OPTIONS: '' },
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

/** When the copy's client was last built (its index.html is rewritten by every build). */
const builtAt = () => statSync(join(copy, 'dist', 'client', 'index.html')).mtimeMs;

describe('npm start', () => {
  it('builds the client and compiles the server on first start, serves the app and API, stops cleanly', async () => {
    expect(START).toMatch(/--max-semi-space-size=4/);
    const s = await npmStart();
    try {
      expect(s.output()).toMatch(/Building the client \(no dist\/client yet\)…/);
      expect(s.output()).toMatch(/Compiling the server \(no compiled server yet\)…/);
      expect(s.output()).not.toMatch(/through tsx instead|build failed/);
      expect(existsSync(join(copy, 'dist', 'server', 'main.mjs'))).toBe(true);
      // The list of what the client was built from sits beside the build, not in what is served.
      const inputs = JSON.parse(readFileSync(join(copy, 'dist', 'client-inputs.json'), 'utf8'));
      expect(Object.keys(inputs)).toEqual(
        expect.arrayContaining(['client/index.html', 'client/main.tsx', 'shared/timeline/phases.ts', 'vite.config.ts']),
      );
      expect(Object.keys(inputs).some((f) => f.startsWith('server/'))).toBe(false);
      // Not served: a missing file is a plain 404 (never index.html, which a browser would run as the file).
      expect((await fetch(`${s.url}/client-inputs.json`)).status).toBe(404);
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
    const before = builtAt();
    const again = await npmStart();
    expect(again.output()).not.toMatch(/Compiling the server|Building the client/);
    expect(builtAt()).toBe(before);
    expect(await again.stop()).toBe(0);

    // shared/ is in both: the server compiles again, and the client (which uses the module) is built again.
    appendFileSync(join(copy, 'shared', 'timeline', 'phases.ts'), '\n// changed after the last compile\n');
    const changed = await npmStart();
    expect(changed.output()).toMatch(/Compiling the server \(shared\/timeline\/phases\.ts changed\)…/);
    expect(changed.output()).toMatch(/Building the client \(shared\/timeline\/phases\.ts changed\)…/);
    expect(await (await fetch(`${changed.url}/healthz`)).json()).toEqual({ ok: true });
    expect(await changed.stop()).toBe(0);
  });

  it('builds the client again when its sources changed (after a git pull), and serves the new build', async () => {
    const page = join(copy, 'client', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/<title>[^<]*<\/title>/, '<title>Tablehop, pulled</title>'));
    const before = builtAt();
    const pulled = await npmStart();
    try {
      expect(pulled.output()).toMatch(/Building the client \(client\/index\.html changed\)…/);
      expect(pulled.output()).not.toMatch(/Compiling the server|build failed/);
      expect(builtAt()).toBeGreaterThan(before);
      const html = await (await fetch(`${pulled.url}/`)).text();
      expect(html).toContain('<title>Tablehop, pulled</title>');
      expect(html).toMatch(/<script type="module"[^>]*src="\/assets\//);
    } finally {
      expect(await pulled.stop()).toBe(0);
    }
    const settled = await npmStart();
    expect(settled.output()).not.toMatch(/Building the client/);
    expect(await settled.stop()).toBe(0);
  });
});
