/**
 * The text rules of every body (pure): how names are normalised and compared, and which
 * characters no text field may hold. The zod schemas (common.ts) apply them, so the JSON API,
 * the CSV import and the backup import refuse the same things and compare names the same way.
 *
 * Decisions (docs/api.md, "Names and text"):
 * - Names compare case- and accent-insensitively: "Zoe", "zoë", "ZOË" and "Zoe" + U+0308 are one
 *   name, so an organizer who types "Zoe" in a wish means Zoë, and two people of one role cannot
 *   be told apart by an accent alone. "Accents" are the combining diacritics of the Latin, Greek
 *   and Cyrillic scripts and the optional vowel points of Hebrew and Arabic; the vowel signs of
 *   Indic and South-East Asian scripts are letters and count ("राम" and "रमा" stay two names).
 *   Letters that are not an accented form (ø, ł, đ, æ) stay distinct from o, l, d, ae.
 * - Compatibility forms compare as their plain form (NFKD): full-width "Ｇｒａｃｅ" is "Grace".
 * - Invisible characters (Unicode's default-ignorable code points and format characters: zero
 *   width space, joiners, soft hyphen, BOM, variation selectors, Hangul fillers, the bidi marks)
 *   are ignored when comparing, and a name needs at least one visible character. They are
 *   stored as written: a zero-width joiner belongs in an emoji or a Persian name.
 * - The bidi *marks* (U+200E, U+200F, U+061C) are allowed, as right-to-left names need them
 *   and they can only nudge the text next to them; the *overrides, embeddings and isolates*
 *   (U+202A–U+202E, U+2066–U+2069) are refused: they reorder what follows and can make text
 *   read other than it is ("Trojan Source").
 */

/** A run of Unicode white space (not U+200B or U+FEFF, which are invisible rather than space). */
const SPACE_RUN = /\p{White_Space}+/gu;
/** Characters ignored when names are compared: default-ignorable code points and format characters. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
/**
 * Accents: combining diacritical marks (and their extended, supplement, symbol and half-mark
 * blocks), Hebrew points and cantillation, Arabic harakat and the superscript alef.
 */
const ACCENT = new RegExp(
  [
    '[\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F', // Latin, Greek, Cyrillic
    '\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7', // Hebrew points
    '\\u064B-\\u065F\\u0670]', // Arabic harakat, superscript alef
  ].join(''),
  'gu',
);
/** A character that draws something: a letter, digit, punctuation or symbol (the braille blank excepted). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const BLANK_GLYPH = /\u2800/gu;

const LONE_SURROGATE = /\p{Cs}/u;
/** C0 controls, DEL and C1 controls. */
const CONTROL = /\p{Cc}/u;
/** Controls other than tab, line feed and carriage return. */
const CONTROL_BUT_LINES = /(?![\t\n\r])\p{Cc}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** A character as `U+XXXX`. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A name as stored: NFC, trimmed, every run of white space inside it one space. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(SPACE_RUN, ' ');
}

/** Multi-line text (a bio, a question) as stored: NFC, trimmed, line breaks as `\n`. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').trim().replace(/\r\n?/g, '\n');
}

/**
 * The key two names (or table labels) are compared by: normalised, compatibility forms
 * folded (NFKD), case-folded, accents and invisible characters removed. Equal keys mean the
 * same name; see the decisions at the top of this file.
 */
export function nameKey(name: string): string {
  // Upper then lower folds what lower-casing alone leaves (ß → ss, final ς → σ); NFKD again
  // after it, as a case mapping can compose (İ lower-cases to i + U+0307).
  const folded = normalizeName(name).normalize('NFKD').toUpperCase().toLowerCase().normalize('NFKD');
  return folded.replace(ACCENT, '').replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim().normalize('NFC');
}

/** Does the text draw anything (a letter, digit, punctuation or symbol that is not invisible)? */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text.replace(INVISIBLE, '').replace(BLANK_GLYPH, ''));
}

/** Which text a field holds: one line (names, labels, email) or several (a bio, a question). */
export type TextKind = 'line' | 'lines';

/**
 * Why no field may hold this text, or undefined when it may: a lone surrogate (half of a
 * character, not text), a control character (NUL included; tab and line breaks are allowed in
 * multi-line fields only), or a bidi override, embedding or isolate. Check it before
 * normalising, which would hide a line break inside a one-line field.
 */
export function unsafeTextProblem(text: string, kind: TextKind): TextProblem | undefined {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    const char = codePointLabel(surrogate[0]);
    return problem('loneSurrogate', char, `contains a lone surrogate (${char}), which is not text`);
  }
  const control = (kind === 'lines' ? CONTROL_BUT_LINES : CONTROL).exec(text);
  if (control) {
    const char = codePointLabel(control[0]);
    return /[\t\n\r]/.test(control[0])
      ? problem('lineBreak', char, `contains a line break or tab (${char}); this field is a single line`)
      : problem('controlCharacter', char, `contains a control character (${char})`);
  }
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    const char = codePointLabel(bidi[0]);
    return problem(
      'bidiControl',
      char,
      `contains a bidirectional override or isolate (${char}), which can disguise text`,
    );
  }
  return undefined;
}

/** What is unsafe in a text: the English message, its stable code (issue-codes.ts) and the character. */
export interface TextProblem {
  message: string;
  code: 'loneSurrogate' | 'lineBreak' | 'controlCharacter' | 'bidiControl';
  char: string;
}

const problem = (code: TextProblem['code'], char: string, message: string): TextProblem => ({ message, code, char });

// Shown escaped in messages, so a refusal says which invisible character it saw.
const UNSEEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/gu;

/**
 * A value quoted for a message, on one short line, with invisible and control characters
 * written as `\u200B` (`\u{E0041}` beyond U+FFFF): a refusal shows the zero-width space it saw.
 */
export function quoteText(value: string, max = 40): string {
  const flat = value.replace(/[\p{Zs}\t\n\r]+/gu, ' ');
  let cut = flat;
  if (flat.length > max) {
    const end = /[\uD800-\uDBFF]/.test(flat[max - 2] ?? '') ? max - 2 : max - 1; // not half a character
    cut = `${flat.slice(0, end)}…`;
  }
  const escaped = (c: string) => {
    const hex = (c.codePointAt(0) ?? 0).toString(16).toUpperCase();
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  };
  return `"${cut.replace(/["\\]/g, '\\$&').replace(UNSEEN, escaped)}"`;
}
