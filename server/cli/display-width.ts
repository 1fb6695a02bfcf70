/** Terminal column widths: CJK and emoji take two columns, combining marks none. */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;
const EMOJI = /\p{Extended_Pictographic}/u;

// East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth W/F), coarse but covering
// Hangul, kana, CJK ideographs and punctuation, fullwidth forms and the supplementary planes.
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  return WIDE.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** How many terminal columns `text` takes (one line of text). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (ZERO_WIDTH.test(segment)) continue;
    const first = segment.codePointAt(0) ?? 0;
    width += isWide(first) || (EMOJI.test(segment) && (segment.includes('\uFE0F') || first >= 0x1f000)) ? 2 : 1;
  }
  return width;
}

/** Pad `text` with spaces to `width` terminal columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
