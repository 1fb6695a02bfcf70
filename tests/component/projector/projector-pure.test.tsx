import { describe, expect, it } from 'vitest';
import { boardLayout, chooseUnit, evenPages, pageIndexAt, pageOf } from '../../../client/screens/projector/paging';
import { projectorHeadline } from '../../../client/screens/projector/projector-headline';
import { seatingOf } from '../../../client/screens/projector/seating';
import { offlineBanner } from '../../../client/live/offline-banner';
import { offlineLine } from '../../../client/screens/projector/projector-notices';
import { parseWarnSeconds } from '../../../client/screens/projector/warn-setting';
import { finishedClock, idleClock, pausedClock, projectorView, runningClock, T0 } from '../support/fixtures';

describe('seatingOf', () => {
  it('lists the round by table with names, and who sits out', () => {
    const s = seatingOf(projectorView(), 1);
    expect(s.rows[0]).toEqual({ table: 'T1', mentorName: 'Mentor 1', mentees: ['Zoë', '李雷'] });
    expect(s.rows[2]!.mentorName).toBe('عمر');
    expect(s.byes).toEqual(['Mentee 7']);
    expect(seatingOf(projectorView(), 9)).toEqual({ rows: [], byes: [] });
  });
});

describe('projectorHeadline', () => {
  it('reads phase and round', () => {
    expect(projectorHeadline(runningClock(2, 1000))).toBe('Round 2 of 3 — talk');
    expect(projectorHeadline(runningClock(3, 1000))).toBe('Round 3 of 3 — move to your table');
    expect(projectorHeadline(pausedClock(0, 1000))).toBe('Round 1 of 3 — talk (paused)');
    // On screen the big "Paused" under the digits says it: the line does not repeat it.
    expect(projectorHeadline(pausedClock(0, 1000), false)).toBe('Round 1 of 3 — talk');
    expect(projectorHeadline({ status: 'running', phase: { kind: 'break', round: 2 }, rounds: 3 })).toBe(
      'Break — round 2 of 3 next',
    );
    expect(projectorHeadline(idleClock())).toMatch(/Starting soon/);
    expect(projectorHeadline(finishedClock())).toMatch(/thank you/);
  });
});

describe('paging', () => {
  it('fits cards into the board and counts pages', () => {
    const l = boardLayout({ width: 1920, height: 600, unit: 40, linesPerCard: 3, count: 30 });
    // 15u = 600px cards with 24px gaps: 3 columns; 3 lines ≈ 204px high: 2 rows.
    expect(l).toMatchObject({ cols: 3, rows: 2, perPage: 6, pageCount: 5 });
    expect(boardLayout({ width: 100, height: 10, unit: 40, linesPerCard: 3, count: 4 })).toMatchObject({
      cols: 1,
      rows: 1,
      perPage: 1,
      pageCount: 4,
    });
    expect(boardLayout({ width: 4000, height: 4000, unit: 20, linesPerCard: 2, count: 0 }).pageCount).toBe(1);
  });

  it('grows the font while everything still fits on one page', () => {
    const pagesAt = (count: number) => (unit: number) =>
      boardLayout({ width: 1900, height: 700, unit, linesPerCard: 3, count }).pageCount;
    const few = chooseUnit(pagesAt(3), { base: 30, max: 100 });
    expect(few).toBeGreaterThan(30);
    expect(few).toBeLessThan(100);
    expect(pagesAt(3)(few)).toBe(1);
    expect(pagesAt(3)(few + 1)).toBeGreaterThan(1);
    // Too many for one page even at the base size: stay at the base size and page.
    expect(chooseUnit(pagesAt(60), { base: 30, max: 60 })).toBe(30);
  });

  it('shrinks the font a little, never below the minimum, when that saves a page', () => {
    const pagesAt = (count: number) => (unit: number) =>
      boardLayout({ width: 1900, height: 700, unit, linesPerCard: 3, count }).pageCount;
    // At 30 px: 4 columns × 4 rows = 16 a page, so 17 cards take 2 pages; at 25 px 20 fit.
    expect(pagesAt(17)(30)).toBe(2);
    const shrunk = chooseUnit(pagesAt(17), { base: 30, max: 60, min: 24 });
    expect(shrunk).toBe(25);
    expect(pagesAt(17)(shrunk)).toBe(1);
    expect(pagesAt(17)(shrunk + 1)).toBe(2);
    // 40 cards take 3 pages at 30 px and still 3 at 28 px: no shrinking for nothing.
    expect([pagesAt(40)(30), pagesAt(40)(28)]).toEqual([3, 3]);
    expect(chooseUnit(pagesAt(40), { base: 30, max: 60, min: 28 })).toBe(30);
    // A card's lines may depend on its width (long names wrap in narrow cards).
    const wrapping = boardLayout({
      width: 1000,
      height: 700,
      unit: 20,
      linesPerCard: (em) => (em < 30 ? 4 : 2),
      count: 1,
    });
    expect(wrapping).toMatchObject({ cols: 3, lines: 4 });
  });

  it('spreads items evenly over the fewest pages: no near-empty last page', () => {
    expect(evenPages([...Array(13).keys()], 12).map((p) => p.length)).toEqual([7, 6]);
    expect(evenPages([...Array(25).keys()], 12).map((p) => p.length)).toEqual([9, 8, 8]);
    expect(evenPages([1, 2, 3], 12)).toEqual([[1, 2, 3]]);
    expect(evenPages([], 4)).toEqual([]);
    expect(evenPages([1, 2, 3, 4, 5], 1)).toEqual([[1], [2], [3], [4], [5]]);
  });

  it('slices pages and turns them on the server clock', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([5]);
    expect(pageOf([1, 2, 3], 0, 0)).toEqual([1]);
    expect(pageIndexAt(0, 3)).toBe(0);
    expect(pageIndexAt(8_000, 3)).toBe(1);
    expect(pageIndexAt(24_000, 3)).toBe(0);
    expect(pageIndexAt(123_456, 1)).toBe(0);
  });
});

describe('parseWarnSeconds', () => {
  it('takes ?warn=, else the remembered value, else 60', () => {
    expect(parseWarnSeconds('?warn=30', '90')).toBe(30);
    expect(parseWarnSeconds('', '90')).toBe(90);
    expect(parseWarnSeconds('', null)).toBe(60);
    expect(parseWarnSeconds('?warn=abc', null)).toBe(60);
    expect(parseWarnSeconds('?warn=0', null)).toBe(0);
    expect(parseWarnSeconds('?warn=99999', null)).toBe(3600);
  });
});

describe('offlineLine', () => {
  it('says in English exactly what the shared offline banner says', () => {
    const clocks = { none: runningClock(0, 60_000), paused: pausedClock(0, 60_000), 'not-started': idleClock() };
    for (const connecting of [false, true]) {
      for (const [reason, clock] of Object.entries(clocks)) {
        const b = offlineBanner({ asOf: T0, connecting, clock, now: T0, timeText: () => '10:42' })!;
        expect(b.reason).toBe(reason);
        expect(offlineLine(b.reason, connecting, '10:42')).toBe(b.text);
      }
      const old = offlineBanner({
        asOf: T0,
        connecting,
        clock: clocks.none,
        now: T0 + 3_600_000,
        timeText: () => '9:05',
      })!;
      expect(old.reason).toBe('old');
      expect(offlineLine('old', connecting, '9:05')).toBe(old.text);
    }
  });
});
