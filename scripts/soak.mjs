#!/usr/bin/env node
// `npm run soak`: the long version of the reliability suite (tests/reliability). The same
// tests as in `npm test`, scaled up by TABLEHOP_SOAK=1: 20 SIGKILLs instead of 3, a minute of
// dropping phones instead of 10 s, ~25× the fuzzing runs. Extra arguments go to vitest, e.g.
// `npm run soak -- tests/reliability/crash-safety.test.ts`. Knobs (see docs/reliability.md):
// TABLEHOP_FUZZ_RUNS, TABLEHOP_FUZZ_SEED, TABLEHOP_FAULT_SEED.
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const args = [
  'run',
  '--project',
  'node',
  ...(files.length ? files : ['tests/reliability']),
  '--testTimeout=1800000',
  '--hookTimeout=120000',
  ...flags,
];
const started = Date.now();
console.log(`soak: vitest ${args.join(' ')} (TABLEHOP_SOAK=1)`);
const r = spawnSync('node_modules/.bin/vitest', args, {
  stdio: 'inherit',
  env: { ...process.env, TABLEHOP_SOAK: '1' },
});
console.log(`soak: ${r.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(r.status ?? 1);
