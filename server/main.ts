import { createApp } from './app';
import { configFromEnv } from './config';
import { startEventLoopReport } from './event-loop-report';
import { networkInterfaces } from 'node:os';
import { lanUrls, listen, localUrl } from './listen';
import { createLogger } from './log';
import { describeDatabaseUrl, openStore } from './store/open-store';
import { describeSmtpUrl, smtpTransport } from './mail/transport';
import { createCluster } from './cluster';
import { describeRedisUrl } from './cluster/redis';

/**
 * Composition root: configuration from the environment, the store, the app; bring running
 * clocks back to wall time, listen, and shut down cleanly on SIGTERM/SIGINT. Prints one line
 * `Tablehop listening on <url>` (tests and scripts read the port from it when PORT=0).
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const log = createLogger(config.logLevel);
  const store = await openStore({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    onError: (err) => log.error('a PostgreSQL connection failed', err),
  });
  const cluster = config.cluster && (await createCluster(config.cluster, store, log));
  const app = createApp({
    store,
    cluster,
    publicUrl: config.publicUrl,
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    log,
    dataDir: config.dataDir,
    clientDir: config.clientDir,
    createKey: config.createKey,
    host: config.host,
    limits: { minFreeDiskBytes: config.minFreeDiskBytes },
    mail: config.mail && {
      transport: smtpTransport(config.mail.smtpUrl),
      from: config.mail.from,
      perMinute: config.mail.perMinute,
    },
  });
  // Handlers go in before anything can print "listening": a signal that arrives while Node has
  // no handler for it takes the default action (the process dies by the signal, not exit 0), and
  // a script that stops the server as soon as it reads that line would race the registration.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: closing`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    void app
      .close()
      .then(() => store.close())
      // Exit once the last log lines are out: stdout to a pipe is asynchronous, and exiting at
      // once drops what is still queued (the shutdown's own lines, such as leases handed back).
      .finally(() => process.stdout.write('', () => process.exit(0)));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Recover before listening: the phones of a restarted room retry all the time, and a port
  // already open while recovery holds the loop lets them pile up in the kernel's backlog, to
  // be handled in one burst afterwards. Recovery is idempotent (clocks land where wall time
  // says), so a failed listen after it harms nothing.
  const recoveryStart = performance.now();
  const recovered = await app.recover();
  const recoveryMs = performance.now() - recoveryStart;
  const addr = await listen(app.http, config.port, config.host);
  // Opt-in (benches): event-loop delay while serving (from listening on), printed on SIGUSR2;
  // the recovery before it is reported as one block of startup work.
  const loopReport = config.reportEventLoop ? startEventLoopReport() : null;
  loopReport?.blocked('recovery', recoveryMs);
  const local = localUrl(addr, config.host);
  const url = config.publicUrl ?? local;
  console.log(
    `Tablehop listening on ${url}${url === local ? '' : ` (local ${local})`}` +
      (config.host === null ? '' : ` · on ${config.host} only`) +
      (config.databaseUrl
        ? ` · data in PostgreSQL (${describeDatabaseUrl(config.databaseUrl)})`
        : ` · data in ${config.dataDir}`) +
      (config.cluster
        ? ` · cluster via Redis (${describeRedisUrl(config.cluster.redisUrl)}), process ${cluster?.processId}`
        : '') +
      (config.createKey ? ' · creating events needs the create key' : '') +
      (config.mail ? ` · e-mail via ${describeSmtpUrl(config.mail.smtpUrl)}` : '') +
      (recovered ? ` · ${recovered} running event(s) resumed` : ''),
  );
  // Phones cannot open localhost: say which addresses they can, and which one links use.
  const lan = lanUrls(addr, config.host, networkInterfaces());
  for (const u of lan) console.log(`  on this network: ${u}`);
  if (config.publicUrl) console.log(`  links use ${config.publicUrl} (TABLEHOP_PUBLIC_URL)`);
  else if (lan.length > 0)
    console.log(`  links use the address the console is opened at: open ${lan[0]} so phones can follow them`);
  else console.log('  links use localhost: phones cannot open them (listening on loopback only)');
}

main().catch((err: unknown) => {
  console.error(`Tablehop could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
