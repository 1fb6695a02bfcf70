import pg from 'pg';
import type { SqlDriver, SqlRunner, SqlValue } from './sql';

/** `?` placeholders (outside quoted text) as PostgreSQL's `$1, $2, …`. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? `$${++n}` : m));
}

// BIGINT (timestamps in ms, sequence numbers, SUMs of sizes) as numbers rather than pg's strings:
// every such value here is far below 2^53.
const INT8 = 20;
const NUMERIC = 1700;
export const bigintsAsNumbers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** The schema to keep the tables in (created if missing; default the server's search_path). */
  schema?: string;
  /** Where an idle connection's failure is told (the pool would otherwise crash the process). */
  onError?: (err: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A pool of connections to TABLEHOP_DATABASE_URL behind the async driver interface. */
export async function postgresDriver(url: string, opts: PostgresOptions = {}): Promise<SqlDriver> {
  if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema))
    throw new Error(`not a schema name: ${JSON.stringify(opts.schema)}`);
  if (opts.schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    types: bigintsAsNumbers,
    max: 10,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  pool.on('error', (err) => opts.onError?.(err));
  const on = (q: pg.Pool | pg.PoolClient): SqlRunner => ({
    all: async <T>(sql: string, params: SqlValue[] = []) =>
      (await q.query(numberedPlaceholders(sql), params)).rows as T[],
    get: async <T>(sql: string, params: SqlValue[] = []) =>
      (await q.query(numberedPlaceholders(sql), params)).rows[0] as T | undefined,
    run: async (sql, params = []) => (await q.query(numberedPlaceholders(sql), params)).rowCount ?? 0,
  });
  // Fail at start (a wrong URL or password), not at the first command; name the server, not the password.
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    const where = new URL(url);
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`could not connect to PostgreSQL at ${where.host}${where.pathname}: ${reason}`);
  }
  return {
    dialect: 'postgres',
    ...on(pool),
    transaction: (work) => within('BEGIN', work),
    // REPEATABLE READ: every statement of the read sees the same committed state.
    snapshot: (work) => within('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work),
    // Deleted rows stay in dead tuples until (auto)vacuum reclaims them (docs/deploy.md#postgresql).
    scrub: async () => {},
    close: () => pool.end(),
  };

  async function within<T>(begin: string, work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(begin);
      const out = await work(on(client));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      // A connection that cannot even roll back is dropped from the pool, not handed out again.
      await client.query('ROLLBACK').catch((e: Error) => {
        broken = e;
      });
      throw err;
    } finally {
      client.release(broken);
    }
  }
}
