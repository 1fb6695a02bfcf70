import { z } from 'zod';
import { hasVisibleCharacter, normalizeName, normalizeText, unsafeTextProblem, type TextKind } from './text';

const tooLong = (max: number) => `must be at most ${max} characters`;

/**
 * The checks every text field starts with: a cheap length cap on the raw value (so a huge
 * string is refused before it is normalised), then trimmed and checked for characters no
 * field may hold (text.ts: controls, lone surrogates, bidi overrides), each refusal final.
 */
const safeString = (max: number, kind: TextKind) =>
  z
    .string()
    .superRefine((v, ctx) => {
      if (v.length > max * 4 + 64)
        ctx.addIssue({ code: 'custom', message: tooLong(max), params: { code: 'tooLong', max }, continue: false });
    })
    .overwrite((v) => v.trim())
    .superRefine((v, ctx) => {
      const problem = unsafeTextProblem(v, kind);
      if (problem) {
        const params = { code: problem.code, char: problem.char };
        ctx.addIssue({ code: 'custom', message: problem.message, params, continue: false });
      }
    });

const VISIBLE = 'must contain a visible character (not only spaces or invisible characters)';

/**
 * A one-line text that must say something, such as an event name, table label, topic or a
 * mentor named in a wish: normalised (NFC, trimmed, inner white space collapsed), at least
 * one visible character, at most `max` characters.
 */
export const nameText = (max = 120) =>
  safeString(max, 'line')
    .overwrite(normalizeName)
    .min(1, { error: 'must not be empty', abort: true })
    .max(max, tooLong(max))
    .refine(hasVisibleCharacter, { message: VISIBLE, params: { code: 'noVisibleCharacter' } });

/**
 * A person's name: a {@link nameText} without `;`, which separates the mentor names of a
 * wish or avoid list in the participants CSV (a mentor named "A; B" could not be wished for).
 */
export const personName = (max = 120) =>
  nameText(max).refine((v) => !v.includes(';'), {
    message: 'must not contain ";" (it separates names in wishes and avoid)',
    params: { code: 'semicolonInName' },
  });

/** A one-line text that may be empty, such as an email: normalised like a name, checked the same. */
export const lineText = (max: number) => safeString(max, 'line').overwrite(normalizeName).max(max, tooLong(max));

/**
 * Multi-line text (a bio, a question): tabs and line breaks allowed, stored NFC and trimmed
 * with `\n` line breaks; `required` ones need a visible character.
 */
export const multilineText = (max: number, { required }: { required: boolean }) => {
  const text = safeString(max, 'lines').overwrite(normalizeText);
  return required
    ? text
        .min(1, { error: 'must not be empty', abort: true })
        .max(max, tooLong(max))
        .refine(hasVisibleCharacter, { message: VISIBLE, params: { code: 'noVisibleCharacter' } })
    : text.max(max, tooLong(max));
};

/** Epoch ms of 2000-01-01 and 2100-01-01 (UTC): the range of every timestamp in a body. */
export const TIMESTAMP_RANGE = { min: 946_684_800_000, max: 4_102_444_800_000 } as const;
const TIMESTAMP = 'must be a time between 2000 and 2100 (epoch milliseconds)';

/** A point in time in a body: whole epoch milliseconds within 2000–2100. */
export const timestampSchema = z
  .number({ error: TIMESTAMP })
  .int('must be a whole number of milliseconds')
  // One refinement for both bounds, so the issue's code says "a time" (not "at most 4102444800000").
  .refine((v) => v >= TIMESTAMP_RANGE.min && v <= TIMESTAMP_RANGE.max, {
    message: TIMESTAMP,
    params: { code: 'timeOutOfRange' },
  });

/** A whole number of seconds, at least 1 (the screens show minutes). */
export const durationSeconds = z
  .number({ error: 'must be a number of seconds' })
  .int('must be a whole number of seconds')
  .min(1, 'must be at least 1 second')
  .max(24 * 3600, 'must be at most 24 hours');

/** Opaque identifier of a person or event. */
export const idSchema = z.string().min(1).max(64);
