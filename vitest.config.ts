import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { postgresAvailable } from './tests/integration/store/support/postgres.ts';

const HOSTILE = 'tests/reliability/hostile-load.test.ts';

/**
 * The files that run a second time on PostgreSQL (issue 21), in the `integration-pg` project:
 * the store contract, and the server's core paths through a real store — events and people API,
 * the clock and its undo, the phones' realtime and /api/me, a kill -9 restart and the random
 * kill test, and every feature's integration file that goes through a server and its store. Not
 * here: the files that read the SQLite file itself (backup's raw rows, hostile-content's deleted
 * bytes) or build an SQLite store directly (service-clock, privacy). The `node` project runs all
 * of them (and the rest) on SQLite.
 */
const ON_POSTGRES = [
  'tests/integration/store/**/*.test.ts',
  'tests/integration/events-api.test.ts',
  'tests/integration/people-api.test.ts',
  'tests/integration/clock-api.test.ts',
  'tests/integration/clock-undo.test.ts',
  'tests/integration/realtime.test.ts',
  'tests/integration/me-api.test.ts',
  'tests/integration/after-talk.test.ts',
  'tests/integration/answers.test.ts',
  'tests/integration/attendance.test.ts',
  'tests/integration/auth-matrix.test.ts',
  'tests/integration/schedule-api.test.ts',
  'tests/integration/schedule-edits.test.ts',
  'tests/integration/round-change-push.test.ts',
  'tests/integration/replan-live.test.ts',
  'tests/integration/signup-push.test.ts',
  'tests/integration/peer-signup.test.ts',
  'tests/integration/history.test.ts',
  'tests/integration/moving-seats.test.ts',
  'tests/reliability/authorization.test.ts',
  'tests/reliability/fuzz-http.test.ts',
  'tests/reliability/fuzz-socket.test.ts',
  'tests/reliability/bad-network.test.ts',
  'tests/reliability/limits.test.ts',
  'tests/integration/quotas.test.ts',
  'tests/integration/mail.test.ts',
  'tests/integration/registration.test.ts',
  'tests/integration/restart.test.ts',
  'tests/reliability/crash-safety.test.ts',
  // The features built since, through a real server and store.
  'tests/integration/event-time-zone.test.ts',
  'tests/integration/exports.test.ts',
  'tests/integration/groups.test.ts',
  'tests/integration/hand-edits-kept.test.ts',
  'tests/integration/here-after-all.test.ts',
  'tests/integration/heavy-work.test.ts',
  'tests/integration/mail-language.test.ts',
  'tests/integration/moving-mentors.test.ts',
  'tests/integration/names.test.ts',
  'tests/integration/peer-rounds.test.ts',
  'tests/integration/remote-tables.test.ts',
  'tests/integration/role-label-exports.test.ts',
  'tests/integration/role-labels.test.ts',
  'tests/integration/token-limits.test.ts',
  'tests/integration/two-services.test.ts',
];
// Without PostgreSQL (no TABLEHOP_TEST_DATABASE_URL, no Debian binaries) only the contract runs
// there, and skips, saying so; the global set-up warns too. CI installs postgresql (.ci/run).
const pgAvailable = postgresAvailable();
if (!pgAvailable)
  console.warn('\n⚠ no PostgreSQL here: the integration-pg project runs only the store contract, SKIPPED\n');

// No root plugins: vite-plugin-solid adds the `browser` resolve condition, which would make
// engine.io load ws's browser stub in the node projects (see ../shared/STACK.md, trap 1).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
          exclude: [HOSTILE],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration-pg',
          environment: 'node',
          include: pgAvailable ? ON_POSTGRES : ['tests/integration/store/**/*.test.ts'],
          // A private PostgreSQL cluster for the run (tests/integration/store/support/postgres.ts);
          // each test server keeps its tables in a schema of its own.
          globalSetup: ['tests/integration/store/support/postgres.ts'],
          env: { TABLEHOP_TEST_STORE: 'postgres' },
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      // Three real processes, PostgreSQL, Redis and nginx (issue 21): after every other project
      // (groupOrder), alone, so that its one-second bounds are measured on a quiet machine.
      {
        test: {
          name: 'cluster',
          environment: 'node',
          include: ['tests/cluster/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      // The hostile-load suite (issue 13) runs alone, on a quiet machine: it measures /healthz
      // under attack. `npm run test:hostile` sets TABLEHOP_HOSTILE=1 and picks this project.
      ...(process.env.TABLEHOP_HOSTILE === '1'
        ? [
            {
              test: {
                name: 'hostile',
                environment: 'node',
                include: [HOSTILE],
                testTimeout: 300_000,
                hookTimeout: 300_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/build-client.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/support/dom-setup.ts'],
        },
      },
    ],
  },
});
