import type { z } from 'zod';
import { describeIssues, toIssues, type Issue } from '../../shared/schemas/errors';
import { badRequest } from '../errors';

/** A body read with its schema: the data, or a sentence and every bad (or unknown) field. */
export type ReadBody<T> = { ok: true; data: T } | { ok: false; message: string; issues: Issue[] };

/** Read a request body with a zod schema without throwing (also what the worker threads use). */
export function readBody<S extends z.ZodType>(schema: S, body: unknown): ReadBody<z.output<S>> {
  const r = schema.safeParse(body ?? {});
  if (r.success) return { ok: true, data: r.data };
  const issues = toIssues(r.error, schema);
  return { ok: false, message: `invalid request: ${describeIssues(issues)}`.slice(0, 500), issues };
}

/** Parse a request body with a zod schema, or throw a 400 naming every bad (or unknown) field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = readBody(schema, body);
  if (r.ok) return r.data;
  throw badRequest(r.message, r.issues);
}
