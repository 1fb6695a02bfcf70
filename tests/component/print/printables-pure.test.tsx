import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../client/route';
import { cardsPerPage, paginate, personCards, timedSchedule } from '../../../client/screens/print/card-rows';
import { cardSheets, cardSteps } from '../../../client/screens/print/card-sheets';
import { indexColumns, indexPages, initialOf, menteeIndex } from '../../../client/screens/print/mentee-index';
import { initialPaper, pageArea, pageRule } from '../../../client/screens/print/paper';
import { timesNote } from '../../../client/screens/print/print-context';
import { qrPath } from '../../../client/screens/print/qr-svg';
import { roundStartTimes, timeBasis } from '../../../client/screens/print/round-times';
import { evenChunks, sheetParts } from '../../../client/screens/print/sheet-pages';
import { labelSize } from '../../../client/screens/print/table-tents';
import { sheetDensity } from '../../../client/screens/print/wall-sheet';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { viewFixture } from '../organizer/fixtures';

const schedule = {
  mentors: [
    { id: 'm1', name: 'Grace Hopper', table: 'T1' },
    { id: 'm2', name: '李雷', table: 'T2' },
    { id: 'gone', name: 'Old mentor', table: 'T9' },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë' },
    { id: 'e2', name: 'عمر' },
    { id: 'e3', name: 'Ana' },
  ],
  rounds: [
    {
      round: 1,
      tables: [
        { mentorId: 'm1', menteeIds: ['e1'] },
        { mentorId: 'm2', menteeIds: ['e2'] },
      ],
      byes: ['e3'],
    },
    {
      round: 2,
      tables: [
        { mentorId: 'm1', menteeIds: ['e3'] },
        { mentorId: 'm2', menteeIds: [] },
        { mentorId: 'gone', menteeIds: ['e1'] },
      ],
      byes: ['e2'],
    },
  ],
};

describe('routeOf: the printables', () => {
  it('routes /organize/:id/print/<kind> and nothing else under print', () => {
    expect(routeOf('/organize/ev_1-x/print/cards')).toEqual({ name: 'print', eventId: 'ev_1-x', kind: 'cards' });
    expect(routeOf('/organize/ev1/print/projector-sign/')).toEqual({
      name: 'print',
      eventId: 'ev1',
      kind: 'projector-sign',
    });
    expect(routeOf('/organize/ev1/print/tents').name).toBe('print');
    expect(routeOf('/organize/ev1/print/sheet').name).toBe('print');
    expect(routeOf('/organize/ev1/print/other').name).toBe('not-found');
    expect(routeOf('/organize/ev1').name).toBe('organizer');
  });
});

describe('personCards', () => {
  it('mentors in table order then mentees by name, each with table and company per round', () => {
    const cards = personCards(viewFixture({ schedule }));
    expect(cards.map((c) => c.name)).toEqual(['Grace Hopper', '李雷', 'Ana', 'Zoë', 'عمر']);
    const grace = cards[0]!;
    expect(grace).toMatchObject({ role: 'mentor', table: 'T1', link: 'http://tablehop.test/p#token=tok-m1' });
    expect(grace.rounds).toEqual([
      { round: 1, table: 'T1', with: 'Zoë' },
      { round: 2, table: 'T1', with: 'Ana' },
    ]);
    // A resting table keeps its label with nobody at it.
    expect(cards[1]!.rounds[1]).toEqual({ round: 2, table: 'T2', with: '' });
    const zoe = cards.find((c) => c.name === 'Zoë')!;
    // A removed mentor still resolves from the schedule's lists.
    expect(zoe.rounds).toEqual([
      { round: 1, table: 'T1', with: 'Grace Hopper' },
      { round: 2, table: 'T9', with: 'Old mentor' },
    ]);
    expect(cards.find((c) => c.name === 'Ana')!.rounds[0]).toEqual({ round: 1, table: null, with: '' });
  });

  it('without a plan every card has no rounds', () => {
    expect(personCards(viewFixture()).every((c) => c.rounds.length === 0)).toBe(true);
  });

  it('cards per page shrink with many rounds; paginate splits in order', () => {
    // A first guess from the lines of a card's schedule (the printable then measures).
    expect([1, 16, 17, 44, 45, 200].map((n) => cardsPerPage(n))).toEqual([4, 4, 2, 2, 1, 1]);
    // A mentor's row of three or more mentees often wraps; each break is a line.
    expect([cardsPerPage(10, 3), cardsPerPage(11, 3), cardsPerPage(16, 2), cardsPerPage(30, 4)]).toEqual([4, 2, 4, 1]);
    expect([cardsPerPage(15, 2, 1), cardsPerPage(16, 2, 1)]).toEqual([4, 2]);
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 4)).toEqual([]);
  });

  it('the timed schedule puts each break between its rounds, starting its length before the next round', () => {
    const rounds = [1, 2, 3].map((round) => ({ round, table: 'T1', with: 'Grace' }));
    const min = 60_000;
    const lines = timedSchedule(rounds, [{ afterRound: 2, seconds: 900 }], [0, 12 * min, 37 * min]);
    expect(lines).toEqual([
      { kind: 'round', round: rounds[0], startsAt: 0 },
      { kind: 'round', round: rounds[1], startsAt: 12 * min },
      { kind: 'break', afterRound: 2, seconds: 900, startsAt: 22 * min },
      { kind: 'round', round: rounds[2], startsAt: 37 * min },
    ]);
    // Unknown times stay unknown; a break after the last round is not a line of the card.
    expect(timedSchedule(rounds, [{ afterRound: 1, seconds: 600 }], [null, null, null])[1]).toEqual({
      kind: 'break',
      afterRound: 1,
      seconds: 600,
      startsAt: null,
    });
    expect(timedSchedule(rounds, [{ afterRound: 3, seconds: 600 }], [0, 1, 2]).map((l) => l.kind)).toEqual([
      'round',
      'round',
      'round',
    ]);
    expect(timedSchedule([], [{ afterRound: 1, seconds: 600 }], [])).toEqual([]);
  });

  it('fits cards with smaller type before fewer a page; mentors and mentees share pages only when alike', () => {
    expect(cardSteps(4)).toEqual([
      { perPage: 4, small: false },
      { perPage: 4, small: true },
      { perPage: 2, small: false },
      { perPage: 2, small: true },
      { perPage: 1, small: false },
      { perPage: 1, small: true },
    ]);
    expect(cardSteps(1)).toEqual([
      { perPage: 1, small: false },
      { perPage: 1, small: true },
    ]);
    const cards = personCards(viewFixture({ schedule }));
    const four = { perPage: 4 as const, small: false };
    const alike = cardSheets(cards, four, four);
    expect(alike.map((s) => s.cards.map((c) => c.name))).toEqual([['Grace Hopper', '李雷', 'Ana', 'Zoë'], ['عمر']]);
    // Mentors need two a page: their own pages first, the mentees keep four a page.
    const apart = cardSheets(cards, { perPage: 2, small: false }, four);
    expect(apart.map((s) => [s.perPage, s.cards.map((c) => c.name)])).toEqual([
      [2, ['Grace Hopper', '李雷']],
      [4, ['Ana', 'Zoë', 'عمر']],
    ]);
    expect(cardSheets(cards, { perPage: 4, small: true }, four).map((s) => s.small)).toEqual([true, false]);
  });
});

describe('the wall sheet pages', () => {
  it('one page up to 20 tables and 10 rounds; beyond, even splits', () => {
    expect(sheetParts(20, 10)).toEqual([{ tables: { from: 0, to: 20 }, rounds: { from: 1, to: 10 } }]);
    expect(sheetParts(25, 8).map((p) => p.tables)).toEqual([
      { from: 0, to: 13 },
      { from: 13, to: 25 },
    ]);
    expect(sheetParts(41, 8)).toHaveLength(3);
    const wide = sheetParts(5, 12);
    expect(wide.map((p) => p.rounds)).toEqual([
      { from: 1, to: 6 },
      { from: 7, to: 12 },
    ]);
    // Fewer tables a page when long names need the room.
    expect(sheetParts(11, 10, 6).map((p) => p.tables)).toEqual([
      { from: 0, to: 6 },
      { from: 6, to: 11 },
    ]);
    expect(evenChunks(0, 20)).toEqual([{ from: 0, to: 0 }]);
    for (const n of [1, 19, 20, 21, 40, 41, 99]) {
      const chunks = evenChunks(n, 20);
      expect(chunks.at(-1)!.to).toBe(n);
      expect(chunks.every((c) => c.to - c.from <= 20 && c.to - c.from >= Math.floor(n / chunks.length))).toBe(true);
    }
    expect([8, 12, 21].map(sheetDensity)).toEqual(['roomy', 'normal', 'dense']);
    expect(['T1', 'Garden', 'Garden room', 'The big oak table'].map(labelSize)).toEqual(['xl', 'l', 'm', 's']);
  });
});

describe('the wall sheet index', () => {
  it('lists the mentees A–Z with their table in each round (— sitting out), as their cards do', () => {
    const index = menteeIndex(personCards(viewFixture({ schedule })));
    expect(index.map((e) => [e.name, e.initial, e.tables])).toEqual([
      ['Ana', 'A', [null, 'T1']],
      ['Zoë', 'Z', ['T1', 'T9']],
      ['عمر', 'ع', ['T2', null]],
    ]);
    expect(['Émile', 'émile', 'Øyvind', '李雷', ' x', ''].map(initialOf)).toEqual(['E', 'E', 'Ø', '李', ' ', '']);
  });

  it('pages: as few columns as hold the names, filled evenly, the rounds split as the sheet splits them', () => {
    const entries = Array.from({ length: 70 }, (_, i) => ({ id: `e${i}`, name: `M${i}`, initial: 'M', tables: [] }));
    const pages = indexPages(entries, 8, 30, () => 2);
    expect(pages.map((p) => p.columns.map((c) => c.length))).toEqual([
      [18, 17],
      [18, 17],
    ]);
    expect(pages.flatMap((p) => p.columns.flat())).toEqual(entries);
    expect(pages.every((p) => p.rounds.from === 1 && p.rounds.to === 8)).toBe(true);
    // A short list stays one column.
    expect(indexPages(entries.slice(0, 5), 3, 30, () => 3).map((p) => p.columns.length)).toEqual([1]);
    // 12 rounds: two halves of 6, each listing everyone.
    const wide = indexPages(entries.slice(0, 10), 12, 30, () => 2);
    expect(wide.map((p) => p.rounds)).toEqual([
      { from: 1, to: 6 },
      { from: 7, to: 12 },
    ]);
    expect(indexPages([], 3, 30, () => 2)).toEqual([]);
    // Landscape A4 holds three columns of 3 rounds, two of 8, one of 20.
    expect([indexColumns(277, 3), indexColumns(277, 8), indexColumns(277, 20)]).toEqual([3, 2, 1]);
  });
});

describe('paper', () => {
  it('?paper= wins, then the last choice, then the region (US Letter in the Americas)', () => {
    expect(initialPaper('?paper=letter', 'a4', 'de-DE')).toBe('letter');
    expect(initialPaper('?paper=bogus', 'letter', 'de-DE')).toBe('letter');
    expect(initialPaper('', null, 'en-US')).toBe('letter');
    expect(initialPaper('', null, 'en-GB')).toBe('a4');
    expect(initialPaper('', null, 'fr')).toBe('a4');
    expect(initialPaper('', null, 'es-MX')).toBe('letter');
  });

  it('the @page rule and the printable area', () => {
    expect(pageRule('a4', 'portrait')).toBe('@page { size: A4 portrait; margin: 10mm; }');
    expect(pageRule('letter', 'landscape')).toBe('@page { size: letter landscape; margin: 10mm; }');
    expect(pageArea('a4', 'portrait')).toEqual({ width: 190, height: 277 });
    expect(pageArea('a4', 'landscape')).toEqual({ width: 277, height: 190 });
  });
});

describe('round start times', () => {
  const event = {
    rounds: 3,
    roundSeconds: 600,
    changeoverSeconds: 120,
    breaks: [{ afterRound: 2, seconds: 900 }],
    plannedStartAt: 1_000_000,
  };
  const idle: ClockSnapshot = {
    status: 'idle',
    phase: null,
    phaseEndsAt: null,
    remainingMs: 0,
    serverNow: 0,
    version: 0,
    rounds: 3,
    phaseCount: 5,
    startedAt: null,
  };

  it('before the start: from the planned start (a break replaces a changeover)', () => {
    expect(roundStartTimes(event, idle, 0)).toEqual([1_000_000, 1_720_000, 3_220_000]);
    expect(roundStartTimes({ ...event, plannedStartAt: null }, idle, 0)).toEqual([null, null, null]);
    expect(timeBasis(idle, 5)).toBe('planned');
    expect(timeBasis(idle, null)).toBe('none');
  });

  it('once running: from the clock, later rounds shifted by extensions and pauses; begun rounds have none', () => {
    const running: ClockSnapshot = {
      ...idle,
      status: 'running',
      phaseIndex: 0,
      phase: { index: 0, kind: 'meeting', round: 1 },
      phaseEndsAt: 5_000_000,
      remainingMs: 100,
      serverNow: 4_000_000,
      version: 2,
      startedAt: 4_400_000,
    };
    expect(roundStartTimes(event, running, 4_000_000)).toEqual([null, 5_120_000, 6_620_000]);
    const paused: ClockSnapshot = {
      ...running,
      status: 'paused',
      phaseIndex: 0,
      phaseEndsAt: null,
      remainingMs: 60_000,
      startedAt: 4_400_000,
    };
    expect(roundStartTimes(event, paused, 6_000_000)).toEqual([null, 6_180_000, 7_680_000]);
    expect(roundStartTimes(event, { ...idle, status: 'finished', endedAt: 0, startedAt: 1 }, 0)).toEqual([
      null,
      null,
      null,
    ]);
    expect(timeBasis(running, null)).toBe('clock');
    expect(timesNote('none')).toMatch(/Plan tab/);
  });
});

describe('qrPath', () => {
  it('draws each dark module once, inside a 4-module quiet zone', () => {
    const { d, size } = qrPath('http://localhost/p#token=abc');
    const squares = [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(squares.length).toBeGreaterThan(100);
    expect(squares.every(([x, y]) => x! >= 4 && y! >= 4 && x! < size - 4 && y! < size - 4)).toBe(true);
    // The top-left finder pattern's corner is dark; the module inside its white ring is not.
    expect(d).toContain('M4 4h1v1h-1z');
    expect(d).not.toContain('M5 5h1v1h-1z');
    expect(qrPath('a').d).not.toBe(qrPath('b').d);
  });
});
