import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { MENTORS } from './support/event-setup';
import { useRoom } from './support/room';
import { overflowX, readCountdown, SHOTS, waitForTestId } from './support/screens';

/**
 * The projector in the event's language (issue 19): an event whose default language is
 * Simplified Chinese shows in Chinese on a laptop whose browser prefers none of Tablehop's
 * languages; an Arabic laptop gets it right to left, the digits and table labels still left
 * to right. Each axe clean (lang included), nothing wider than the screen, no word clipped.
 */

const FULL_HD = { viewport: { width: 1920, height: 1080 } };

/** Texts cut off inside their box (a heading or button too narrow for its words). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, label, h1, h2, h3, p, li, span')]
      .filter((e) => e instanceof HTMLElement && e.offsetParent !== null && !e.closest('.visually-hidden'))
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline')
      .map((e) => e.textContent?.trim() ?? ''),
  );

const docLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe.skipIf(!chromiumPath)('the projector in the event language', () => {
  const room = useRoom({
    seed: { roundSeconds: 600, changeoverSeconds: 300, rounds: 3, tableCapacity: 2, start: true },
  });

  it('shows Chinese on a browser that prefers none of our languages: countdown, seating, axe clean', async () => {
    await room.ev.api(`/api/events/${room.ev.eventId}`, { method: 'PATCH', body: { locale: 'zh-Hans' } });
    const page = await room.open(room.ev.projectorLink, { ...FULL_HD, locale: 'ja-JP' });
    await waitForTestId(page, 'countdown');
    expect(await docLanguage(page)).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('第 1 轮，共 3 轮 — 交流');
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
    expect(await page.getByTestId('countdown').getAttribute('aria-label')).toMatch(/^剩余时间 \d{1,2}:[0-5]\d$/);
    expect(await page.title()).toMatch(/ · 投影$/);
    expect(await page.getByLabel('语言').inputValue()).toBe('zh-Hans');
    expect(await seriousViolations(page)).toEqual([]);

    // The changeover: the coming round's seating by table, in Chinese.
    await room.ev.clock('skip');
    await page.getByRole('heading', { name: '第 2 轮，共 3 轮 — 请前往你的桌子' }).waitFor({ timeout: 3000 });
    const seating = page.getByTestId('seating');
    await seating.waitFor();
    expect(await seating.getByRole('heading', { level: 2 }).textContent()).toBe('第 2 轮座位');
    expect(await seating.locator('.seat-table').allTextContents()).toEqual(MENTORS.map((m) => m.table));
    for (const m of MENTORS) expect(await seating.textContent()).toContain(m.name);
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^\d:[0-5]\d$/);
    expect(await page.getByRole('button', { name: '开启声音' }).count()).toBe(1);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/projector-zh.png` });
  });

  it('on an Arabic laptop: right to left, digits and table labels left to right, axe clean', async () => {
    const page = await room.open(room.ev.projectorLink, { ...FULL_HD, locale: 'ar-EG' });
    await waitForTestId(page, 'seating');
    expect(await docLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('الجولة 2 من 3 — انتقلوا إلى طاولاتكم');
    expect(await page.getByTestId('seating').getByRole('heading', { level: 2 }).textContent()).toBe('مقاعد الجولة 2');
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).direction);
    expect(await direction('[data-testid="countdown"]')).toBe('ltr');
    expect(await direction('.seat-table bdi')).toBe('ltr');
    expect(await direction('.seat-card')).toBe('rtl');
    // The cards read from the right: the first table's card is the rightmost of its row.
    const boxes = await page
      .locator('.seat-card:not(.byes)')
      .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().left));
    expect(boxes[0]).toBeGreaterThan(boxes[1]!);
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^\d:[0-5]\d$/);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/projector-ar.png` });
  });
});
