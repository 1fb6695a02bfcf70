import type { PersonCard } from './card-rows';
import { evenChunks, ROUNDS_PER_PAGE } from './sheet-pages';

/** One mentee in the wall sheet's index: their table in each round (null: sitting out). */
export interface IndexEntry {
  id: string;
  name: string;
  /** The letter the name is filed under (accents dropped: Émile under E). */
  initial: string;
  tables: (string | null)[];
}

/** One page of the index: columns of entries, for a range of rounds (1-based, inclusive). */
export interface IndexPage {
  columns: IndexEntry[][];
  rounds: { from: number; to: number };
}

/** Pure: the letter a name is filed under: its first letter, upper case, without accents. */
export function initialOf(name: string): string {
  const first = [...name.normalize('NFD').replace(/\p{M}/gu, '')][0] ?? '';
  return first.toLocaleUpperCase();
}

/**
 * Pure: the mentees in alphabetical order (as the personal cards are handed out) with their
 * table in every round, from the cards, so the index and the cards always agree.
 */
export function menteeIndex(cards: readonly PersonCard[]): IndexEntry[] {
  return cards
    .filter((c) => c.role === 'mentee')
    .map((c) => ({ id: c.id, name: c.name, initial: initialOf(c.name), tables: c.rounds.map((r) => r.table) }));
}

/**
 * Pure: how many index columns sit side by side on a page `widthMm` wide showing `rounds`
 * rounds: a name column of about 45 mm and about 11 mm a round, at least one.
 */
export function indexColumns(widthMm: number, rounds: number): number {
  return Math.max(1, Math.floor((widthMm + 6) / (45 + 11 * rounds + 6)));
}

/**
 * Pure: the index on pages of up to `columnsFor(rounds)` columns of up to `rows` names, read
 * down each column then across; pages and columns filled evenly, so none ends nearly empty.
 * The rounds are split across pages as the wall sheet splits them (at most ROUNDS_PER_PAGE).
 */
export function indexPages(
  entries: readonly IndexEntry[],
  roundCount: number,
  rows: number,
  columnsFor: (rounds: number) => number,
): IndexPage[] {
  if (entries.length === 0) return [];
  const pages: IndexPage[] = [];
  for (const r of evenChunks(roundCount, ROUNDS_PER_PAGE)) {
    const columns = columnsFor(r.to - r.from);
    for (const page of evenChunks(entries.length, Math.max(1, rows) * columns)) {
      const these = entries.slice(page.from, page.to);
      // As few columns as hold them (a short list stays one column), evenly filled.
      const used = Math.ceil(these.length / Math.max(1, rows));
      const cols = evenChunks(these.length, Math.ceil(these.length / used)).map((c) => these.slice(c.from, c.to));
      pages.push({ columns: cols, rounds: { from: r.from + 1, to: r.to } });
    }
  }
  return pages;
}
