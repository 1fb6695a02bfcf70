#!/usr/bin/env node
// `npm run build` (and `npm start`, when the client's sources changed): build the client with
// Vite into dist/client and record every file the build read (dist/client-inputs.json), so
// `npm start` can tell when a `git pull` changed the client (client-build.mjs).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_BUILD_INPUTS, CLIENT_DIR } from './client-build.mjs';
import { fileDigest } from './server-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
// A production build whatever the shell says: NODE_ENV=development would ship Solid's dev code.
process.env.NODE_ENV = 'production';
const { build } = await import('vite');

/**
 * Inputs outside the module graph: the build's configuration, and the installed packages
 * (npm rewrites node_modules/.package-lock.json whenever it installs), whose code is bundled.
 */
const EXTRA_INPUTS = ['vite.config.ts', join('node_modules', '.package-lock.json')];

/** The repository's own files among the modules the bundle was made of, relative, with / separators. */
function ownFiles(ids) {
  const files = new Set();
  for (const id of ids) {
    if (id.startsWith('\0')) continue; // Vite's and plugins' virtual modules
    const file = relative(root, id.split('?')[0]);
    if (file.startsWith('..') || file.split(sep).includes('node_modules')) continue;
    if (existsSync(join(root, file))) files.add(file.split(sep).join('/'));
  }
  return files;
}

const out = join(root, CLIENT_DIR);
// Built beside dist/client and renamed over it: a server running meanwhile serves the old
// build until the new one is complete, never a half-written one.
const partial = join(dirname(out), `.client-${process.pid}`);
const old = join(dirname(out), `.client-old-${process.pid}`);
mkdirSync(dirname(out), { recursive: true });
let files = new Set();
try {
  await build({
    logLevel: 'warn',
    build: { outDir: partial, emptyOutDir: true },
    plugins: [
      {
        name: 'tablehop:record-inputs',
        generateBundle() {
          files = ownFiles(this.getModuleIds());
        },
      },
    ],
  });
} catch (e) {
  rmSync(partial, { recursive: true, force: true });
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
for (const file of EXTRA_INPUTS) if (existsSync(join(root, file))) files.add(file.split(sep).join('/'));
const inputs = Object.fromEntries([...files].sort().map((file) => [file, fileDigest(join(root, file))]));

if (existsSync(out)) renameSync(out, old);
renameSync(partial, out);
rmSync(old, { recursive: true, force: true });
const inputsFile = join(root, CLIENT_BUILD_INPUTS);
writeFileSync(`${inputsFile}.${process.pid}`, `${JSON.stringify(inputs, null, 1)}\n`);
renameSync(`${inputsFile}.${process.pid}`, inputsFile);
console.log(`Built the client: ${CLIENT_DIR} (${files.size} source files).`);
