/** How the seating board is laid out on a screen. */
export interface BoardLayout {
  cols: number;
  rows: number;
  perPage: number;
  pageCount: number;
  /** The lines of text a card holds (every card of the board is as tall). */
  lines: number;
  /** A card's height and the gap between cards, px (the grid uses them as they are). */
  cardHeight: number;
  gap: number;
}

/**
 * Pure: how many table cards fit on the board. `unit` is the board's font size in px; a card
 * is at least `minCardUnits` units wide and holds `linesPerCard` lines: a number, or the lines
 * its text needs in a card of a given inner width (em), since long names wrap.
 */
export function boardLayout(opts: {
  width: number;
  height: number;
  unit: number;
  linesPerCard: number | ((innerEm: number) => number);
  count: number;
  minCardUnits?: number;
}): BoardLayout {
  const { width, height, unit, count } = opts;
  const gap = unit * 0.6;
  const minW = unit * (opts.minCardUnits ?? 15);
  const cols = Math.max(1, Math.floor((width + gap) / (minW + gap)));
  // Columns share the width (1fr each); a board not laid out yet (0 px) counts the minimum.
  const cardW = Math.max(minW, (width - gap * (cols - 1)) / cols);
  const innerEm = (cardW - 2) / unit - 1.4; // less the border (1 px a side) and the padding (0.7em)
  const lines = Math.max(1, typeof opts.linesPerCard === 'number' ? opts.linesPerCard : opts.linesPerCard(innerEm));
  const cardH = unit * 1.3 * lines + unit * 1.2; // lines + padding and border
  const rows = Math.max(1, Math.floor((height + gap) / (cardH + gap)));
  const perPage = cols * rows;
  return { cols, rows, perPage, pageCount: Math.max(1, Math.ceil(count / perPage)), lines, cardHeight: cardH, gap };
}

/** Pure: the items on page `page` (0-based) of `perPage` each. */
export function pageOf<T>(items: readonly T[], perPage: number, page: number): T[] {
  const size = Math.max(1, perPage);
  return items.slice(page * size, page * size + size);
}

/**
 * Pure: `items` on the fewest pages of at most `perPage`, as even as possible (13 on pages of
 * 12 → 7 + 6), so no page is left with one or two that would have fitted on the one before.
 */
export function evenPages<T>(items: readonly T[], perPage: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / Math.max(1, perPage));
  const base = Math.floor(items.length / count);
  const extra = items.length % count;
  const pages: T[][] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i < extra ? 1 : 0);
    pages.push(items.slice(from, from + size));
    from += size;
  }
  return pages;
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
 * Pure: the font size (px) to lay a board out at, given how many pages it takes at a size.
 * The base size, unless a size down to `min` saves a page (then the largest that does), or
 * everything fits on one page (then as large as still fits, up to `max`: a small room's few
 * tables fill the screen). Whole pixels, searched from the top down.
 */
export function chooseUnit(
  pagesAt: (unit: number) => number,
  sizes: { base: number; max: number; min?: number },
): number {
  const min = Math.min(sizes.min ?? sizes.base, sizes.base);
  const fewest = Math.min(pagesAt(sizes.base), pagesAt(min));
  const top = fewest === 1 ? Math.max(sizes.base, sizes.max) : sizes.base;
  const candidates = [top, ...wholeSizesBelow(top, min)];
  return candidates.find((u) => pagesAt(u) <= fewest) ?? min;
}

/** Whole pixel sizes below `top` down to `min`, then `min` itself. */
function wholeSizesBelow(top: number, min: number): number[] {
  const out: number[] = [];
  for (let u = Math.ceil(top) - 1; u > min; u--) out.push(u);
  out.push(min);
  return out;
}
