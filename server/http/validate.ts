import type { z } from 'zod';
import { describeIssues, toIssues } from '../../shared/schemas/errors';
import { badRequest } from '../errors';

/** Parse a request body with a zod schema, or throw a 400 naming every bad (or unknown) field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body ?? {});
  if (r.success) return r.data;
  const issues = toIssues(r.error, schema);
  throw badRequest(`invalid request: ${describeIssues(issues)}`.slice(0, 500), issues);
}
