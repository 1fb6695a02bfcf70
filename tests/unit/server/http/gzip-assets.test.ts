import express from 'express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipAssets } from '../../../../server/http/gzip-assets';

// The page-weight bench counts gzipped bytes; this checks the server really sends them.
const dir = mkdtempSync(join(tmpdir(), 'tablehop-gzip-'));
const js = 'export const x = 1;\n'.repeat(200);
let server: Server;
let base = '';

beforeAll(async () => {
  writeFileSync(join(dir, 'app-1234.js'), js);
  const app = express();
  app.use('/assets', gzipAssets(dir), express.static(dir, { immutable: true, maxAge: '1y' }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (no automatic decompression). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('gzipped assets', () => {
  it('sends gzip to clients that accept it, with the same caching as the files', async () => {
    const r = await get('/assets/app-1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers['cache-control']).toMatch(/immutable/);
    expect(r.headers.vary).toMatch(/Accept-Encoding/);
    expect(r.body.length).toBeLessThan(js.length / 10);
    expect(gunzipSync(r.body).toString()).toBe(js);
    const again = await get('/assets/app-1234.js', {
      'accept-encoding': 'gzip',
      'if-none-match': String(r.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('sends the plain file otherwise, and a missing file stays missing', async () => {
    const plain = await get('/assets/app-1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    expect((await get('/assets/gone.js', { 'accept-encoding': 'gzip' })).status).toBe(404);
    expect((await get('/assets/..%2Fsecret.js', { 'accept-encoding': 'gzip' })).status).toBe(404);
  });
});
