import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppDeps } from '../../server/app';
import type { EventStore, EventStoreOptions } from '../../server/store/event-store';
import { dropTestStore, openTestStore } from '../integration/store/support/test-store';

/** Budgets high enough that tests never meet them by accident (rate-limit tests lower them). */
export const TEST_LIMITS = {
  badKeysPerIpPerMinute: 100_000,
  perKeyPerMinute: 100_000,
  perIpPerMinute: 1_000_000,
  createEventsPerIpPerMinute: 100_000,
  createEventsPerIpPerHour: 100_000,
  createEventsPerHour: 100_000,
  socketEventsPer10s: 10_000,
  writesPerKeyPer10s: 100_000,
  socketsPerKey: 10_000,
  signupsPerIpPerMinute: 100_000,
  signupsPerCodePerMinute: 100_000,
  bodyBytesInFlight: 1024 * 1024 * 1024,
  minFreeDiskBytes: 0,
};

export interface TestServer {
  url: string;
  app: App;
  store: EventStore;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real app on an ephemeral port with a temporary data dir, over the vitest project's store
 * (SQLite in the data dir; in `integration-pg`, a PostgreSQL schema of its own).
 */
export async function startServer(
  opts: Partial<AppDeps> & { dataDir?: string; storeOptions?: EventStoreOptions } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'tablehop-test-'));
  const store = await openTestStore(dataDir, opts.storeOptions);
  const app = createApp({ ...opts, dataDir, store, limits: { ...TEST_LIMITS, ...opts.limits } });
  await new Promise<void>((ready) => app.http.listen(0, '127.0.0.1', ready));
  await app.recover();
  return {
    url: app.publicUrl(),
    app,
    store,
    dataDir,
    async close() {
      await app.close();
      await store.close();
      if (!opts.dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
        await dropTestStore(dataDir);
      }
    },
  };
}
