#!/usr/bin/env node
// `npm start`: build the client when no build exists, compile the server when its sources
// changed, then run the compiled server in this very process, so the PID you stop is the
// server's. package.json starts it with --max-semi-space-size=4 (docs/performance.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_BUNDLE, serverBundleStaleReason } from './server-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/** Run a build step in a child process (its memory is not the server's); true when it worked. */
function buildStep(args, env = process.env) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  return r.status === 0;
}

if (!existsSync(join(root, 'dist', 'client', 'index.html'))) {
  if (existsSync(join(root, 'client', 'index.html'))) {
    console.log('Building the client (no dist/client yet)…');
    // NODE_ENV=production, so the build never ships dev code.
    const built = buildStep([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      ...process.env,
      NODE_ENV: 'production',
    });
    if (!built)
      console.error('The client build failed; starting the API anyway (pages will say the client is not built).');
  } else {
    console.warn('No client/index.html: starting the API without the client.');
  }
}

const stale = serverBundleStaleReason(root);
let compiled = stale === null;
if (!compiled) {
  console.log(`Compiling the server (${stale})…`);
  compiled = buildStep([join(root, 'scripts', 'build-server.mjs')]);
  if (!compiled)
    console.error(
      'Compiling the server failed; running server/main.ts through tsx instead (slower to start, more memory).',
    );
}
if (compiled) {
  await import(pathToFileURL(join(root, SERVER_BUNDLE)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'server', 'main.ts')).href);
}
