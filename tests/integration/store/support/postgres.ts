import { postgresBin as debianPostgresBin, startPrivatePostgres } from '../../../../scripts/cluster/postgres-server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for the `integration-pg` project's stores; '' when none could be had. */
    postgresUrl: string;
    /** Why there is none. */
    postgresMissing: string;
  }
}

/** TABLEHOP_TEST_POSTGRES=off: a developer's run without PostgreSQL (its tests skip, loudly). */
const optedOut = () => process.env.TABLEHOP_TEST_POSTGRES === 'off';

/** Debian's PostgreSQL binaries (newest version first), or null (also when opted out). */
export const postgresBin = (): string | null => (optedOut() ? null : debianPostgresBin());

/** Whether the PostgreSQL project can have a server: a given URL, or binaries to start one. */
export const postgresAvailable = () =>
  !optedOut() && (Boolean(process.env.TABLEHOP_TEST_DATABASE_URL) || postgresBin() !== null);

/**
 * The `integration-pg` project's global set-up: TABLEHOP_TEST_DATABASE_URL when it is set (a server
 * CI or a developer started), else a private cluster of Debian's binaries in a temp dir on a
 * loopback port (as the `postgres` user when run as root: PostgreSQL refuses to run as root),
 * stopped and deleted after the run. With neither, the tests skip and say so.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = optedOut() ? undefined : process.env.TABLEHOP_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresMissing', '');
    return () => {};
  }
  const bin = postgresBin();
  if (!bin) {
    const why = optedOut()
      ? 'TABLEHOP_TEST_POSTGRES=off'
      : 'no PostgreSQL: neither TABLEHOP_TEST_DATABASE_URL nor /usr/lib/postgresql/*/bin (apt-get install postgresql)';
    console.warn(`\n⚠ the PostgreSQL store tests are SKIPPED: ${why}\n`);
    project.provide('postgresUrl', '');
    project.provide('postgresMissing', why);
    return () => {};
  }
  const pg = await startPrivatePostgres(bin);
  project.provide('postgresUrl', pg.url);
  project.provide('postgresMissing', '');
  return () => pg.stop();
}
