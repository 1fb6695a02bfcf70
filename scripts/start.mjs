#!/usr/bin/env node
// `npm start`: build the client and compile the server when their sources changed (or when
// there is no build yet), then run the compiled server in this very process, so the PID you
// stop is the server's. package.json starts it with --max-semi-space-size=4 (docs/performance.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLIENT_DIR, clientBuildStaleReason } from './client-build.mjs';
import { SERVER_BUNDLE, serverBundleStaleReason } from './server-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/** Run a build step in a child process (its memory is not the server's); true when it worked. */
function buildStep(args, env = process.env) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  return r.status === 0;
}

// The client this checkout builds: skipped when TABLEHOP_CLIENT_DIR serves a build from elsewhere.
const served = resolve(process.env.TABLEHOP_CLIENT_DIR || CLIENT_DIR);
const clientStale = served === join(root, CLIENT_DIR) ? clientBuildStaleReason(root) : null;
if (clientStale !== null) {
  const previous = existsSync(join(root, CLIENT_DIR, 'index.html'));
  if (existsSync(join(root, 'client', 'index.html'))) {
    console.log(`Building the client (${clientStale})…`);
    // NODE_ENV=production, so the build never ships dev code.
    const built = buildStep([join(root, 'scripts', 'build-client.mjs')], { ...process.env, NODE_ENV: 'production' });
    if (!built)
      console.error(
        previous
          ? 'The client build failed; serving the previous build.'
          : 'The client build failed; starting the API anyway (pages will say the client is not built).',
      );
  } else if (!previous) {
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
