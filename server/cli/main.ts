import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { runCli } from './run';

// The shell of the CLI: real files, real streams, the exit code. Everything else is in run.ts.
const result = await runCli(process.argv.slice(2), async (file) =>
  file === '-' ? buffer(process.stdin) : readFile(file),
);
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
