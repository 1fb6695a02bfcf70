/**
 * How many lines a name takes in a box of a given width, so the projector can size its cards
 * to hold every name whole (wrapped, never cut). Widths are in em (at a font size of 1).
 */

/** The width of `text` in em, bold or not: measured in the browser, estimated elsewhere. */
export type MeasureEm = (text: string, bold: boolean) => number;

// Ideographs, kana, hangul and full-width forms are about 1 em wide; Latin capitals and digits
// about 0.68 em, other letters about 0.56 em (generous for a system sans-serif).
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const CAPITAL = /[\p{Lu}\p{Nd}]/u;

/** Pure: a conservative estimate of a text's width in em, for when nothing can be measured. */
export function estimateEm(text: string, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.3;
    else if (WIDE.test(ch) || /\p{Extended_Pictographic}/u.test(ch)) em += 1;
    else if (CAPITAL.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return bold ? em * 1.1 : em;
}

/**
 * Pure: the lines of words (widths in em, `space` between two) in a box `width` em wide,
 * wrapped as the browser wraps with `overflow-wrap: anywhere`: between words, and a word wider
 * than the box is broken across lines.
 */
export function wrappedLines(widths: readonly number[], space: number, width: number): number {
  const box = Math.max(width, 0.5);
  let lines = 1;
  let x = 0;
  for (const w0 of widths) {
    if (x > 0 && x + space + w0 <= box) {
      x += space + w0;
      continue;
    }
    if (x > 0) lines++;
    let w = w0;
    while (w > box) {
      lines++;
      w -= box;
    }
    x = w;
  }
  return lines;
}

/** The words of a text (split at white space). */
export const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

/**
 * Pure: the lines `text` takes in a box `width` em wide. The box is taken 5 % narrower than
 * it is, so a measurement a hair off never leaves a name a line short.
 */
export function lineCount(text: string, width: number, measure: MeasureEm, bold = false): number {
  const words = wordsOf(text);
  if (words.length === 0) return 1;
  return wrappedLines(
    words.map((w) => measure(w, bold)),
    measure(' ', bold),
    width * 0.95,
  );
}
