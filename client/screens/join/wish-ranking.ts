/** How many mentors a mentee may wish for, and avoid. */
export const MAX_WISHES = 3;
export const MAX_AVOID = 3;

/** What a tap on a mentor's card did to the ranked wishes, and why it did nothing when it did nothing. */
export type WishTap = { wishes: string[]; refused: null | 'full' | 'avoided' };

/**
 * Pure: a tap on mentor `id`. A ranked one is removed and those after it move up; an unranked
 * one becomes the next wish, unless all wishes are taken or the mentee chose to avoid them.
 */
export function tapWish(wishes: readonly string[], id: string, avoid: readonly string[] = []): WishTap {
  if (wishes.includes(id)) return { wishes: wishes.filter((w) => w !== id), refused: null };
  if (avoid.includes(id)) return { wishes: [...wishes], refused: 'avoided' };
  if (wishes.length >= MAX_WISHES) return { wishes: [...wishes], refused: 'full' };
  return { wishes: [...wishes, id], refused: null };
}

/** Pure: tick or untick mentor `id` as someone to avoid; a wish or a fourth one is not taken. */
export function toggleAvoid(avoid: readonly string[], id: string, wishes: readonly string[]): string[] {
  if (avoid.includes(id)) return avoid.filter((a) => a !== id);
  if (wishes.includes(id) || avoid.length >= MAX_AVOID) return [...avoid];
  return [...avoid, id];
}
