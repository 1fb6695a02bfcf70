/**
 * The printables in the event's default language (issue 19, `settings.locale`), printed by
 * Chromium on an English browser: an event in German prints German cards and tents (dates in
 * German), one in Arabic prints right to left; both stay accessible.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { useRoom } from './support/room';
import { SHOTS, waitForTestId } from './support/screens';

// Friday 14 June 2030, 17:30 UTC.
const PLANNED = Date.UTC(2030, 5, 14, 17, 30);

describe.skipIf(!chromiumPath)('printables in the event’s language (Chromium)', () => {
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 120, rounds: 3, tableCapacity: 2 } });

  const setLocale = (locale: string) =>
    room.ev.api<any>(`/api/events/${room.ev.eventId}`, {
      method: 'PATCH',
      body: { locale, plannedStartAt: PLANNED, name: 'Frühlingsabend' },
    });

  async function open(kind: string): Promise<Page> {
    const page = await room.open(
      `${room.server.url}/organize/${room.ev.eventId}/print/${kind}#key=${room.ev.organizerKey}`,
      // An English computer: the printables still follow the event.
      { viewport: { width: 1100, height: 1000 }, timezoneId: 'UTC', locale: 'en-GB' },
    );
    await waitForTestId(page, 'print-sheets');
    await page.getByTestId('print-anyway').check();
    await page.locator('[data-testid="print-sheets"][data-fitted="true"]').waitFor();
    return page;
  }

  it('an event in German prints German cards and tents on an English computer', async () => {
    expect((await setLocale('de')).event.locale).toBe('de');
    const page = await open('cards');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'de',
      'ltr',
    ]);
    const grace = room.ev.mentors.find((m) => m.name === 'Grace Hopper')!;
    const card = page.locator(`[data-testid="person-card"][data-person="${grace.id}"]`);
    expect(await card.locator('.card-role').innerText()).toBe('Mentor · Tisch T1');
    expect(await card.locator('thead th').allTextContents()).toEqual(['Runde', 'Zeit', 'Tisch', 'Mentees']);
    // The date through date-fns's German locale.
    expect(await card.locator('.card-event').nth(1).innerText()).toBe('Freitag, 14. Juni 2030');
    expect(await card.locator('figcaption').first().innerText()).toBe('Ihre Live-Seite');
    const text = await page.getByTestId('print-sheets').innerText();
    expect(text).not.toMatch(/\b(Round|Table|Your live page|per page)\b/);
    expect(await page.getByRole('button', { name: 'Drucken' }).count()).toBe(1);
    // The print page around the sheets is German too (its toolbar, the localhost warning).
    const toolbar = await page.locator('.print-toolbar').innerText();
    expect(toolbar).toContain('Persönliche Karten');
    expect(toolbar).toContain('Diese QR-Codes zeigen auf localhost:');
    expect(toolbar).not.toMatch(/\b(Paper|Print|Back to the console|print dialog|anyway)\b/);
    expect(await page.title()).toBe('Persönliche Karten · Frühlingsabend');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page
      .locator('.sheet')
      .first()
      .screenshot({ path: `${SHOTS}/print-de.png`, scale: 'css' });

    const tents = await open('tents');
    const tentText = await tents.getByTestId('print-sheets').innerText();
    expect(tentText).toContain('3 Tischaufsteller, einer pro Seite.');
    expect(await tents.getByTestId('table-tent').first().locator('.tent-for').innerText()).toMatch(/^Für /);
    expect(await seriousViolations(tents)).toEqual([]);
    await tents.emulateMedia({ media: 'print' });
    await tents
      .getByTestId('table-tent')
      .first()
      .screenshot({ path: `${SHOTS}/print-de-tent.png`, scale: 'css' });
  });

  it('an event in Arabic prints right to left, the table labels left to right', async () => {
    await setLocale('ar');
    const page = await open('cards');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    const grace = room.ev.mentors.find((m) => m.name === 'Grace Hopper')!;
    const card = page.locator(`[data-testid="person-card"][data-person="${grace.id}"]`);
    expect(await card.locator('.card-role').innerText()).toBe('مرشد · الطاولة T1');
    // The QR code sits at the card's inline end: on the left, right to left.
    const [cardBox, qrBox] = [await card.boundingBox(), await card.locator('.card-qr').first().boundingBox()];
    expect(qrBox!.x - cardBox!.x).toBeLessThan(cardBox!.width / 2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.sheet').first().screenshot({ path: '/tmp/print-mail-ar.png', scale: 'css' });
  });
});
