import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { byePages, planBoard, type BoardInput } from '../../../client/screens/projector/board-plan';
import { SeatingBoard } from '../../../client/screens/projector/seating-board';
import type { SeatRow } from '../../../client/screens/projector/seating';
import { estimateEm, lineCount, wrappedLines } from '../../../client/screens/projector/text-lines';

/** Every character half an em wide: widths anyone can work out by hand. */
const half = (text: string) => [...text].length * 0.5;

const table = (i: number, mentees: string[]): SeatRow => ({ table: `T${i}`, mentorName: `Mentor ${i}`, mentees });
const tables = (n: number, perTable = 2) =>
  Array.from({ length: n }, (_, i) =>
    table(
      i + 1,
      Array.from({ length: perTable }, (_, k) => `Mentee ${i}-${k}`),
    ),
  );
const names = (n: number, stem = 'Person') =>
  Array.from({ length: n }, (_, i) => `${stem} ${String(i + 1).padStart(3, '0')}`);

const board = (over: Partial<BoardInput>): BoardInput => ({
  width: 1800,
  height: 600,
  base: 30,
  max: 60,
  min: 26,
  rows: tables(3),
  byes: [],
  measure: half,
  ...over,
});

describe('how many lines a name takes', () => {
  it('wraps between words, and breaks a word wider than the box', () => {
    expect(wrappedLines([2, 2, 2], 0.5, 10)).toBe(1);
    expect(wrappedLines([4, 4, 4], 0.5, 10)).toBe(2);
    expect(wrappedLines([25], 0.5, 10)).toBe(3);
    expect(wrappedLines([3, 25], 0.5, 10)).toBe(4); // the long word starts on a line of its own
    expect(wrappedLines([], 0.5, 10)).toBe(1);
  });

  it('counts a name against a box a little narrower than it is, so a near miss still gets its line', () => {
    expect(lineCount('Zoë Martin', 10, half)).toBe(1);
    expect(lineCount('abcdefghijklmnopqrst', 10, half)).toBe(2); // exactly 10 em: a second line to be safe
    expect(lineCount('Maria Fernanda de los Ángeles Gutiérrez Castillo', 10, half)).toBe(3);
    expect(lineCount('', 10, half)).toBe(1);
  });

  it('estimates ideographs as wide as an em, Latin narrower, bold wider', () => {
    expect(estimateEm('李雷', false)).toBe(2);
    expect(estimateEm('ab', false)).toBeCloseTo(1.12);
    expect(estimateEm('ab', true)).toBeGreaterThan(estimateEm('ab', false));
    expect(estimateEm('A B', false)).toBeCloseTo(1.66);
  });
});

describe('planBoard', () => {
  it('a short sitting-out list is the last card of the tables', () => {
    const plan = planBoard(board({ byes: ['Ana'] }));
    expect(plan.pages).toEqual([{ kind: 'tables', rows: tables(3), byes: ['Ana'] }]);
    expect(plan.byes).toBeNull();
    // Three tables fill the screen: the font grew past the base size.
    expect(plan.tables.unit).toBeGreaterThan(30);
  });

  it('a long sitting-out list gets pages of its own after the tables, every name once and in order', () => {
    const byes = names(40, 'Alexandra Konstantinopoulou-');
    const plan = planBoard(board({ byes }));
    const kinds = plan.pages.map((p) => p.kind);
    expect(kinds[0]).toBe('tables');
    expect(kinds.slice(1).every((k) => k === 'byes')).toBe(true);
    expect(kinds.length).toBeGreaterThan(1);
    expect(plan.pages[0]).toMatchObject({ byes: null });
    const listed = plan.pages.flatMap((p) => (p.kind === 'byes' ? p.names : []));
    expect(listed).toEqual(byes);
    const parts = plan.pages.filter((p) => p.kind === 'byes');
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i + 1));
    expect(plan.byes!.cols).toBeGreaterThan(1);
  });

  it('fills pages evenly: 13 tables on two pages are 7 and 6, not 12 and 1', () => {
    // At 30 px 3 columns × 3 rows of 3-line cards fit (9 a page), and at 29 px 12: still two pages.
    const plan = planBoard(board({ rows: tables(13), height: 560, min: 29 }));
    expect(plan.pages.map((p) => (p.kind === 'tables' ? p.rows.length : 0))).toEqual([7, 6]);
    expect(plan.tables.unit).toBe(30);
  });

  it('shrinks the font a little when that saves a page', () => {
    const at = (min: number) => planBoard(board({ rows: tables(13), height: 560, min }));
    expect(at(30).pages).toHaveLength(2);
    const shrunk = at(22);
    expect(shrunk.pages).toHaveLength(1);
    expect(shrunk.tables.unit).toBeLessThan(30);
    expect(shrunk.tables.unit).toBeGreaterThanOrEqual(22);
  });

  it('makes cards tall enough for long names wrapped (never cut)', () => {
    const short = planBoard(board({ rows: [table(1, ['Ana', 'Bo'])], max: 30 }));
    const long = planBoard(
      board({ rows: [table(1, ['Ana', 'Maria Fernanda de los Ángeles Gutiérrez Castillo'])], max: 30 }),
    );
    expect(short.tables.unit).toBe(long.tables.unit);
    // Short: the table line and two names (3 lines). Long: the second name takes two more.
    expect(short.tables.cardHeight).toBeCloseTo(30 * (1.3 * 3 + 1.2));
    expect(long.tables.cardHeight).toBeGreaterThan(short.tables.cardHeight);
  });
});

describe('byePages', () => {
  it('puts as many names on a page as its columns and rows hold, and spreads them evenly', () => {
    // 1000 × 400 px at 20 px: 4 columns of names; about 7 one-line rows a page.
    const { cols, pages } = byePages(names(50), 1000, 400, 20, half);
    expect(cols).toBe(4);
    expect(pages.flat()).toEqual(names(50));
    const sizes = pages.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.every((n) => n <= cols * 7)).toBe(true);
    // Long names take two lines each, so fewer fit a page.
    expect(byePages(names(50, 'Konstantinopoulou-Papadimitriou'), 1000, 400, 20, half).pages.length).toBeGreaterThan(
      pages.length,
    );
  });
});

describe('SeatingBoard with many sitting out', () => {
  afterEach(cleanup);

  it('shows the tables, then the sitting-out list alone on its own page, every name in full', () => {
    const proto = HTMLElement.prototype;
    const restore = ['clientWidth', 'clientHeight'].map((p) => [p, Object.getOwnPropertyDescriptor(proto, p)] as const);
    Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => 1900 });
    Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => 700 });
    onTestFinished(() => {
      for (const [p, d] of restore) {
        if (d) Object.defineProperty(proto, p, d);
        else delete (proto as unknown as Record<string, unknown>)[p];
      }
    });
    const byes = names(24, 'Bartholomew Featherstonehaugh-');
    let now = 0;
    render(() => <SeatingBoard round={2} rows={tables(3)} byes={byes} serverNow={() => now} intervalMs={8000} />);
    expect(screen.getByTestId('seating-page')).toHaveTextContent('page 1 of 2');
    expect(screen.queryByTestId('byes-page')).toBeNull();
    expect(screen.getByTestId('seating')).toHaveTextContent('T3');
    cleanup();
    now = 8000;
    render(() => <SeatingBoard round={2} rows={tables(3)} byes={byes} serverNow={() => now} intervalMs={8000} />);
    expect(screen.getByTestId('seating-page')).toHaveTextContent('page 2 of 2');
    const page = screen.getByTestId('byes-page');
    expect(page.querySelector('h3')).toHaveTextContent('Sitting out');
    expect([...page.querySelectorAll('li')].map((li) => li.textContent)).toEqual(byes);
    expect(screen.getByTestId('seating')).not.toHaveTextContent('T3');
  });
});
