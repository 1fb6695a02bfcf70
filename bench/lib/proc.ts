import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** Resident memory of a process from /proc/<pid>/status: current (VmRSS) and peak (VmHWM), in bytes. */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** The machine the figures were measured on, for the table headers and docs/performance.md. */
export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    /* not Linux */
  }
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  let pressure = '';
  try {
    // Linux PSI: the share of time some runnable task waited for a CPU (other work on the machine).
    const avg60 = /^some .*avg60=([\d.]+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1];
    if (avg60) pressure = `, CPU pressure ${avg60}% (PSI some avg60)`;
  } catch {
    /* no PSI */
  }
  return (
    `${cpus().length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
    `Node ${process.version}, load average ${load}${pressure}`
  );
}

/** The soft limit on open files of processes this shell starts (`ulimit -n`). */
export function openFilesLimit(): number {
  const r = spawnSync('bash', ['-c', 'ulimit -n'], { encoding: 'utf8' });
  const n = r.stdout.trim();
  return n === 'unlimited' ? Infinity : Number(n);
}

/**
 * Start `node <args>` so that its PID is node's own. When it needs more open files than the
 * soft limit allows, it runs under `bash -c 'ulimit -n <n>; exec node …'` (Node cannot raise
 * its own limit); exec keeps the PID, file descriptors (the IPC channel) and environment.
 */
export function spawnNode(
  args: string[],
  opts: SpawnOptions & { openFiles?: number; nice?: number } = {},
): ChildProcess {
  const { openFiles, nice, ...rest } = opts;
  const raise = openFiles !== undefined && openFiles > openFilesLimit();
  if (!raise && !nice) return spawn(process.execPath, args, rest);
  // `nice` (bench --nice) execs node in turn, so the PID stays node's.
  const script = `${raise ? `ulimit -n ${openFiles} || exit 70; ` : ''}exec ${nice ? `nice -n ${nice} ` : ''}"$0" "$@"`;
  return spawn('bash', ['-c', script, process.execPath, ...args], rest);
}

/** Resolve with the first match of `re` in the process's stdout (accumulated), or fail on exit/timeout. */
export function waitForLine(proc: ChildProcess, re: RegExp, timeoutMs: number, what: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const done = (err: Error | null, m?: RegExpExecArray) => {
      clearTimeout(timer);
      proc.stdout?.off('data', onData);
      proc.off('exit', onExit);
      if (err) reject(err);
      else resolve(m!);
    };
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = re.exec(out);
      if (m) done(null, m);
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`${what} exited (${code ?? signal}) before printing ${re}:\n${out}`));
    const timer = setTimeout(() => done(new Error(`${what}: no ${re} within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    proc.stdout?.on('data', onData);
    proc.on('exit', onExit);
  });
}

/** Stop a child we started (by its own PID) and wait for it to exit. */
export function stop(proc: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => proc.kill('SIGKILL'), graceMs);
    proc.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    proc.kill(signal);
  });
}

let ticksPerSecond = 0;
/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (10 ms resolution). */
export function cpuMsOf(pid: number): number {
  if (!ticksPerSecond)
    ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  // Fields after the command name (which may contain spaces) start at field 3; utime and stime are 14 and 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
