/**
 * Whether an ICU message is plain text (no placeholder, tag or quote): then it is shown as it
 * is, with no formatter, and the build leaves it a string rather than a syntax tree.
 */
export function isPlainMessage(message: string): boolean {
  return /^[^{}<>']*$/.test(message);
}
