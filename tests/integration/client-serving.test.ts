import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/http';
import { startServer, type TestServer } from '../support/server';

const dist = mkdtempSync(join(tmpdir(), 'tablehop-dist-'));
let built: TestServer;
let unbuilt: TestServer;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Tablehop</title><div id="app"></div>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(join(dist, 'workbox-35e397ac.js'), 'define([], () => {})');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Tablehop"}');
  built = await startServer({ clientDir: dist });
  unbuilt = await startServer({ clientDir: join(dist, 'missing') });
});
afterAll(async () => {
  await built.close();
  await unbuilt.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the client', () => {
  it('serves index.html for every client route (SPA fallback)', async () => {
    for (const path of ['/', '/p', '/projector', '/organize/abc123']) {
      const r = await call(built.url, 'GET', path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/text\/html/);
      expect(r.text).toContain('<div id="app">');
    }
  });

  it('serves built assets, and a missing asset is a 404, not the page', async () => {
    const ok = await call(built.url, 'GET', '/assets/app-1234.js');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/javascript/);
    expect(ok.headers.get('cache-control')).toMatch(/immutable/);
    expect((await call(built.url, 'GET', '/assets/gone.js')).status).toBe(404);
  });

  it('serves the service worker, its runtime and the manifest revalidated each time (issue 20)', async () => {
    for (const path of ['/sw.js', '/workbox-35e397ac.js']) {
      const r = await call(built.url, 'GET', path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type'), path).toMatch(/javascript/);
      expect(r.headers.get('cache-control'), path).toBe('no-cache');
    }
    const manifest = await call(built.url, 'GET', '/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toMatch(/application\/manifest\+json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
  });

  it('a missing file outside /assets is a 404 too, so a gone worker script is not answered with the page', async () => {
    for (const path of ['/service-worker.js', '/workbox-gone.js', '/favicon.ico']) {
      const r = await call(built.url, 'GET', path);
      expect(r.status, path).toBe(404);
      expect(r.text, path).not.toContain('<div id="app">');
    }
  });

  it('keeps /api answers JSON', async () => {
    const r = await call(built.url, 'GET', '/api/whatever');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });

  it('without a build the API still works and pages explain how to build', async () => {
    expect((await call(unbuilt.url, 'GET', '/healthz')).status).toBe(200);
    expect(
      (await call(unbuilt.url, 'POST', '/api/events', { body: { name: 'x', roundSeconds: 60, changeoverSeconds: 10 } }))
        .status,
    ).toBe(201);
    const page = await call(unbuilt.url, 'GET', '/organize/abc');
    expect(page.status).toBe(404);
    expect(page.text).toMatch(/npm run build/);
  });
});
