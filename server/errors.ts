import type { DomainError } from '../shared/event/domain-error';
import { wireCode } from '../shared/event/domain-error';
import type { ErrorCode, Issue } from '../shared/schemas/errors';
import { coded, type Coded } from '../shared/schemas/issue-codes';

/** HTTP status of each error code; the socket acks carry the code alone. */
export const STATUS: Record<ErrorCode, number> = {
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

/**
 * A request the shell refuses (a bad key, a bad body, a refusal of the event's rules): the
 * HTTP error handler and the socket wrapper both turn it into `{ code, message, issues?, reason?, params? }`.
 * Anything else thrown is a bug (500).
 */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    /** The refusal's stable code and params (issue 19), for clients that show it translated. */
    readonly refusal?: Coded,
  ) {
    super(message);
    this.name = 'RequestError';
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const badRequest = (message: string, issues?: Issue[]) => new RequestError('bad_request', message, issues);
// `reason`: where a phone shows the refusal (its words in the reader's language, issue 19).
export const notFound = (message: string, reason?: Coded) => new RequestError('not_found', message, undefined, reason);
export const forbidden = (message: string, reason?: Coded) => new RequestError('forbidden', message, undefined, reason);
export const unauthorized = (message: string, reason?: Coded) =>
  new RequestError('unauthorized', message, undefined, reason);

/** The refusal of the event's rules as the wire error it is answered with. */
export const refused = ({ code, message, issues, reason, params }: DomainError) =>
  new RequestError(wireCode(code), message, issues, reason ? coded(reason, params) : undefined);

/** The wire fields of a refusal's reason: `{ reason, params }`, or nothing. */
export const reasonFields = (reason?: Coded) =>
  reason ? { reason: reason.code, ...(reason.params ? { params: reason.params } : {}) } : {};

/** The result of an accepted command, or its refusal thrown to the route's error handler. */
export function accepted<T>(r: { ok: true; result: T } | { ok: false; error: DomainError }): T {
  if (!r.ok) throw refused(r.error);
  return r.result;
}

/** The most issues an error answer lists: a 1 MiB body of bad rows must not answer with megabytes. */
export const MAX_ISSUES = 100;

const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

/**
 * The first MAX_ISSUES issues, each path and message clipped to one readable line (zod lists
 * every unknown key in one message), and one more saying how many were left out.
 */
export function capIssues(issues: Issue[]): Issue[] {
  const long = (i: Issue) => i.path.length > 300 || i.message.length > 300;
  const listed = issues
    .slice(0, MAX_ISSUES)
    .map((i) => (long(i) ? { ...i, path: clip(i.path), message: clip(i.message) } : i));
  if (issues.length <= MAX_ISSUES) return listed;
  const more = issues.length - MAX_ISSUES;
  return [
    ...listed,
    { path: '(more)', message: `and ${more} more problems`, code: 'moreProblems', params: { count: more } },
  ];
}
