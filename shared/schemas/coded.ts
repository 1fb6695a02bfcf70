import type { Coded, MessageParams } from './issue-codes';

/**
 * `{ code, params }`, the params left out when there are none. Apart from the code tables of
 * issue-codes.ts: the phone codes zod issues with it, and must not carry every code there is.
 */
export const coded = (code: string, params: MessageParams = {}): Coded =>
  Object.keys(params).length > 0 ? { code, params } : { code };
