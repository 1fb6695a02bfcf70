import type { ErrorCode, Issue } from '../schemas/errors';
import type { Coded, MessageParams } from '../schemas/issue-codes';

/**
 * Why the event's rules refused a command: a code, a sentence, the fields at fault, and where
 * a screen shows it to people, the sentence's stable `reason` and `params` (issue 19).
 */
export interface DomainError {
  code: DomainErrorCode;
  message: string;
  issues?: Issue[];
  reason?: string;
  params?: MessageParams;
}

/** The kinds of refusal: bad input, a missing thing, a state that forbids it, a role that may not. */
export type DomainErrorCode = 'invalid' | 'not_found' | 'conflict' | 'forbidden';

/** A refusal as a value: rules return it instead of throwing. */
export type Failure = { ok: false; error: DomainError };

/** A rule's answer: its value, or why not. */
export type Outcome<T> = { ok: true; value: T } | Failure;

/** A successful outcome. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

const failure =
  (code: DomainErrorCode) =>
  (message: string, issues?: Issue[], reason?: Coded): Failure => ({
    ok: false,
    error: {
      code,
      message,
      ...(issues && issues.length > 0 ? { issues } : {}),
      ...(reason ? { reason: reason.code, ...(reason.params ? { params: reason.params } : {}) } : {}),
    },
  });

/** Build refusals: `refuse.conflict('the event has ended')`. */
export const refuse = {
  invalid: failure('invalid'),
  notFound: failure('not_found'),
  conflict: failure('conflict'),
  forbidden: failure('forbidden'),
};

/** The wire code of a refusal (`invalid` is the API's `bad_request`, 400). */
export function wireCode(code: DomainErrorCode): ErrorCode {
  return code === 'invalid' ? 'bad_request' : code;
}
