/**
 * "Did you mean …?" for a typo: the closest known word (a column, a role) or name, by edit
 * distance, suggested only when it is close enough to be a slip of the keyboard and no other
 * is as close. Names compare by `nameKey` (case, accents and invisible characters aside), as
 * everywhere else. Used by the CSV import and the JSON people API.
 */
import { nameKey, quoteText } from '../schemas/text';

/**
 * Edits (insert, delete, substitute) turning `a` into `b`, or `limit + 1` as soon as it is
 * sure to be more than `limit`: only the band of width 2·limit + 1 is computed.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(limit + 1);
    cur[0] = i;
    let best = cur[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return Math.min(prev[b.length]!, limit + 1);
}

/** How many edits still read as a typo of a word this long: 1 up to 4 characters, 2 up to 8, then 3. */
export function typoLimit(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** The one candidate within `limit` edits of `word` and closer than every other; undefined if none or a tie. */
export function closestWord(
  word: string,
  candidates: Iterable<string>,
  limit = typoLimit(word.length),
): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(word, c, limit);
    if (d < bestDistance) [best, bestDistance, tie] = [c, d, false];
    else if (d === bestDistance && d <= limit && c !== best) tie = true;
  }
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}

/**
 * Suggests names from a fixed list: keys are made once, and the comparisons of all look-ups
 * together are capped (`budget` character comparisons), so a request of 5,000 bad wishes
 * against 2,000 mentors stays fast; past the cap it suggests nothing.
 */
export function nameSuggester(names: Iterable<string>, budget = 5_000_000) {
  const byKey = new Map<string, string>();
  for (const n of names) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), n);
  const keys = [...byKey.keys()];
  let spent = 0;
  return {
    /** The name `written` is most likely a typo of, as written in the list; undefined if none is close. */
    closest(written: string): string | undefined {
      const key = nameKey(written);
      if (key === '' || byKey.has(key)) return undefined;
      const limit = typoLimit(key.length);
      spent += keys.length * key.length * (2 * limit + 1);
      if (spent > budget) return undefined;
      const found = closestWord(key, keys, limit);
      return found === undefined ? undefined : byKey.get(found);
    },
  };
}

/** ` — did you mean "Grace Hopper"?` for a close name, or '' (appended to a message). */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` — did you mean ${quoteText(suggestion)}?`;
}
