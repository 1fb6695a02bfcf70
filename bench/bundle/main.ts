/**
 * `npm run bench:bundle [--json=file]`: the page weight of each screen.
 *
 * Builds the client in a child process (NODE_ENV=production, into a temp dir with Vite's
 * manifest), then from the manifest: what a phone downloads for its personal page (`/p`: the
 * entry chunk, the person-page lazy chunk, their static imports and CSS), the projector and
 * the organizer console, each file gzipped on its own with node:zlib at level 9 (the level
 * Tablehop serves its hashed assets with: see server/http/gzip-assets.ts). The screen's own
 * lazy imports (a date-fns locale) load on demand: the largest one is added for the worst case.
 * Then the real app serves that build and each file is fetched with `Accept-Encoding: gzip`
 * to count the bytes actually sent. Checks that the organizer console chunk is not in a
 * phone's download. Then each screen's weight in each language (bench/bundle/languages.ts: its
 * catalogues and date-fns locale on top). Figures are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/store/db';
import { createEventStore } from '../../server/store/event-store';
import { keyOf, screenDownload, staticFiles, type Manifest, type ScreenDownload } from '../lib/manifest';
import { machine } from '../lib/proc';
import { formatTable } from '../lib/table';
import { printLanguageWeights } from './languages';

const ROOT = join(import.meta.dirname, '..', '..');
const GOAL_BYTES = 100_000;
const JSON_OUT = process.argv.find((a) => a.startsWith('--json='))?.slice(7) ?? '';
// `--vite-config=file`: build with another Vite config (e.g. bench/bundle/vite-icu.config.ts, issue 19).
const VITE_CONFIG = process.argv.find((a) => a.startsWith('--vite-config='))?.slice(14) ?? '';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** Bytes of the body as sent (not decompressed), with the Content-Encoding used. */
function fetchRaw(base: string, path: string): Promise<{ status: number; bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

interface ScreenFigures {
  screen: string;
  files: { file: string; raw: number; gzip: number; served: number; encoding: string }[];
  raw: number;
  gzip: number;
  served: number;
  onDemandCount: number;
  largestOnDemand: { key: string; gzip: number; served: number } | null;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'tablehop-bundle-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-bundle-data-'));
  try {
    const built = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--manifest',
        ...(VITE_CONFIG ? ['--config', VITE_CONFIG] : []),
        '--logLevel',
        'error',
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    if (built.status !== 0) throw new Error(`vite build failed (${built.status ?? built.signal})`);
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const entry = keyOf(manifest, 'index.html');
    const screens = {
      'phone (/p)': keyOf(manifest, 'person-page.tsx'),
      'projector (/projector)': keyOf(manifest, 'projector-page.tsx'),
      'organizer (/organize/…)': keyOf(manifest, 'organizer-page.tsx'),
    };

    // The real app serving this build, to count what it sends.
    const store = createEventStore(openDatabase(dataDir));
    const app = createApp({ store, clientDir: outDir });
    await new Promise<void>((ready) => app.http.listen(0, '127.0.0.1', ready));
    const base = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
    const gz = new Map<string, number>();
    const gzipOf = (file: string) => {
      if (!gz.has(file))
        gz.set(file, gzipSync(readFileSync(join(outDir, file)), { level: constants.Z_BEST_COMPRESSION }).length);
      return gz.get(file)!;
    };
    const served = new Map<string, { bytes: number; encoding: string }>();
    const servedOf = async (file: string) => {
      if (!served.has(file)) {
        const r = await fetchRaw(base, `/${file}`);
        if (r.status !== 200) throw new Error(`GET /${file}: ${r.status}`);
        served.set(file, r);
      }
      return served.get(file)!;
    };

    const figures: ScreenFigures[] = [];
    const downloads: Record<string, ScreenDownload> = {};
    for (const [screen, key] of Object.entries(screens)) {
      const d = screenDownload(manifest, entry, key);
      downloads[screen] = d;
      const files: ScreenFigures['files'] = [];
      for (const file of d.files) {
        const s = await servedOf(file);
        files.push({
          file,
          raw: readFileSync(join(outDir, file)).length,
          gzip: gzipOf(file),
          served: s.bytes,
          encoding: s.encoding,
        });
      }
      let largest: ScreenFigures['largestOnDemand'] = null;
      for (const o of d.onDemand) {
        let g = 0;
        let w = 0;
        for (const f of o.files) {
          g += gzipOf(f);
          w += (await servedOf(f)).bytes;
        }
        if (!largest || g > largest.gzip) largest = { key: o.key, gzip: g, served: w };
      }
      const sum = (k: 'raw' | 'gzip' | 'served') => files.reduce((a, f) => a + f[k], 0);
      figures.push({
        screen,
        files,
        raw: sum('raw'),
        gzip: sum('gzip'),
        served: sum('served'),
        onDemandCount: d.onDemand.length,
        largestOnDemand: largest,
      });
    }
    // The service worker (issue 20): its registration chunk and workbox-window (loaded after the
    // first paint), the worker script and Workbox's runtime. Shown beside the page's own figure:
    // the goal is what a phone needs to show its page; the worker follows in the background.
    const phoneFiles = new Set(downloads['phone (/p)']!.files);
    const registerKey = keyOf(manifest, 'pwa-register.ts');
    const workerFiles = [
      ...staticFiles(manifest, [registerKey, ...(manifest[registerKey]!.dynamicImports ?? [])]).filter(
        (f) => !phoneFiles.has(f),
      ),
      ...readdirSync(outDir).filter((f) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f)),
    ];
    const worker = { gzip: 0, served: 0, files: workerFiles };
    for (const f of workerFiles) {
      worker.gzip += gzipOf(f);
      worker.served += (await servedOf(f)).bytes;
    }
    const html = await fetchRaw(base, '/p');
    const htmlGzip = gzipSync(readFileSync(join(outDir, 'index.html')), { level: 9 }).length;
    await app.close();
    await store.close();

    const organizerFiles = new Set(staticOnly(manifest, screens['organizer (/organize/…)']));
    const phone = downloads['phone (/p)']!;
    const phoneAll = new Set([...phone.files, ...phone.onDemand.flatMap((o) => o.files)]);
    const leaked = [...organizerFiles].filter((f) => phoneAll.has(f));

    console.log(
      '\nPage weight: JS + CSS per screen (kB = 1000 bytes); gzip = each file gzipped alone, node:zlib level 9',
    );
    console.log(
      formatTable([
        ['screen', 'files', 'raw kB', 'gzip kB', '+ largest on-demand', 'worst case gzip kB', 'sent by Tablehop kB'],
        ...figures.map((f) => [
          f.screen,
          String(f.files.length),
          kB(f.raw),
          kB(f.gzip),
          f.largestOnDemand ? `${kB(f.largestOnDemand.gzip)} (1 of ${f.onDemandCount})` : '—',
          kB(f.gzip + (f.largestOnDemand?.gzip ?? 0)),
          kB(f.served + (f.largestOnDemand?.served ?? 0)),
        ]),
      ]),
    );
    console.log(`(the HTML page itself: ${kB(htmlGzip)} kB gzipped, sent as ${kB(html.bytes)} kB ${html.encoding})`);
    const p = figures[0]!;
    console.log(`\nThe phone's files:`);
    console.log(
      formatTable([
        ['file', 'raw kB', 'gzip kB', 'sent kB', 'encoding'],
        ...p.files.map((f) => [f.file, kB(f.raw), kB(f.gzip), kB(f.served), f.encoding]),
      ]),
    );
    console.log(
      `\nThe service worker (${worker.files.join(', ')}): ${kB(worker.gzip)} kB gzipped, ` +
        `${kB(worker.served)} kB as sent; loaded after the first paint.`,
    );
    const worst = p.gzip + (p.largestOnDemand?.gzip ?? 0);
    const worstSent = p.served + (p.largestOnDemand?.served ?? 0);
    const organizerChunk = manifest[screens['organizer (/organize/…)']]!.file;
    const leakVerdict = leaked.length ? `YES — ${leaked.join(', ')}` : 'no';
    console.log(`\norganizer console chunk (${organizerChunk}) in the phone's download: ${leakVerdict}`);
    const goalVerdict = worst <= GOAL_BYTES && leaked.length === 0 ? 'met' : 'NOT met';
    console.log(
      `goal: phone ≤ 100 kB gzipped — ${goalVerdict} (${kB(worst)} kB worst case; ${kB(worstSent)} kB as sent); ` +
        `with the service worker after the first paint: ${kB(worst + worker.gzip)} kB gzipped`,
    );
    const languages = printLanguageWeights(manifest, entry, gzipOf);
    console.log(`\n${machine()}`);
    if (JSON_OUT)
      writeFileSync(
        JSON_OUT,
        JSON.stringify(
          { at: new Date().toISOString(), machine: machine(), figures, worker, languages, organizerLeak: leaked },
          null,
          2,
        ),
      );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The organizer screen's own files: its chunk and CSS (shared chunks are fine for a phone to have). */
function staticOnly(manifest: Manifest, key: string): string[] {
  const c = manifest[key]!;
  return [c.file, ...(c.css ?? [])];
}

await main();
