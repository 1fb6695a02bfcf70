import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { MENTEES, MENTORS, seedEvent, type SeededEvent } from './support/event-setup';
import { useRoom } from './support/room';
import { overflowX, SHOTS } from './support/screens';

/*
 * The organizer console in German through a whole short event (issue 19): a laptop whose browser
 * prefers German opens the console, goes through every tab, checks a mentee in, and runs the
 * clock from the start to the end with the console's own buttons. On every tab and after every
 * step: German on <html>, no English word on screen (the people's names and questions are the
 * test's data, taken out first), nothing clipped or wider than the window, axe clean. Then the
 * console in Arabic from its language menu (right to left, remembered), and an event whose own
 * default is German on a laptop that prefers none of Tablehop's languages.
 */

const LAPTOP = { viewport: { width: 1280, height: 900 } };

/**
 * Words that only English has among the six languages: any of them on screen bypassed a catalogue.
 * Letters of any script end a word ("höhere" holds no "here"); words German shares (Person, Link,
 * Links, Start, Plan, Mentor) are not listed.
 */
const ENGLISH = new RegExp(
  '(?<!\\p{L})(the|and|of|to|with|your|this|is|are|not|round|rounds|table|tables|people|minutes|add|remove|' +
    'save|edit|delete|print|report|show|open|close|next|before|after|who|what|when|where|here|talking|' +
    'changeover|expected|coming|ended|paused|skipped|undo|settings|seats?|checked)(?!\\p{L})',
  'giu',
);

/** The test's own data (names, topics, bios, questions, the event's name): not the page's words. */
const DATA = [
  'Sommerabend der Mentoren',
  ...MENTORS.flatMap((m) => [m.name, m.table, ...m.topics, m.bio ?? '']),
  ...MENTEES.flatMap((m) => [m.name, ...m.questions]),
].filter(Boolean);

/** English words visible in `selector` (text and the names screen readers read: aria-label, title, placeholder). */
async function englishIn(page: Page, selector: string): Promise<string[]> {
  const texts = await page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!(root instanceof HTMLElement)) return { texts: [], code: [] };
    const attrs = [...root.querySelectorAll('[aria-label], [title], [placeholder]')]
      .filter((e) => !(e as HTMLElement).closest('[hidden]'))
      .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
    // Code (the CSV's column names, setting names) is the same in every language.
    const code = [...root.querySelectorAll('code, pre')].map((e) => e.textContent ?? '').filter((c) => c.length > 2);
    return { texts: [root.innerText, ...attrs], code };
  }, selector);
  let text = texts.texts.join('\n');
  for (const d of [...DATA, ...texts.code].sort((a, b) => b.length - a.length)) text = text.split(d).join(' ');
  // Each English word with the line it stands in, so a failure says where to look.
  const lines = text.split('\n').filter((line) => line.match(ENGLISH));
  return [...new Set(lines.map((line) => line.trim().slice(0, 160)))];
}

/** Texts cut off inside their box (a button or label too narrow for its words). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, label, legend, summary, h1, h2, h3, th, dt, a')]
      .filter((e) => e instanceof HTMLElement && e.offsetParent !== null && !e.closest('.visually-hidden'))
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent?.trim() ?? ''),
  );

const docLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Everything this test expects of a screen in a language: no English, nothing clipped or too wide, axe clean. */
async function expectClean(page: Page, where: string): Promise<void> {
  expect(await englishIn(page, 'main'), where).toEqual([]);
  expect(await clipped(page), where).toEqual([]);
  expect(await overflowX(page), where).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page), where).toEqual([]);
}

describe.skipIf(!chromiumPath)('the organizer console in German (issue 19)', () => {
  const room = useRoom();

  async function openConsole(ev: SeededEvent, locale: string): Promise<Page> {
    const page = await room.open(`${room.server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      ...LAPTOP,
      locale,
    });
    await page.getByRole('tablist').waitFor();
    return page;
  }

  it('through a whole short event: every tab, a check-in, the clock from start to end', async () => {
    const ev = await seedEvent(room.server.url, {
      name: 'Sommerabend der Mentoren',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: 2,
    });
    const page = await openConsole(ev, 'de-DE');
    expect(await docLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await page.getByRole('tablist', { name: 'Bereiche der Konsole' }).count()).toBe(1);
    expect(await page.title()).toBe('Sommerabend der Mentoren · Tablehop-Konsole');

    const tabs: [string, string][] = [
      ['Personen (8)', 'people'],
      ['Check-in', 'checkin'],
      ['Plan', 'plan'],
      ['Druck & Sicherung', 'print'],
      ['Bericht', 'report'],
      ['Ablauf', 'run'],
    ];
    for (const [name, key] of tabs) {
      await page.getByRole('tab', { name, exact: true }).click();
      await page.locator(`#panel-${key}`).waitFor();
      await expectClean(page, `the ${key} tab before the start`);
      await page.screenshot({ path: `${SHOTS}/console-de-${key}.png`, fullPage: true });
    }

    // Check-in: Zoë is here.
    await page.getByRole('tab', { name: 'Check-in', exact: true }).click();
    const checkIn = page.locator('#panel-checkin');
    await checkIn.getByRole('button', { name: /^Zoë Martin/ }).click();
    await expect.poll(() => checkIn.locator('.check-in-message').textContent()).toMatch(/^Zoë Martin: da\./);
    await expectClean(page, 'after a check-in');

    // The clock, with the console's own buttons, from the start to the end.
    await page.getByRole('tab', { name: 'Ablauf', exact: true }).click();
    const run = page.locator('#panel-run');
    const phase = page.getByTestId('run-phase');
    await run.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => phase.textContent()).toBe('Runde 1 von 2 · Gespräch');
    expect(await page.getByTestId('run-next').textContent()).toBe('Danach: Runde 2 von 2 · Wechsel');
    await expectClean(page, 'round 1');
    await page.screenshot({ path: `${SHOTS}/console-de-run-round.png`, fullPage: true });

    await run.getByRole('button', { name: /^Anhalten/ }).click();
    await expect.poll(() => phase.textContent()).toBe('Runde 1 von 2 · Gespräch · angehalten');
    await expectClean(page, 'paused');
    await run.getByRole('button', { name: /^Fortsetzen/ }).click();
    await expect.poll(() => phase.textContent()).toBe('Runde 1 von 2 · Gespräch');
    const before = (await ev.api(`/api/events/${ev.eventId}/clock`)).remainingMs as number;
    await run.getByRole('button', { name: /^\+1 Min\./ }).click();
    await expect
      .poll(async () => (await ev.api(`/api/events/${ev.eventId}/clock`)).remainingMs)
      .toBeGreaterThan(before);

    await run.getByRole('button', { name: /^Überspringen/ }).click();
    await expect.poll(() => phase.textContent()).toBe('Runde 2 von 2 · Wechsel');
    await expectClean(page, 'the changeover');
    // The mini clock over the other tabs says where the clock is, in German too.
    await page.getByRole('tab', { name: 'Personen (8)', exact: true }).click();
    await expectClean(page, 'the people tab in the changeover');
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await expectClean(page, 'the plan tab in the changeover');
    await page.getByRole('tab', { name: 'Ablauf', exact: true }).click();

    await run.getByRole('button', { name: /^Überspringen/ }).click();
    await expect.poll(() => phase.textContent()).toBe('Runde 2 von 2 · Gespräch');
    expect(await page.getByTestId('run-next').textContent()).toBe('Danach: das Ende der Veranstaltung');
    // Skipping the last round ends the event: it asks first, in German.
    await run.getByRole('button', { name: /^Überspringen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Die letzte Runde überspringen?' });
    await dialog.waitFor();
    expect(await englishIn(page, '[role="dialog"]')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/console-de-skip-last.png` });
    // As a person would, later than a double-click (two skips within 0.5 s are one, by design).
    await page.waitForTimeout(600);
    await dialog.getByRole('button', { name: 'Veranstaltung beenden' }).click();
    await expect.poll(() => phase.textContent()).toBe('Die Veranstaltung ist beendet');
    expect((await ev.api(`/api/events/${ev.eventId}/clock`)).status).toBe('finished');
    await expectClean(page, 'after the end');
    await page.screenshot({ path: `${SHOTS}/console-de-ended.png`, fullPage: true });

    await page.getByRole('tab', { name: 'Bericht', exact: true }).click();
    await expectClean(page, 'the report after the end');
    await page.screenshot({ path: `${SHOTS}/console-de-report.png`, fullPage: true });

    // Arabic from the menu: right to left, nothing too wide, and remembered on this laptop.
    await page.getByLabel('Sprache', { exact: true }).selectOption('ar');
    await expect.poll(() => docLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('tab', { name: /^الأشخاص/ }).click();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/console-ar-people.png`, fullPage: true });
    await page.reload();
    await page.getByRole('tablist').waitFor();
    expect(await docLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('in the event’s default language on a laptop that prefers none of ours', async () => {
    const ev = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60, rounds: 2 });
    await ev.api(`/api/events/${ev.eventId}`, { method: 'PATCH', body: { locale: 'de' } });
    const page = await openConsole(ev, 'ja-JP');
    expect(await docLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await page.getByRole('tab', { name: 'Ablauf', exact: true }).count()).toBe(1);
    // Its own browser's English wins over the event's German.
    const english = await openConsole(ev, 'en-GB');
    expect(await docLanguage(english)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await english.getByRole('tab', { name: 'Run', exact: true }).count()).toBe(1);
  });
});
