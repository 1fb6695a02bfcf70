import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * vitest globalSetup for the e2e project: build the client once, in a child process with
 * NODE_ENV=production (inside vitest NODE_ENV is 'test' and would ship dev code). With
 * TABLEHOP_CLIENT_DIR set, the build goes there, and the servers the tests start (which inherit
 * the environment) serve it: two e2e runs at once then do not rebuild each other's client.
 */
export default function setup(): void {
  const out = process.env.TABLEHOP_CLIENT_DIR;
  const args = ['build', '--logLevel', 'warn', ...(out ? ['--outDir', resolve(out), '--emptyOutDir'] : [])];
  execFileSync('node_modules/.bin/vite', args, {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}
