#!/usr/bin/env node
// `npm run dev`: the server under `tsx watch` (reloads on change) and Vite's dev server,
// whose proxy (vite.config.ts) forwards /api, /healthz and /socket.io to the server.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = {
  ...process.env,
  PORT: process.env.PORT ?? '3000',
  TABLEHOP_LOG_LEVEL: process.env.TABLEHOP_LOG_LEVEL ?? 'debug',
};

const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'server/main.ts'], { cwd: root, env, stdio: 'inherit' }),
  spawn(bin('vite'), [], { cwd: root, env, stdio: 'inherit' }),
];

let exiting = false;
const stop = (code) => {
  if (exiting) return;
  exiting = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
};
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
