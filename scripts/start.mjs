#!/usr/bin/env node
// `npm start`: build the client when no build exists, then run the server in this very
// process (tsx registered as a loader), so the PID you stop is the server's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

if (!existsSync(join(root, 'dist', 'client', 'index.html'))) {
  if (existsSync(join(root, 'client', 'index.html'))) {
    console.log('Building the client (no dist/client yet)…');
    // A child process with NODE_ENV=production, so the build never ships dev code.
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0) console.error('The client build failed; starting the API anyway (pages will say the client is not built).');
  } else {
    console.warn('No client/index.html: starting the API without the client.');
  }
}

const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(join(root, 'server', 'main.ts')).href);
