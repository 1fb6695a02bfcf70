#!/usr/bin/env node
// `npm run bench`: every bench in sequence — planner, page weight, organizer report, heavy work,
// fan-out at the default size (2,000 phones) — each printing its own tables. Extra arguments
// go to bench:fanout (e.g. `npm run bench -- 500`). Figures are printed, never asserted; the
// exit code is non-zero only when a bench could not run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const benches = [
  { script: 'bench:plan', needs: 'bench/plan.bench.ts', args: [] },
  { script: 'bench:bundle', needs: 'bench/bundle/main.ts', args: [] },
  { script: 'bench:report', needs: 'bench/report.ts', args: [] },
  { script: 'bench:heavy', needs: 'bench/heavy.bench.ts', args: [] },
  { script: 'bench:fanout', needs: 'bench/fanout/main.ts', args: process.argv.slice(2) },
];

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `Tablehop benches on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
    `Node ${process.version}, load average ${load()}`,
);
const results = [];
for (const b of benches) {
  console.log(`\n=== npm run ${b.script}${b.args.length ? ` -- ${b.args.join(' ')}` : ''} (load average ${load()})\n`);
  if (!existsSync(join(root, b.needs))) {
    console.log(`(skipped: ${b.needs} does not exist yet)`);
    results.push({ script: b.script, status: 'missing', seconds: 0 });
    continue;
  }
  const t0 = Date.now();
  const r = spawnSync(npm, ['run', '--silent', b.script, ...(b.args.length ? ['--', ...b.args] : [])], {
    cwd: root,
    stdio: 'inherit',
  });
  results.push({
    script: b.script,
    status: r.status === 0 ? 'ok' : `failed (${r.status ?? r.signal})`,
    seconds: (Date.now() - t0) / 1000,
  });
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.script.padEnd(14)} ${r.status.padEnd(16)} ${r.seconds.toFixed(0)} s`);
process.exit(results.some((r) => r.status !== 'ok' && r.status !== 'missing') ? 1 : 0);
