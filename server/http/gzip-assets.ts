import type { RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};
// A plain file name in the assets directory: no slashes, so nothing outside it.
const NAME = /^[\w.-]+$/;

interface Gzipped {
  body: Buffer;
  etag: string;
}

/**
 * Vite's hashed assets (`/assets/<name>-<hash>.js|css`) gzipped once, at level 9, and kept in
 * memory: a phone on a crowded venue Wi-Fi downloads about a third of the bytes (see
 * docs/performance.md). The names carry a content hash, so a cached copy never goes stale.
 * Clients that do not accept gzip, other files and missing ones fall through to express.static.
 */
export function gzipAssets(assetsDir: string): RequestHandler {
  const cache = new Map<string, Promise<Gzipped | null>>();
  const load = async (name: string): Promise<Gzipped | null> => {
    let raw: Buffer;
    try {
      raw = await readFile(join(assetsDir, name));
    } catch {
      return null;
    }
    const body = await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION });
    return { body, etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}-gz"` };
  };

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    const type = TYPES[extname(name)];
    if (!type || !NAME.test(name)) return next();
    res.vary('Accept-Encoding');
    if (!req.acceptsEncodings('gzip')) return next();
    let hit = cache.get(name);
    if (!hit) {
      hit = load(name);
      cache.set(name, hit);
      // Missing files are not remembered (anyone can ask for any name).
      void hit.then(
        (g) => void (g === null && cache.delete(name)),
        () => cache.delete(name),
      );
    }
    hit.then((g) => {
      if (g === null) return next();
      res.set({
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Cache-Control': 'public, max-age=31536000, immutable',
        ETag: g.etag,
      });
      if (req.headers['if-none-match'] === g.etag) return void res.status(304).end();
      res.set('Content-Length', String(g.body.length));
      res.status(200).end(req.method === 'HEAD' ? undefined : g.body);
    }, next);
  };
}
