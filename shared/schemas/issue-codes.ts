import type { z } from 'zod';

/**
 * Stable codes for the problems and refusals a user reads (issue 19): beside each English
 * `message` (a public contract, unchanged), an issue or error carries a `code` and its `params`,
 * so a client renders it in the reader's language. The codes are camelCase words that never
 * change meaning; a message without a specific code gets `invalid` (clients then show the English).
 */
export type MessageParams = Record<string, string | number>;

/** The codes of field problems zod finds, by what the field holds. */
export const FIELD_CODES = [
  'required',
  'wrongType',
  'notWhole',
  'empty',
  'tooShort',
  'tooLong',
  'tooFew',
  'tooMany',
  'tooLow',
  'tooHigh',
  'notOneOf',
  'notEmail',
  'badFormat',
  'unknownField',
  'moreUnknownFields',
  'noVisibleCharacter',
  'unsafeText',
  'notHttps',
  'semicolonInName',
  'invalid',
] as const;

/** A code and params, as an issue or error carries them. */
export interface Coded {
  code: string;
  params?: MessageParams;
}

const withParams = (code: string, params: MessageParams): Coded =>
  Object.keys(params).length > 0 ? { code, params } : { code };

/**
 * The code of a zod issue. Custom refinements name their code in `params.code` (common.ts does
 * for visible characters, unsafe text, https links); other custom issues are `invalid`.
 */
export function zodIssueCode(i: z.core.$ZodIssue): Coded {
  switch (i.code) {
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string') return min <= 1 ? { code: 'empty' } : withParams('tooShort', { min });
      if (i.origin === 'array' || i.origin === 'set') return withParams('tooFew', { min });
      return withParams('tooLow', { min });
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return withParams('tooLong', { max });
      if (i.origin === 'array' || i.origin === 'set') return withParams('tooMany', { max });
      return withParams('tooHigh', { max });
    }
    case 'invalid_type':
      // zod leaves the input out of its issues; its message says what it received.
      if (i.message.endsWith('received undefined')) return { code: 'required' };
      return i.expected === 'int' ? { code: 'notWhole' } : withParams('wrongType', { expected: i.expected });
    case 'invalid_value':
      return withParams('notOneOf', { options: i.values.map((v) => String(v)).join(', ') });
    case 'invalid_format':
      return i.format === 'email' ? { code: 'notEmail' } : withParams('badFormat', { format: i.format });
    case 'custom': {
      const code = (i.params as { code?: unknown } | undefined)?.code;
      return typeof code === 'string' ? { code } : { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}
