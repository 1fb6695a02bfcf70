import type { z } from 'zod';
import { coded } from './coded';
import type { Coded } from './issue-codes';

/**
 * The stable code of a zod issue (shared/schemas/issue-codes.ts), from what the field holds.
 * Custom refinements name their code in `params.code` (common.ts does for visible characters and
 * unsafe text, meeting-url.ts for https links) with their other params beside it; other custom
 * issues are `invalid`.
 */
export function zodIssueCode(i: z.core.$ZodIssue): Coded {
  switch (i.code) {
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string') return min <= 1 ? coded('empty') : coded('tooShort', { min });
      if (i.origin === 'array' || i.origin === 'set') return coded('tooFew', { min });
      return coded('tooLow', { min });
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return coded('tooLong', { max });
      if (i.origin === 'array' || i.origin === 'set') return coded('tooMany', { max });
      return coded('tooHigh', { max });
    }
    case 'invalid_type':
      // zod leaves the input out of its issues; its message says what it received.
      if (i.message.endsWith('received undefined')) return coded('required');
      return i.expected === 'int' ? coded('notWhole') : coded('wrongType', { expected: i.expected });
    case 'invalid_value':
      // `z.literal(true)`: a box to tick (the sign-up's consent).
      if (i.values.length === 1 && i.values[0] === true) return coded('mustAccept');
      return coded('notOneOf', { options: i.values.map((v) => String(v)).join(', ') });
    case 'invalid_format':
      return i.format === 'email' ? coded('notEmail') : coded('badFormat', { format: i.format });
    case 'custom': {
      const { code, ...params } = (i.params ?? {}) as { code?: unknown } & Record<string, string | number>;
      return typeof code === 'string' ? coded(code, params) : coded('invalid');
    }
    default:
      return coded('invalid');
  }
}
