/**
 * `npm run cluster [-- --processes N] [-- --port P]`: Tablehop on N local processes (default 3)
 * behind Debian's nginx on 127.0.0.1:P (default 8080), with a private Redis and a private
 * PostgreSQL, or a fresh database on TABLEHOP_DATABASE_URL's server when that is set
 * (docs/deploy.md, "Several processes"). A try-out on one machine; Ctrl-C stops everything.
 */
import { parseArgs } from 'node:util';
import { clusterMissing, startClusterRoom } from './room';

function fail(message: string): never {
  console.error(`npm run cluster: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { processes: { type: 'string', default: '3' }, port: { type: 'string', default: '8080' } },
});
const count = Number(values.processes);
const port = Number(values.port);
if (!Number.isInteger(count) || count < 1 || count > 16) fail(`--processes must be 1 to 16, not ${values.processes}`);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port must be a port number, not ${values.port}`);
const given = process.env.TABLEHOP_DATABASE_URL || undefined;
const missing = clusterMissing({ postgres: !given });
if (missing) fail(missing);

const prefixed = (tag: string, chunk: Buffer) =>
  chunk
    .toString()
    .split('\n')
    .map((line) => (line ? `${tag} ${line}` : line))
    .join('\n');

try {
  // Each process as `npm start` runs it (the first builds the client and server if stale).
  const room = await startClusterRoom({ processes: count, port, postgresUrl: given, server: 'start' });
  room.servers.forEach((s, i) => {
    const tag = `[${i + 1}:${s.proc.pid}]`;
    s.proc.stdout!.on('data', (d: Buffer) => process.stdout.write(prefixed(tag, d)));
    s.proc.stderr!.on('data', (d: Buffer) => process.stderr.write(prefixed(tag, d)));
    console.log(`${tag} Tablehop process ${i + 1} on ${s.local} (pid ${s.proc.pid})`);
  });
  console.log(
    `Redis ${room.redis.url}; PostgreSQL ${new URL(room.databaseUrl).host}${new URL(room.databaseUrl).pathname}`,
  );
  console.log(`\nTablehop on ${count} processes behind nginx: open ${room.front!.url} (Ctrl-C stops everything)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      console.log(`\n${signal}: stopping the processes, nginx, Redis and PostgreSQL`);
      // SIGTERM first: each process hands its clock leases back and closes cleanly.
      void Promise.all(room.servers.map((s) => s.stop('SIGTERM')))
        .then(() => room.stop())
        .then(() => process.exit(0));
    });
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
