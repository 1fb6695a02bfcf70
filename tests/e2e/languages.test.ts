import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { PHONE, useRoom } from './support/room';
import { overflowX, SHOTS, waitForTestId } from './support/screens';

/**
 * Languages in Chromium (issue 19): a phone whose browser prefers Arabic gets the sign-up page
 * in Arabic, right to left (lang and dir on <html>), axe clean, nothing wider than the screen
 * and no word clipped; the menu's choice is remembered on the device; a German laptop gets the
 * home page in German, numbers written the German way.
 */

/** Texts cut off inside their box (a button or label too narrow for its words). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, label, legend, summary, h1, h2, h3, dt, dd, a, option')]
      .filter((e) => e instanceof HTMLElement && e.offsetParent !== null && !e.closest('.visually-hidden'))
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent?.trim() ?? ''),
  );

const docLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe.skipIf(!chromiumPath)('languages in Chromium', () => {
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 120, rounds: 3 } });

  async function signupLink(): Promise<string> {
    const answer = await room.ev.api<{ registration: { link: string } }>(
      `/api/events/${room.ev.eventId}/registration`,
      { body: { open: true, consentText: 'We keep your answers until a month after the event.' } },
    );
    return answer.registration.link;
  }

  it('the sign-up page on an Arabic phone: right to left, in Arabic, axe clean, nothing clipped', async () => {
    const phone = await room.open(await signupLink(), { ...PHONE, locale: 'ar-EG' });
    await waitForTestId(phone, 'signup-page');
    expect(await docLanguage(phone)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await phone.getByRole('heading', { level: 2 }).first().innerText()).toBe('التسجيل');
    // The event's rhythm in Arabic words, with the plural forms Arabic has.
    expect(await phone.getByTestId('event-format').innerText()).toBe(
      '3 جولات، مدة كل منها 10 دقائق، ودقيقتان للانتقال بين الطاولات',
    );
    // A mentor's card reads right to left, its table label left to right.
    const chip = phone.locator('.join-mentor .table-chip').first();
    expect(await chip.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    await phone.getByRole('button', { name: 'إضافة سؤال' }).click();
    await phone.getByLabel('اسمك').fill('ليلى');
    expect(await overflowX(phone)).toBeLessThanOrEqual(0);
    expect(await clipped(phone)).toEqual([]);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/signup-ar.png`, fullPage: true });

    // Signing up answers in Arabic too.
    await phone.getByLabel('أوافق').check();
    await phone.getByRole('button', { name: 'سجّلني' }).click();
    await waitForTestId(phone, 'signup-done');
    expect(await phone.getByTestId('signup-done').getByRole('heading', { level: 2 }).innerText()).toBe('تم تسجيلك');
    expect(await phone.getByTestId('signup-message').innerText()).toMatch(/^تم تسجيلك\./);
    expect(await seriousViolations(phone)).toEqual([]);
  });

  it('the language chosen from the menu wins over the browser, and is remembered on the device', async () => {
    const link = await signupLink();
    const phone = await room.open(link, { ...PHONE, locale: 'en-GB' });
    await waitForTestId(phone, 'signup-page');
    expect(await docLanguage(phone)).toEqual({ lang: 'en', dir: 'ltr' });
    await phone.getByLabel('Language').selectOption('zh-Hans');
    await expect.poll(() => docLanguage(phone)).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
    expect(await phone.getByRole('button', { name: '报名' }).count()).toBe(1);
    await phone.reload();
    await waitForTestId(phone, 'signup-page');
    expect(await docLanguage(phone)).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
    expect(await phone.getByLabel('语言').inputValue()).toBe('zh-Hans');
  });

  it('the home page on a German laptop: in German, decimals with a comma, axe clean', async () => {
    const page = await room.open(room.server.url, { viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    await page.getByRole('heading', { name: 'Veranstaltung anlegen' }).waitFor();
    expect(await docLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await page.getByText('Dezimalzahlen erlaubt: 1,5 = 90 s').count()).toBe(1);
    await page.getByLabel('Rundenlänge (Minuten)').fill('acht');
    await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    expect(await page.getByText('muss eine Anzahl Minuten sein, etwa 8 oder 1,5').count()).toBe(1);
    expect(await page.getByText('Bitte korrigieren Sie die markierten Felder.').count()).toBe(1);
    await page.getByLabel('Rundenlänge (Minuten)').fill('7,5');
    await page.getByLabel('Anzahl der Runden').fill('4');
    expect(await page.getByTestId('total-time').innerText()).toBe('Gesamtdauer der Veranstaltung: 36 Min.');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/home-de.png`, fullPage: true });
  });
});
