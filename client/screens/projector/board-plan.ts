import en from '../../i18n/catalogues/en/projector';
import { boardLayout, chooseUnit, evenPages } from './paging';
import type { SeatRow } from './seating';
import { lineCount, type MeasureEm, wordsOf, wrappedLines } from './text-lines';

/** One page of the seating board: table cards (the last may be the sitting-out card), or the sitting-out list. */
export type BoardPage =
  | { kind: 'tables'; rows: SeatRow[]; byes: string[] | null }
  | { kind: 'byes'; names: string[]; part: number; parts: number };

/** The board's pages and how each kind of page is laid out. */
export interface BoardPlan {
  pages: BoardPage[];
  /** Table pages: font size (px), columns, card height and gap (px). */
  tables: { unit: number; cols: number; cardHeight: number; gap: number };
  /** Sitting-out pages (when the list has pages of its own): font size (px) and name columns. */
  byes: { unit: number; cols: number } | null;
}

export interface BoardInput {
  /** The board's size, px. */
  width: number;
  height: number;
  /** Font sizes, px: the usual one, the largest a few cards may grow to, the smallest to save a page. */
  base: number;
  max: number;
  min: number;
  rows: SeatRow[];
  byes: string[];
  measure: MeasureEm;
  /** The board's own words as shown (their width counts): the remote badge, the sitting-out heading. */
  words?: BoardWords;
}

/** The words the board measures besides the names, in the page's language (default: English). */
export interface BoardWords {
  remote: string;
  sittingOut: string;
}

const ENGLISH: BoardWords = { remote: en.remoteBadge, sittingOut: en.sittingOut };

/** The sitting-out page: heading, then names in columns at least this wide, em. */
const NAME_COL_EM = 10;
const NAME_GAP_EM = 1.2;
const ROW_GAP_EM = 0.25;
const LINE = 1.3;

/** Lines of a table card in a card `inner` em wide: the table and mentor, then each mentee. */
function tableLines(row: SeatRow, inner: number, measure: MeasureEm, words: BoardWords): number {
  const head = wrappedLines(
    [
      measure(row.table, true) + 0.3,
      ...wordsOf(row.mentorName).map((w) => measure(w, true)),
      // A remote table's badge (seating-board.tsx) is a word of the heading too.
      ...(row.remote ? wordsOf(words.remote).map((w) => measure(w, true) + 0.6) : []),
    ],
    measure(' ', true),
    inner * 0.95,
  );
  const names = row.mentees.length === 0 ? 1 : row.mentees.reduce((n, m) => n + lineCount(m, inner, measure), 0);
  return head + names;
}

/** Lines of the sitting-out card: its heading, then the names in one run of text. */
function byesCardLines(byes: string[], inner: number, measure: MeasureEm, words: BoardWords): number {
  return lineCount(words.sittingOut, inner, measure, true) + lineCount(byes.join(', '), inner, measure);
}

/**
 * Pure: the sitting-out list on pages of its own at font size `unit`: names in columns (read
 * down, alphabetical), each name whole, wrapped when long; as many pages as needed, as even
 * as possible.
 */
export function byePages(
  names: string[],
  width: number,
  height: number,
  unit: number,
  measure: MeasureEm,
): { cols: number; pages: string[][] } {
  const innerW = (width - 2) / unit - 1.4;
  const innerH = (height - 2) / unit - 1 - (LINE + 0.3); // less padding, border and the heading
  const cols = Math.max(1, Math.floor((innerW + NAME_GAP_EM) / (NAME_COL_EM + NAME_GAP_EM)));
  const colW = Math.max(NAME_COL_EM, (innerW - NAME_GAP_EM * (cols - 1)) / cols);
  const lines = names.map((n) => lineCount(n, colW, measure));
  // Whether names [from, from + n) fit one page: rows of the grid are as tall as their tallest name.
  const fits = (from: number, n: number) => {
    const rows = Math.ceil(n / cols);
    const tallest = new Array<number>(rows).fill(0);
    for (let i = 0; i < n; i++) tallest[i % rows] = Math.max(tallest[i % rows]!, lines[from + i]!);
    return tallest.reduce((h, l) => h + l * LINE, 0) + ROW_GAP_EM * (rows - 1) <= innerH;
  };
  const greedy: string[][] = [];
  for (let from = 0; from < names.length; ) {
    // The most that fit, by halving (at least one a page, however tall, so the list ends).
    let [lo, hi] = [1, names.length - from];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(from, mid)) lo = mid;
      else hi = mid - 1;
    }
    greedy.push(names.slice(from, from + lo));
    from += lo;
  }
  // As even as possible when that still fits (it does unless names differ a lot in length).
  const even = evenPages(names, Math.ceil(names.length / Math.max(1, greedy.length)));
  let at = 0;
  const evenFits = even.every((p) => {
    const ok = fits(at, p.length);
    at += p.length;
    return ok;
  });
  return { cols, pages: evenFits && even.length === greedy.length ? even : greedy };
}

/**
 * Pure: the seating board's pages. Every name whole: cards are as tall as their longest text
 * wrapped. The sitting-out list is the last card when it is short (one or two names, or no
 * taller than a table card); otherwise it gets pages of its own, after the tables. Pages are
 * filled evenly, and the font shrinks a little (to `min`) when that saves a page.
 */
export function planBoard(input: BoardInput): BoardPlan {
  const { width, height, rows, byes, measure } = input;
  const words = input.words ?? ENGLISH;
  const sizes = { base: input.base, max: input.max, min: input.min };
  const layout = (unit: number, withByes: boolean) =>
    boardLayout({
      width,
      height,
      unit,
      count: rows.length + (withByes ? 1 : 0),
      linesPerCard: (inner) =>
        Math.max(
          ...rows.map((r) => tableLines(r, inner, measure, words)),
          withByes ? byesCardLines(byes, inner, measure, words) : 1,
        ),
    });
  const tablePage = (unit: number, withByes: boolean) => {
    const l = layout(unit, withByes);
    const cards: Array<SeatRow | null> = [...rows, ...(withByes ? [null] : [])];
    const pages = evenPages(cards, l.perPage).map(
      (cs): BoardPage => ({
        kind: 'tables',
        rows: cs.filter((c): c is SeatRow => c !== null),
        byes: cs.includes(null) ? byes : null,
      }),
    );
    return { pages, tables: { unit, cols: l.cols, cardHeight: l.cardHeight, gap: l.gap } };
  };

  if (byes.length > 0 && rows.length > 0) {
    const unitA = chooseUnit((u) => layout(u, true).pageCount, sizes);
    // A card when it makes no card taller; one or two names are a card anyway (a page of
    // their own would be nearly empty).
    if (byes.length <= 2 || layout(unitA, true).lines <= layout(unitA, false).lines)
      return { ...tablePage(unitA, true), byes: null };
  }
  const unitT = chooseUnit((u) => layout(u, false).pageCount, sizes);
  const t = tablePage(unitT, false);
  if (byes.length === 0) return { ...t, byes: null };
  const unitB = chooseUnit((u) => byePages(byes, width, height, u, measure).pages.length, sizes);
  const b = byePages(byes, width, height, unitB, measure);
  const own = b.pages.map((names, i): BoardPage => ({ kind: 'byes', names, part: i + 1, parts: b.pages.length }));
  return { pages: [...t.pages, ...own], tables: t.tables, byes: { unit: unitB, cols: b.cols } };
}
