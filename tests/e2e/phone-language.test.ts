import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { meOf, MENTEES, type SeededPerson } from './support/event-setup';
import { PHONE, useRoom } from './support/room';
import { overflowX, readCountdown, SHOTS, waitForTestId } from './support/screens';

/**
 * The phones in the reader's language (issue 19): a mentee's phone whose browser prefers Arabic
 * reads right to left, its countdown digits and table labels still left to right; a mentor's
 * phone on a browser that prefers none of Tablehop's languages shows the event's default
 * (German). Each axe clean (lang and dir included), nothing wider than the phone.
 */

const docLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Texts cut off inside their box (a heading or button too narrow for its words). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, label, h1, h2, h3, p, li, th, td')]
      .filter((e) => e instanceof HTMLElement && e.offsetParent !== null && !e.closest('.visually-hidden'))
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline')
      .map((e) => e.textContent?.trim() ?? ''),
  );

const direction = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => getComputedStyle(e).direction);

describe.skipIf(!chromiumPath)('the phones in the reader’s language', () => {
  const room = useRoom({
    seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 1, start: true },
  });

  /** A mentee seated in the round running now, by the server's word. */
  async function seatedMentee(): Promise<{ person: SeededPerson; me: any }> {
    for (const person of room.ev.mentees) {
      const me = await meOf(room.ev, person);
      if (me.now?.table) return { person, me };
    }
    throw new Error('no mentee seated in this round');
  }

  it('a mentee phone in Arabic: right to left, the countdown, where now and the questions', async () => {
    const { person, me } = await seatedMentee();
    const page = await room.open(person.link, { ...PHONE, locale: 'ar-EG' });
    await waitForTestId(page, 'my-table');
    expect(await docLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.getByTestId('phase-label').textContent()).toBe('الجولة 1 من 3 — تحدّث');
    expect(await page.getByText('طاولتك الآن').count()).toBe(1);
    const table = page.getByTestId('my-table');
    expect(await table.textContent()).toContain(me.now.table);
    expect(await table.textContent()).toContain(me.now.mentorName);
    expect(await direction(page, '[data-testid="my-table"] .table-label bdi')).toBe('ltr');
    expect(await direction(page, '[data-testid="focus"]')).toBe('rtl');

    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
    expect(await direction(page, '[data-testid="countdown"]')).toBe('ltr');
    expect(await page.getByTestId('countdown').getAttribute('aria-label')).toMatch(/^الوقت المتبقي \d{1,2}:[0-5]\d$/);

    // The prepared questions, under their Arabic heading, each box its own direction.
    const questions = MENTEES.find((m) => m.name === person.name)!.questions;
    await page.getByRole('heading', { name: 'أسئلتك' }).waitFor();
    for (const [i, q] of questions.entries()) {
      expect(await page.getByRole('textbox', { name: `السؤال ${i + 1}` }).inputValue()).toBe(q);
    }
    expect(await page.getByRole('button', { name: 'احفظ الأسئلة' }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: 'الجولة' }).count()).toBe(1);
    expect(await page.getByLabel('اللغة').inputValue()).toBe('ar');

    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/mentee-ar.png`, fullPage: true });
  });

  it('a mentor phone in German, the event’s default language, on a browser that prefers none of ours', async () => {
    await room.ev.api(`/api/events/${room.ev.eventId}`, { method: 'PATCH', body: { locale: 'de' } });
    const mentor = room.ev.mentors[0]!;
    const page = await room.open(mentor.link, { ...PHONE, locale: 'ja-JP' });
    await waitForTestId(page, 'now-group');
    expect(await docLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await page.getByTestId('phase-label').textContent()).toBe('Runde 1 von 3 — Gespräch');
    expect(await page.getByTestId('now-group').getByRole('heading', { level: 2 }).textContent()).toBe(
      'Jetzt an Ihrem Tisch (Runde 1)',
    );
    expect(await page.getByRole('heading', { name: 'Ihre Tische' }).count()).toBe(1);
    expect(await page.getByTestId('countdown').getAttribute('aria-label')).toMatch(
      /^Verbleibende Zeit \d{1,2}:[0-5]\d$/,
    );
    // German times of day: 24-hour, no AM/PM (Intl writes the hours after midnight as "0:15").
    const times = await page.getByTestId('schedule').locator('td.when').allTextContents();
    expect(times.filter((t) => /\d/.test(t)).every((t) => /^\d{1,2}:\d{2}$/.test(t))).toBe(true);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/mentor-de.png`, fullPage: true });
  });
});
