#!/usr/bin/env node
// Runs every vitest project once. When TABLEHOP_VITEST_JSON names a file (CI does), vitest also
// writes its JSON report there so CI can print the real counts.
import { spawnSync } from 'node:child_process';

const args = ['run', ...process.argv.slice(2)];
const json = process.env.TABLEHOP_VITEST_JSON;
if (json) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${json}`);
const r = spawnSync('node_modules/.bin/vitest', args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
