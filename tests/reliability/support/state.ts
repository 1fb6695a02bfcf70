import { expect } from 'vitest';
import { errorBodySchema, type ErrorCode } from '../../../shared/schemas/errors';
import { call, type Answer, type SeededEvent } from '../../support/http';
import { storedRows, testStoreKind } from '../../integration/store/support/test-store';

/** Drop what changes with the passing of time alone (serverNow, a running clock's remainingMs). */
export function timeless(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(timeless);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) {
    if (k === 'serverNow') continue;
    if (k === 'remainingMs' && o.status === 'running') continue;
    out[k] = timeless(x);
  }
  return out;
}

/**
 * Every GET view of an event, as the organizer, the projector and each given person see it:
 * what "the event's state" means to the outside. Equal views = nothing changed.
 */
export async function viewsOf(
  url: string,
  ev: Pick<SeededEvent, 'id' | 'key' | 'projectorKey'>,
  tokens: string[] = [],
): Promise<unknown> {
  const get = (path: string, key: string) =>
    call(url, 'GET', path, { key }).then((r) => ({ status: r.status, body: timeless(r.body) }));
  const [organizer, schedule, clock, projector, ...people] = await Promise.all([
    get(`/api/events/${ev.id}`, ev.key),
    get(`/api/events/${ev.id}/schedule`, ev.key),
    get(`/api/events/${ev.id}/clock`, ev.key),
    get('/api/projector', ev.projectorKey),
    ...tokens.map((t) => get('/api/me', t)),
  ]);
  return { organizer, schedule, clock, projector, people };
}

const TABLES = {
  sqlite: "SELECT name FROM sqlite_master WHERE type = 'table'",
  postgres: 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
};

/**
 * Row counts of every table (events, people, secrets, clock log, …), read by a second connection
 * from the database of the test server of `dataDir` (SQLite's file, or its PostgreSQL schema).
 */
export async function rowCounts(dataDir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const tables = await storedRows<{ name: string }>(dataDir, TABLES[testStoreKind()]);
  for (const { name } of tables)
    out[name] = (await storedRows<{ n: number }>(dataDir, `SELECT count(*) AS n FROM "${name}"`))[0]!.n;
  return out;
}

const STATUS_OF: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  outdated_client: 426,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  insufficient_storage: 507,
};

/** An error answer as the API promises it: the documented body, a code matching the status, a readable message. */
export function expectCleanError(r: Answer, what: string): void {
  expect(r.status, `${what}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
  const parsed = errorBodySchema.safeParse(r.body);
  expect(parsed.success, `${what}: error body ${r.text.slice(0, 300)}`).toBe(true);
  if (!parsed.success) return;
  const { code, message, issues } = parsed.data.error;
  expect(STATUS_OF[code], `${what}: code ${code} for status ${r.status}`).toBe(r.status);
  expect(message.length, what).toBeGreaterThan(5);
  expect(message.length, what).toBeLessThanOrEqual(600);
  expect(issues?.length ?? 0, `${what}: issues are bounded`).toBeLessThanOrEqual(101);
  expect(r.text.length, `${what}: the error answer stays small`).toBeLessThan(64 * 1024);
}
