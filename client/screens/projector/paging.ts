/** How the seating board is laid out on a screen. */
export interface BoardLayout {
  cols: number;
  rows: number;
  perPage: number;
  pageCount: number;
  /** A card's height and the gap between cards, px (the grid uses them as they are). */
  cardHeight: number;
  gap: number;
}

/**
 * Pure: how many table cards fit on the board. `unit` is the board's font size in px; a card
 * is a header line plus one line per mentee, and at least `minCardUnits` units wide.
 */
export function boardLayout(opts: {
  width: number;
  height: number;
  unit: number;
  linesPerCard: number;
  count: number;
  minCardUnits?: number;
}): BoardLayout {
  const { width, height, unit, linesPerCard, count } = opts;
  const gap = unit * 0.6;
  const cardW = unit * (opts.minCardUnits ?? 15);
  const cardH = unit * 1.3 * linesPerCard + unit * 1.2; // lines + padding and border
  const cols = Math.max(1, Math.floor((width + gap) / (cardW + gap)));
  const rows = Math.max(1, Math.floor((height + gap) / (cardH + gap)));
  const perPage = cols * rows;
  return { cols, rows, perPage, pageCount: Math.max(1, Math.ceil(count / perPage)), cardHeight: cardH, gap };
}

/** Pure: the items on page `page` (0-based) of `perPage` each. */
export function pageOf<T>(items: readonly T[], perPage: number, page: number): T[] {
  const size = Math.max(1, perPage);
  return items.slice(page * size, page * size + size);
}

/**
 * Pure: which page to show at `serverNow`, turning every `intervalMs`. Taken from the server's
 * clock, so two projectors in one room turn their pages together.
 */
export function pageIndexAt(serverNow: number, pageCount: number, intervalMs = 8000): number {
  if (pageCount <= 1) return 0;
  return Math.floor(serverNow / intervalMs) % pageCount;
}

/**
 * Pure: the largest font size (px, from `base` up to `max`) at which all `count` cards fit on
 * one page, so a small room's few tables fill the screen; `base` when even that needs pages.
 */
export function fitUnit(opts: {
  width: number;
  height: number;
  linesPerCard: number;
  count: number;
  base: number;
  max: number;
  minCardUnits?: number;
}): number {
  const fits = (unit: number) => boardLayout({ ...opts, unit }).pageCount === 1;
  if (!fits(opts.base)) return opts.base;
  // Whole pixels: the largest that fits, searched by halves.
  let lo = opts.base;
  let hi = Math.floor(Math.max(opts.base, opts.max));
  while (lo < hi) {
    const mid = Math.max(Math.ceil((lo + hi) / 2), Math.floor(lo) + 1);
    if (mid > hi) break;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
