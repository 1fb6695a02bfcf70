import express, { type RequestHandler, type Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipAssets } from './gzip-assets';

// A path whose last segment has an extension (`/sw.js`, `/manifest.webmanifest`) names a
// file; the client's routes (`/p`, `/organize/<id>`) never have one.
const FILE_NAME = /\/[^/]*\.[A-Za-z0-9]+$/;

/**
 * The service worker, its Workbox runtime and the web app manifest (issue 20): always
 * revalidated, so a new build reaches phones on their next visit (browsers also cap a worker
 * script's HTTP caching at a day, but an old manifest or runtime would linger).
 */
function workerHeaders(res: express.Response, path: string): void {
  const name = path.split(/[\\/]/).pop() ?? '';
  if (name === 'sw.js' || /^workbox-[\w-]+\.js$/.test(name) || name === 'manifest.webmanifest') {
    res.setHeader('Cache-Control', 'no-cache');
  }
  if (name === 'manifest.webmanifest') res.setHeader('Content-Type', 'application/manifest+json; charset=utf-8');
}

/**
 * Serve the built client (`vite build` → dist/client) with an SPA fallback: every non-API
 * GET that is not a file gets index.html, and the client's router picks the screen. While no
 * build exists the API still works and pages explain how to build.
 */
export function clientRoutes(distDir: string): Router {
  const r = express.Router();
  const index = join(distDir, 'index.html');
  // Once built, always built: stop asking the disk. Until then, look again on each request.
  let built = existsSync(index);
  const isBuilt = () => {
    if (!built) built = existsSync(index);
    return built;
  };

  r.use(
    '/assets',
    gzipAssets(join(distDir, 'assets')),
    express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }),
  );
  r.use(express.static(distDir, { index: false, maxAge: 0, setHeaders: workerHeaders }));

  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api/') || req.path === '/api' || req.path.startsWith('/socket.io')) return next();
    if (req.path.startsWith('/assets/') || FILE_NAME.test(req.path)) {
      // A missing build file must not turn into index.html (the browser would run HTML as JS,
      // and a service worker script answered with HTML fails to update instead of going away).
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    if (!isBuilt()) {
      res
        .status(404)
        .type('text/plain')
        .send(
          'The Tablehop client is not built yet: run `npm run build` ' +
            '(or `npm start`, which builds it). The API is up.\n',
        );
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  r.get('/{*splat}', fallback);
  return r;
}
