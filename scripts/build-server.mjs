#!/usr/bin/env node
// `npm run build` (and `npm start`, when the sources changed): compile server/main.ts and
// everything it imports from server/ and shared/ into one ES module, dist/server/main.mjs.
// Running compiled JavaScript instead of TypeScript through tsx's loader saves about 35 MiB of
// memory and a second of start-up, and keeps a restart's event loop free of compilation
// (docs/performance.md). Packages stay in node_modules (better-sqlite3 is a native module).
import { buildSync } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileDigest, SERVER_BUNDLE, SERVER_BUNDLE_INPUTS } from './server-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, SERVER_BUNDLE);
mkdirSync(dirname(out), { recursive: true });

// Written beside the bundle and renamed over it: a server starting meanwhile (or a second
// `npm start`) reads either the old bundle or the new one, never half of one. Two entries:
// the server, and the worker threads' entry for heavy work (server/workers/pool.ts loads
// ./heavy-worker.mjs beside the running main.mjs).
const partialDir = join(dirname(out), `.partial-${process.pid}`);
const result = buildSync({
  absWorkingDir: root,
  entryPoints: { main: 'server/main.ts', 'heavy-worker': 'server/workers/heavy-entry.ts' },
  outdir: partialDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  banner: { js: '// Compiled from server/ by scripts/build-server.mjs; do not edit.' },
});

const inputs = Object.fromEntries(
  Object.keys(result.metafile.inputs)
    .sort()
    .map((file) => [file, fileDigest(join(root, file))]),
);
// The worker first: a new main.mjs must find its worker beside it.
renameSync(join(partialDir, 'heavy-worker.mjs'), join(dirname(out), 'heavy-worker.mjs'));
renameSync(join(partialDir, 'main.mjs'), out);
rmSync(partialDir, { recursive: true, force: true });
const inputsFile = join(root, SERVER_BUNDLE_INPUTS);
writeFileSync(`${inputsFile}.${process.pid}`, `${JSON.stringify(inputs, null, 1)}\n`);
renameSync(`${inputsFile}.${process.pid}`, inputsFile);
console.log(`Compiled the server: ${SERVER_BUNDLE} (${Object.keys(inputs).length} source files).`);
