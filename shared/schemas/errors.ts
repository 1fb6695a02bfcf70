import { z } from 'zod';
import type { MessageParams } from './issue-codes';
import { splitUnknownFields } from './unknown-fields';

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * One problem with an input, located by its field path (e.g. "mentees.2.name" or "line 4"):
 * the English `message`, and where known a stable `code` with `params` that clients render in
 * the reader's language (shared/schemas/issue-codes.ts).
 */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: paramsSchema.optional(),
});
export type Issue = z.infer<typeof issueSchema>;

/** Machine-readable error codes; each maps to one HTTP status. */
export const errorCodeSchema = z.enum([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'outdated_client',
  'rate_limited',
  'internal',
  'unavailable',
  'insufficient_storage',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The error body of every API answer: `{ error: { code, message, issues? } }`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    issues: z.array(issueSchema).optional(),
    /** The refusal's stable code and params beside the English message (issue 19), where it has one. */
    reason: z.string().optional(),
    params: paramsSchema.optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Socket acks: a discriminated result, like the HTTP answers. */
export type Ack<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: { code: ErrorCode; message: string; issues?: Issue[]; reason?: string; params?: MessageParams };
    };

/**
 * Turn zod issues into `{ path, message }` with dotted field paths. The unknown keys of a
 * strict object become one issue each (`mentees.0.wishs: unknown field; did you mean
 * "wishes"?`); the suggestion needs the `schema` that was parsed.
 */
export function toIssues(error: z.ZodError, schema?: z.core.$ZodType): Issue[] {
  return splitUnknownFields(error.issues, schema).map((i) => ({
    path: i.path.map(String).join('.') || '(root)',
    message: i.message,
    code: i.code,
    ...(i.params ? { params: i.params } : {}),
  }));
}

/** One readable line listing every problem, e.g. "roundSeconds: must be at least 1 second". */
export function describeIssues(issues: Issue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}
