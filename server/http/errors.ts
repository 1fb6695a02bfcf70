import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ErrorBody, ErrorCode, Issue } from '../../shared/schemas/errors';
import { RateLimitError } from '../auth';
import type { Coded } from '../../shared/schemas/issue-codes';
import { capIssues, reasonFields, RequestError, STATUS } from '../errors';
import type { Logger } from '../log';

/**
 * Send `{ error: { code, message, issues?, reason?, params? } }` with the code's status (at most
 * MAX_ISSUES issues).
 */
export function sendError(res: Response, code: ErrorCode, message: string, issues?: Issue[], reason?: Coded): void {
  const listed = issues ? capIssues(issues) : [];
  const body: ErrorBody = {
    error: { code, message, ...(listed.length > 0 ? { issues: listed } : {}), ...reasonFields(reason) },
  };
  res.status(STATUS[code]).json(body);
}

/** Unknown API paths answer JSON, not the client's HTML. */
export const apiNotFound: RequestHandler = (req, res) => {
  sendError(res, 'not_found', `no such API endpoint: ${req.method} ${req.baseUrl}${req.path}`);
};

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** The one error handler: expected errors become their status, the rest a logged 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof RateLimitError) res.setHeader('Retry-After', String(Math.ceil(err.retryAfterMs / 1000)));
    if (err instanceof RequestError) return sendError(res, err.code, err.message, err.issues, err.refusal);
    const bp = err as BodyParserError;
    if (bp?.type === 'entity.too.large') {
      return sendError(
        res,
        'payload_too_large',
        `the body is larger than the limit of ${Math.round((bp.limit ?? 0) / 1024)} KiB`,
      );
    }
    if (bp?.type === 'entity.parse.failed') return sendError(res, 'bad_request', 'the body is not valid JSON');
    // The router could not percent-decode a path segment (e.g. /api/events/%ZZ).
    if (err instanceof URIError)
      return sendError(res, 'bad_request', 'the URL is not valid: a path segment has broken %-encoding');
    if (typeof bp?.status === 'number' && bp.status >= 400 && bp.status < 500) {
      return sendError(res, 'bad_request', `the body could not be read (${bp.type ?? bp.status})`);
    }
    log.error(`${req.method} ${req.path} failed`, err);
    sendError(res, 'internal', 'something went wrong on the server; the error was logged', undefined, {
      code: 'serverFault',
    });
  };
}
