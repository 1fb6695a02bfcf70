#!/usr/bin/env node
// No line of code over 120 characters (issue: "no line over 120 characters"). Biome's
// formatter wraps code at 120 but leaves long strings, comments and JSX text alone; this check
// catches those. Prose (Markdown) and data (JSON, CSV, lock files) are not code and not checked.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const CODE = /\.(ts|tsx|mjs|js|css|html)$/;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => CODE.test(f) && !f.startsWith('docs/'));
const long = [];
for (const f of files) {
  let text;
  try {
    text = readFileSync(f, 'utf8');
  } catch {
    continue; // listed but deleted in the working tree
  }
  text.split('\n').forEach((line, i) => {
    // Characters, not UTF-16 units: a line of 李雷 is as long as it looks.
    const length = [...line].length;
    if (length > MAX) long.push(`${f}:${i + 1}: ${length} characters`);
  });
}
if (long.length > 0) {
  console.error(`${long.length} line${long.length === 1 ? '' : 's'} over ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`line length: every line of ${files.length} files is at most ${MAX} characters`);
