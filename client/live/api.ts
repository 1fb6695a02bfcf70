import type { z } from 'zod';
import { errorBodySchema, type Issue } from '../../shared/schemas/errors';
import type { MessageParams } from '../../shared/schemas/issue-codes';

/** An error answer from the API, with its code and located issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** The refusal's stable code and params (issue 19), where the server sent them. */
    readonly reason?: string,
    readonly params?: MessageParams,
  ) {
    super(message);
  }
}

/**
 * Call the JSON API with a bearer secret and parse the answer with `schema` (types alone do
 * not validate). Throws ApiError with the server's message on failure.
 */
export async function api<S extends z.ZodType>(
  path: string,
  schema: S,
  opts: { method?: string; body?: unknown; secret?: string | null; csv?: string } = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = {};
  if (opts.secret) headers.authorization = `Bearer ${opts.secret}`;
  let body: string | undefined;
  if (opts.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = opts.csv;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method: opts.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  } catch {
    throw new ApiError(0, 'network', 'No connection to the server. Check the Wi-Fi and try again.');
  }
  const text = await res.text();
  const json: unknown = text ? safeJson(text) : null;
  if (!res.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      const { code, message, issues, reason, params } = parsed.data.error;
      throw new ApiError(res.status, code, message, issues, reason, params);
    }
    throw new ApiError(res.status, 'http', `The server answered ${res.status}.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ApiError(
      res.status,
      'bad_answer',
      'The server sent an answer this page does not understand. Reload the page.',
    );
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
