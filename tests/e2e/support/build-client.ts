import { execFileSync } from 'node:child_process';

/**
 * vitest globalSetup for the e2e project: build the client once, in a child process with
 * NODE_ENV=production (inside vitest NODE_ENV is 'test' and would ship dev code).
 */
export default function setup(): void {
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}
