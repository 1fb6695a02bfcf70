import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { MENTORS } from './support/event-setup';
import { useRoom } from './support/room';
import { countdownSeconds, overflowX, readCountdown, SHOTS, waitForTestId } from './support/screens';

const FULL_HD = { viewport: { width: 1920, height: 1080 } };

describe.skipIf(!chromiumPath)('projector in Chromium', () => {
  const room = useRoom({
    seed: { roundSeconds: 600, changeoverSeconds: 300, rounds: 3, tableCapacity: 2, start: true },
  });
  const open = (link = room.ev.projectorLink, options = FULL_HD) => room.open(link, options);
  const eventName = async () => (await room.ev.api<any>(`/api/events/${room.ev.eventId}`)).event.name as string;

  it('shows the phase and round and a countdown legible from the back of the room', async () => {
    const page = await open();
    await waitForTestId(page, 'countdown');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Round 1 of 3 — talk');
    expect(await page.locator('.projector-event').textContent()).toBe(await eventName());
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    expect(clock).toMatchObject({ status: 'running', phase: { index: 0, kind: 'meeting', round: 1 } });
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
    // m:ss, the same words for a screen reader, and it runs down.
    const digits = (await page.getByTestId('countdown').textContent())!;
    expect(digits).toMatch(/^\d{1,2}:[0-5]\d$/);
    expect(await page.getByTestId('countdown').getAttribute('aria-label')).toMatch(/^Time left \d{1,2}:[0-5]\d$/);
    await expect.poll(() => readCountdown(page), { timeout: 3000 }).toBeLessThan(countdownSeconds(digits)!);
    const px = await page.getByTestId('countdown').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThan(400);
    expect(await page.getByTestId('seating').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/projector-meeting.png` });
  });

  it('in a changeover shows the seating of the coming round by table', async () => {
    const page = await open();
    await waitForTestId(page, 'countdown');
    await room.ev.clock('skip');
    await page.getByRole('heading', { name: 'Round 2 of 3 — move to your table' }).waitFor({ timeout: 3000 });
    const seating = page.getByTestId('seating');
    await seating.waitFor();
    const schedule = await room.ev.api<any>(`/api/events/${room.ev.eventId}/schedule`);
    const round2 = schedule.rounds.find((r: any) => r.round === 2);
    const text = await seating.textContent();
    // Card by card, in the schedule's table order: the table label, its mentor and exactly the
    // mentees seated there in round 2 (not round 1's, which has the same names at other tables).
    const cardsOf = (round: any) =>
      round.tables.map((t: any) => {
        const mentor = schedule.mentors.find((m: any) => m.id === t.mentorId);
        const mentees = t.menteeIds.map((id: string) => schedule.mentees.find((m: any) => m.id === id).name);
        return {
          table: mentor.table,
          mentor: mentor.name,
          mentees: mentees.length > 0 ? mentees : ['— table rests —'],
        };
      });
    const expected = cardsOf(round2);
    expect(expected).toHaveLength(MENTORS.length);
    expect(expected.map((c: any) => c.table)).toEqual(MENTORS.map((m) => m.table));
    expect(expected).not.toEqual(cardsOf(schedule.rounds.find((r: any) => r.round === 1)));
    const shown = await seating.locator('.seat-card:not(.byes)').evaluateAll((cards) =>
      cards.map((card) => ({
        table: card.querySelector('.seat-table')?.textContent,
        mentor: card.querySelector('.seat-mentor')?.textContent,
        mentees: [...card.querySelectorAll('li')].map((li) => li.textContent),
      })),
    );
    expect(shown).toEqual(expected);
    expect(await seating.getByRole('heading', { level: 2 }).textContent()).toBe('Round 2 seating');
    // Who sits out, alphabetical (a long list is read to find one's own name).
    const byes = round2.byes
      .map((id: string) => schedule.mentees.find((m: any) => m.id === id).name)
      .sort((a: string, b: string) => a.localeCompare(b));
    expect(await seating.locator('.seat-card.byes p').allTextContents()).toEqual(
      byes.length > 0 ? [byes.join(', ')] : [],
    );
    // The countdown now runs down the 5-minute changeover.
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    expect(clock).toMatchObject({ status: 'running', phase: { index: 1, kind: 'changeover', round: 2 } });
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^\d:[0-5]\d$/);
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
    for (const t of round2.tables) {
      const mentor = schedule.mentors.find((m: any) => m.id === t.mentorId);
      expect(text).toContain(mentor.table);
      expect(text).toContain(mentor.name);
      for (const id of t.menteeIds) expect(text).toContain(schedule.mentees.find((m: any) => m.id === id).name);
    }
    expect(await page.getByTestId('seating-page').count()).toBe(0); // three tables fit on one page
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/projector.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('turns sound on with one click; the warning time is a setting', async () => {
    const page = await open(`${room.server.url}/projector?warn=30#key=${room.ev.projectorLink.split('#key=')[1]}`);
    await waitForTestId(page, 'countdown');
    expect(await page.getByTestId('warn-seconds').inputValue()).toBe('30');
    const button = page.getByTestId('sound-toggle');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 3000 }).toBe('true');
    expect(await button.textContent()).toContain('Sound on');
  });

  it('holds its layout from 320 px to 4K, and axe finds no serious or critical violations', async () => {
    for (const viewport of [
      { width: 320, height: 568 },
      { width: 1280, height: 720 },
      { width: 3840, height: 2160 },
    ]) {
      const page = await open(room.ev.projectorLink, { viewport });
      await waitForTestId(page, 'countdown');
      expect(await overflowX(page), `${viewport.width}px`).toBeLessThanOrEqual(0);
      const box = await page.getByTestId('countdown').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 1);
      if (viewport.width === 1280) expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('a bad key says the link is not valid', async () => {
    const page = await open(`${room.server.url}/projector#key=nope`);
    await waitForTestId(page, 'invalid-link');
    const notice = page.getByTestId('invalid-link');
    expect(await notice.getByRole('heading', { level: 1 }).textContent()).toBe('This link is not valid');
    expect(await notice.locator('p').textContent()).toBe(
      'It may be incomplete or out of date. Copy the projector link from the organizer console again.',
    );
    // A refused key is not remembered for the next visit.
    expect(await page.evaluate((k) => localStorage.getItem(k), 'tablehop.projectorKey')).toBeNull();
  });
});

/** Long names in several scripts, some with no space to wrap at, for a room where many sit out. */
const LONG_MENTORS = [
  { name: 'Dr. Alexandra Konstantinopoulou-Papadimitriou', table: 'T1' },
  { name: '李雷', table: 'T2' },
  { name: 'عمر الفاروق بن عبد الرحمن الهاشمي', table: 'Garden room' },
];
const LONG_MENTEES = [
  'Maria Fernanda de los Ángeles Gutiérrez Castillo',
  'Bartholomew Featherstonehaugh-Cholmondeley',
  'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft',
  '欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜',
  'فاطمة الزهراء بنت محمد بن عبد الله',
  'Zoë Martin',
  'Sam Okafor',
  ...Array.from({ length: 23 }, (_, i) => `Participant ${String(i + 1).padStart(2, '0')} Longsurname-Doublebarrel`),
];

/** What a page of the seating board shows, and whatever on it is cut off. */
interface BoardPageSeen {
  index: number;
  count: number;
  kind: 'tables' | 'byes';
  entries: number;
  byes: string[];
  clipped: string[];
}

/** Read the page the board shows now: every name element must hold its text whole, inside its card and the board. */
function readBoardPage(page: Page): Promise<BoardPageSeen> {
  return page.evaluate(() => {
    const note = document.querySelector('[data-testid="seating-page"]')?.textContent ?? '';
    const m = /page (\d+) of (\d+)/.exec(note);
    const grid = document.querySelector<HTMLElement>('.seating-grid')!;
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const clipped: string[] = [];
    const cards = [...grid.querySelectorAll<HTMLElement>('.seat-card')];
    for (const card of cards) {
      if (
        card.scrollHeight > card.clientHeight + 1 ||
        !inside(card.getBoundingClientRect(), grid.getBoundingClientRect())
      )
        clipped.push(`card ${card.querySelector('h3')?.textContent}`);
      for (const el of card.querySelectorAll<HTMLElement>('h3, li, p')) {
        const text = el.textContent ?? '';
        // A block box (an inline one would measure 0 and prove nothing) holding all of its text.
        if (el.clientWidth === 0) clipped.push(`${text}: not a box`);
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          clipped.push(`${text}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
        if (!inside(el.getBoundingClientRect(), card.getBoundingClientRect()))
          clipped.push(`${text}: outside its card`);
        if (getComputedStyle(el).textOverflow === 'ellipsis') clipped.push(`${text}: ends in …`);
      }
    }
    const own = grid.querySelector('[data-testid="byes-page"]');
    const byes = own
      ? [...own.querySelectorAll('li')].map((li) => li.textContent ?? '')
      : [...grid.querySelectorAll('.seat-card.byes .name')].map((n) => n.textContent ?? '');
    return {
      index: m ? Number(m[1]) : 1,
      count: m ? Number(m[2]) : 1,
      kind: own ? ('byes' as const) : ('tables' as const),
      entries: own ? byes.length : cards.length,
      byes,
      clipped,
    };
  });
}

describe.skipIf(!chromiumPath)('projector with many sitting out and long names', () => {
  const room = useRoom();

  it('shows every name whole, the sitting-out list on a page of its own, and no near-empty page', async () => {
    const base = room.server.url;
    const post = async (path: string, body: unknown, key?: string) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(body),
      });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return res.json() as Promise<any>;
    };
    const created = await post('/api/events', {
      name: 'A crowded night',
      roundSeconds: 600,
      changeoverSeconds: 120,
      rounds: 3,
      tableCapacity: 2,
    });
    const id = created.event.id;
    await post(
      `/api/events/${id}/people`,
      { mentors: LONG_MENTORS, mentees: LONG_MENTEES.map((name) => ({ name })) },
      created.organizerKey,
    );
    const schedule = await post(`/api/events/${id}/schedule`, { seed: 3 }, created.organizerKey);
    const round1 = schedule.rounds.find((r: any) => r.round === 1);
    const nameOf = new Map<string, string>(schedule.mentees.map((m: any) => [m.id, m.name]));
    const sittingOut = round1.byes
      .map((b: string) => nameOf.get(b)!)
      .sort((a: string, b: string) => a.localeCompare(b));
    expect(sittingOut).toHaveLength(LONG_MENTEES.length - 6);
    const link = `${base}/projector#key=${new URL(created.links.projector).hash.replace(/^#key=/, '')}`;

    // Before the start the board shows round 1. Every viewport at once: pages turn on the
    // server's clock, so all of them walk through their pages in the same 8-second steps.
    const viewports = [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ];
    await Promise.all(
      viewports.map(async (viewport) => {
        const at = `${viewport.width}×${viewport.height}`;
        const page = await room.open(link, { viewport });
        await waitForTestId(page, 'seating');
        const seen = new Map<number, BoardPageSeen>();
        const deadline = Date.now() + 90_000;
        while (Date.now() < deadline) {
          const now = await readBoardPage(page);
          if (!seen.has(now.index)) {
            seen.set(now.index, now);
            if (now.kind === 'byes' && viewport.width === 1920)
              await page.screenshot({ path: `${SHOTS}/projector-sitting-out.png` });
          }
          if (seen.size === now.count) break;
          await page.waitForTimeout(500);
        }
        const pages = [...seen.values()].sort((a, b) => a.index - b.index);
        expect(pages.length, at).toBe(pages[0]!.count);
        expect(pages.length, at).toBeGreaterThan(1);
        // Nothing cut: every name element holds its text whole, inside its card and the board.
        expect(
          pages.flatMap((p) => p.clipped),
          at,
        ).toEqual([]);
        // The sitting-out list: pages of its own after the tables, alphabetical, everyone once.
        const kinds = pages.map((p) => p.kind);
        expect(kinds.indexOf('byes'), at).toBeGreaterThan(0);
        expect(
          kinds.slice(kinds.indexOf('byes')).every((k) => k === 'byes'),
          at,
        ).toBe(true);
        expect(
          pages.flatMap((p) => p.byes),
          at,
        ).toEqual(sittingOut);
        // No near-empty page: pages of a kind are filled evenly, and a list of its own has more than two.
        for (const kind of ['tables', 'byes'] as const) {
          const sizes = pages.filter((p) => p.kind === kind).map((p) => p.entries);
          expect(Math.max(...sizes) - Math.min(...sizes), `${at} ${kind} ${sizes}`).toBeLessThanOrEqual(1);
          if (kind === 'byes') expect(Math.min(...sizes), at).toBeGreaterThan(2);
        }
        expect(await overflowX(page), at).toBeLessThanOrEqual(0);
      }),
    );
  }, 150_000);
});
