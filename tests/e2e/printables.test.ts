import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { seedEvent } from './support/event-setup';
import { decodeQrIn, pdfPages } from './support/qr-decode';
import { useRoom } from './support/room';
import { SHOTS, waitForTestId } from './support/screens';

const A4_PORTRAIT = { width: 595, height: 842 };
const A4_LANDSCAPE = { width: 842, height: 595 };
const LETTER_PORTRAIT = { width: 612, height: 792 };
/** 14 June 2030, 17:30 UTC: the pages run in UTC, so round 1 prints as 17:30. */
const PLANNED = Date.UTC(2030, 5, 14, 17, 30);
// As the page prints in en-GB: hours without a leading zero ("0:15", "17:42"), whatever the hour the test runs at.
const utcTime = (ms: number) => format(new Date(ms + new Date(ms).getTimezoneOffset() * 60_000), 'H:mm');

describe.skipIf(!chromiumPath)('printables in Chromium', () => {
  // 3 mentors, 5 mentees, 2 seats a table: one mentee sits out each round.
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 120, rounds: 3, tableCapacity: 2 } });
  let view: any;
  let pdfDir: string;

  beforeAll(async () => {
    pdfDir = mkdtempSync(join(tmpdir(), 'tablehop-print-'));
    view = await room.ev.api(`/api/events/${room.ev.eventId}`, { method: 'PATCH', body: { plannedStartAt: PLANNED } });
  });
  afterAll(() => {
    if (pdfDir) rmSync(pdfDir, { recursive: true, force: true });
  });

  /** A printable of `event` in a fresh context (UTC, British English, 2× pixels so the cards' small QR codes scan). */
  async function open(kind: string, event = room.ev, query = ''): Promise<Page> {
    const options = {
      viewport: { width: 1100, height: 1000 },
      deviceScaleFactor: 2,
      timezoneId: 'UTC',
      locale: 'en-GB',
    };
    const page = await room.open(
      `${room.server.url}/organize/${event.eventId}/print/${kind}${query}#key=${event.organizerKey}`,
      options,
    );
    await waitForTestId(page, 'print-sheets');
    // The test server's links are localhost ones: say yes to printing them, as an organizer
    // trying it out on this computer would (tests/e2e/lan-links.test.ts covers the refusal).
    await page.getByTestId('print-anyway').check();
    await page.emulateMedia({ media: 'print' });
    // Fitted to the paper as printed (the print layout drops the toolbar, not the sizes).
    await page.locator('[data-testid="print-sheets"][data-fitted="true"]').waitFor();
    // Nothing is cut off: every page, card and tent half holds all its content.
    const clipped = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.sheet, .person-card, .tent-half')].filter(
          (el) => el.scrollHeight > el.clientHeight + 1,
        ).length,
    );
    expect(clipped).toBe(0);
    return page;
  }

  const pdfOf = async (page: Page, name: string) => {
    const pdf = await page.pdf({
      path: join(pdfDir, `print-${name}.pdf`),
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
    });
    return pdfPages(pdf);
  };

  it('personal cards: 1 per person, 4 per A4 page, planned-start times, each QR opens that person’s page', async () => {
    const page = await open('cards');
    const cards = page.getByTestId('person-card');
    expect(await cards.count()).toBe(8);
    // No console chrome in print.
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    expect(await page.getByRole('tab').count()).toBe(0);

    const pdf = await pdfOf(page, 'cards');
    expect(pdf.count).toBe(2);
    expect(pdf.sizes).toEqual([A4_PORTRAIT, A4_PORTRAIT]);
    await page.screenshot({ path: `${SHOTS}/print-cards.png`, fullPage: true, scale: 'css' });

    const links = new Map<string, string>([...view.mentors, ...view.mentees].map((p: any) => [p.id, p.link]));
    const times = [PLANNED, PLANNED + 720_000, PLANNED + 1_440_000].map(utcTime);
    expect(times).toEqual(['17:30', '17:42', '17:54']);
    for (let i = 0; i < 8; i++) {
      const card = cards.nth(i);
      const id = (await card.getAttribute('data-person'))!;
      expect(await decodeQrIn(page, card.locator('.card-qr'), 'device'), `card ${i}`).toBe(links.get(id));
      const rows = await card.locator('tbody tr').allInnerTexts();
      expect(rows.map((r) => r.split('\t')[1])).toEqual(times);
    }
    // A mentee's card lists the tables the server has for them.
    const zoe = room.ev.mentees.find((m) => m.name === 'Zoë Martin')!;
    const me = await room.ev.api('/api/me', { token: zoe.token });
    const zoeRows = await page.locator(`[data-person="${zoe.id}"] tbody tr`).allInnerTexts();
    expect(zoeRows.map((r) => r.split('\t')[2])).toEqual(me.rounds.map((r: any) => r.table ?? '—'));
    await page.emulateMedia({ media: 'screen' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the paper is selectable: US Letter prints on Letter', async () => {
    const page = await open('cards', room.ev, '?paper=letter');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toEqual({ count: 2, sizes: [LETTER_PORTRAIT, LETTER_PORTRAIT] });
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Paper').selectOption('a4');
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).sizes[0]).toEqual(A4_PORTRAIT);
  });

  it('table tents: one page per mentor table, the QR code opens the mentor’s page', async () => {
    const page = await open('tents');
    const tents = page.getByTestId('table-tent');
    expect(await tents.count()).toBe(3);
    const pdf = await pdfOf(page, 'tents');
    expect(pdf.count).toBe(3);
    expect(pdf.sizes.every((s) => s.width === A4_PORTRAIT.width && s.height === A4_PORTRAIT.height)).toBe(true);
    await tents.first().screenshot({ path: `${SHOTS}/print-tents.png`, scale: 'css' });
    for (let i = 0; i < 3; i++) {
      const tent = tents.nth(i);
      const id = await tent.getAttribute('data-person');
      const m = view.mentors.find((x: any) => x.id === id);
      expect(await tent.locator('.tent-label').textContent()).toBe(m.table);
      expect(await tent.locator('.tent-front').innerText()).toContain(m.name);
      // The QR code is on the upside-down half (it faces the mentor once folded).
      expect(await decodeQrIn(page, tent.locator('.tent-back')), `tent ${m.table}`).toBe(m.link);
    }
  });

  it('wall sheet: one landscape page of rounds × tables with names and times, then the index', async () => {
    const page = await open('sheet');
    expect(await page.getByTestId('wall-page').count()).toBe(1);
    expect(await page.getByTestId('index-page').count()).toBe(1);
    const pdf = await pdfOf(page, 'sheet');
    expect(pdf).toEqual({ count: 2, sizes: [A4_LANDSCAPE, A4_LANDSCAPE] });
    await page.screenshot({ path: `${SHOTS}/print-sheet.png`, fullPage: true, scale: 'css' });
    const head = await page.locator('.wall-table thead th').allInnerTexts();
    expect(head.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Table',
      'Round 1 17:30',
      'Round 2 17:42',
      'Round 3 17:54',
    ]);
    const schedule = await room.ev.api(`/api/events/${room.ev.eventId}/schedule`);
    const names = new Map<string, string>([...schedule.mentees].map((m: any) => [m.id, m.name]));
    const rows = page.locator('.wall-table tbody tr');
    const anyBye = schedule.rounds.some((r: any) => r.byes.length > 0);
    expect(await rows.count()).toBe(3 + (anyBye ? 1 : 0));
    for (let t = 0; t < 3; t++) {
      const cells = await rows.nth(t).locator('td').allInnerTexts();
      expect(cells.map((c) => c.trim())).toEqual(
        schedule.rounds.map((r: any) => r.tables[t].menteeIds.map((id: string) => names.get(id)).join('\n')),
      );
    }
  });

  it('wall sheet index: every mentee once, A–Z, with their table in each round as their own page has it', async () => {
    const page = await open('sheet');
    const index = page.getByTestId('index-page');
    await index.screenshot({ path: `${SHOTS}/print-sheet-index.png`, scale: 'css' });
    const head = await index.locator('thead tr').nth(1).locator('th').allInnerTexts();
    expect(head.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(['1 17:30', '2 17:42', '3 17:54']);
    const rows = await index.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        initial: tr.querySelector('.index-initial')?.textContent ?? '',
        name: tr.querySelector('.index-person')?.textContent ?? '',
        tables: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      })),
    );
    const names = room.ev.mentees.map((m) => m.name).sort((a, b) => a.localeCompare(b));
    expect(rows.map((r) => r.name)).toEqual(names);
    for (const m of room.ev.mentees) {
      const me = await room.ev.api('/api/me', { token: m.token });
      expect(rows.find((r) => r.name === m.name)!.tables, m.name).toEqual(me.rounds.map((r: any) => r.table ?? '—'));
    }
    // Each letter is marked once, where its names begin.
    const initials = rows.map((r) => r.name[0]!.normalize('NFD')[0]!.toUpperCase());
    expect(rows.map((r) => r.initial)).toEqual(initials.map((l, i) => (i === 0 || initials[i - 1] !== l ? l : '')));
    expect(await index.locator('h2').innerText()).toMatch(/: find your table$/);
  });

  it('wall sheet with many sitting out: the sheet counts them, the index names everyone', async () => {
    const crowd = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60, rounds: 3 });
    const more = Array.from({ length: 10 }, (_, i) => ({ name: `Walk-in ${i + 1}` }));
    await crowd.api(`/api/events/${crowd.eventId}/people`, { body: { mentees: more } });
    await crowd.api(`/api/events/${crowd.eventId}/schedule`, { body: { seed: 2 } });
    const page = await open('sheet', crowd);
    // 3 seats, 15 mentees: 12 sit out each round, too many to name in a cell of the sheet.
    const byes = page.locator('.wall-table tr.wall-byes td');
    expect(await byes.allInnerTexts()).toEqual(Array(3).fill('12 sit out: see the index'));
    const rows = page.getByTestId('index-page').locator('tbody tr');
    expect(await rows.count()).toBe(15);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    for (let r = 0; r < 3; r++) expect(cells.filter((c) => c[r] === '—')).toHaveLength(12);
  });

  it('personal cards with a break: a row of the timed schedule; four a page, one cut line on every edge', async () => {
    const ev = await seedEvent(room.server.url, {
      roundSeconds: 600,
      changeoverSeconds: 120,
      rounds: 3,
      tableCapacity: 2,
    });
    await ev.api(`/api/events/${ev.eventId}`, {
      method: 'PATCH',
      body: { plannedStartAt: PLANNED, breaks: [{ afterRound: 2, seconds: 900 }] },
    });
    const page = await open('cards', ev);
    const sheets = page.locator('.sheet');
    expect(await sheets.count()).toBe(2);
    expect(await sheets.nth(0).getByTestId('person-card').count()).toBe(4);
    expect((await pdfOf(page, 'cards-break')).count).toBe(2);
    await sheets.nth(0).screenshot({ path: `${SHOTS}/print-cards-break.png`, scale: 'css' });
    // Round 2 ends at 17:52, the 15-minute break follows, round 3 starts at 18:07.
    const cards = page.getByTestId('person-card');
    for (let i = 0; i < 8; i++) {
      const rows = (await cards.nth(i).locator('tbody tr').allInnerTexts()).map((r) => r.split('\t'));
      expect(rows.map((r) => r[1])).toEqual(['17:30', '17:42', '17:52', '18:07']);
      expect(rows[2]!.join(' ').replace(/\s+/g, ' ').trim()).toBe('17:52 Break · 15 min');
      expect(rows.map((r) => r[0]!.trim())).toEqual(['1', '2', '', '3']);
    }
    const zoe = ev.mentees.find((m) => m.name === 'Zoë Martin')!;
    const me = await ev.api('/api/me', { token: zoe.token });
    const zoeRows = await page.locator(`[data-person="${zoe.id}"] tbody tr:not(.break-row)`).allInnerTexts();
    expect(zoeRows.map((r) => r.split('\t')[2])).toEqual(me.rounds.map((r: any) => r.table ?? '—'));
    // Cut lines: the four cards tile the page exactly, and every edge has one dashed line
    // (the page's top and left, each card's right and bottom), never two side by side.
    const geometry = await sheets.nth(0).evaluate((sheet) => {
      const box = sheet.getBoundingClientRect();
      const style = getComputedStyle(sheet);
      return {
        sheet: { w: box.width, h: box.height, top: style.borderTopStyle, left: style.borderLeftStyle },
        cards: [...sheet.querySelectorAll<HTMLElement>('.person-card')].map((c) => {
          const b = c.getBoundingClientRect();
          const s = getComputedStyle(c);
          return {
            x: Math.round(b.left - box.left),
            y: Math.round(b.top - box.top),
            w: b.width,
            h: b.height,
            borders: [s.borderTopStyle, s.borderRightStyle, s.borderBottomStyle, s.borderLeftStyle],
          };
        }),
      };
    });
    expect(geometry.sheet).toMatchObject({ top: 'dashed', left: 'dashed' });
    const [w, h] = [geometry.cards[0]!.w, geometry.cards[0]!.h];
    for (const c of geometry.cards) {
      expect(c.borders).toEqual(['none', 'dashed', 'dashed', 'none']);
      expect(Math.abs(c.w - w)).toBeLessThanOrEqual(1);
      expect(Math.abs(c.h - h)).toBeLessThanOrEqual(1);
    }
    expect(geometry.cards.map((c) => [c.x > w / 2 ? 1 : 0, c.y > h / 2 ? 1 : 0])).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    expect(Math.abs(2 * w - geometry.sheet.w)).toBeLessThanOrEqual(2);
    expect(Math.abs(2 * h - geometry.sheet.h)).toBeLessThanOrEqual(2);
  });

  it('projector sign: the QR code opens the projector view', async () => {
    const page = await open('projector-sign');
    const pdf = await pdfOf(page, 'projector-sign');
    expect(pdf).toEqual({ count: 1, sizes: [A4_PORTRAIT] });
    const sign = page.getByTestId('projector-sign');
    await sign.screenshot({ path: `${SHOTS}/print-projector-sign.png`, scale: 'css' });
    expect(await decodeQrIn(page, sign)).toBe(view.links.projector);
    expect(view.links.projector).toBe(room.ev.projectorLink);
  });

  it('a wall sheet of 25 tables splits evenly across two pages', async () => {
    const big = await seedEvent(room.server.url, {
      name: 'Big night',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: 4,
    });
    const more = Array.from({ length: 22 }, (_, i) => ({ name: `Mentor ${i + 4}` }));
    await big.api(`/api/events/${big.eventId}/people`, { body: { mentors: more } });
    await big.api(`/api/events/${big.eventId}/schedule`, { body: { seed: 1 } });
    const page = await open('sheet', big);
    const pages = page.getByTestId('wall-page');
    expect(await pages.count()).toBe(2);
    expect(await pages.nth(0).locator('tbody tr').count()).toBeGreaterThanOrEqual(13);
    expect(await pages.nth(1).locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
    const pdf = await pdfOf(page, 'sheet-big');
    expect(pdf.count).toBe(3); // and the index of its 5 mentees
    expect(await page.getByTestId('index-page').count()).toBe(1);
  });

  it('times follow the clock live once it runs: an extension moves the later rounds', async () => {
    const live = await seedEvent(room.server.url, {
      name: 'Live',
      roundSeconds: 600,
      changeoverSeconds: 120,
      rounds: 3,
    });
    await live.api(`/api/events/${live.eventId}`, { method: 'PATCH', body: { plannedStartAt: PLANNED } });
    const page = await open('sheet', live);
    const round2 = page.locator('.wall-table thead th').nth(2);
    expect((await round2.innerText()).replace(/\s+/g, ' ')).toBe('Round 2 17:42');
    const started = await live.api(`/api/events/${live.eventId}/clock`, { body: { action: 'start' } });
    const expected = (c: any) => `Round 2 ${utcTime(c.phaseEndsAt + 120_000)}`;
    await expect.poll(async () => (await round2.innerText()).replace(/\s+/g, ' ')).toBe(expected(started));
    const extended = await live.clock('extend', { seconds: 600 });
    await expect.poll(async () => (await round2.innerText()).replace(/\s+/g, ' ')).toBe(expected(extended));
    expect(expected(extended)).not.toBe(expected(started));
  });
});

describe.skipIf(!chromiumPath)('print, export and backup from the console and the home page', () => {
  const room = useRoom();

  it('sets the planned start, opens a printable, downloads a backup and creates a new event from it', async () => {
    const { server } = room;
    const ev = await seedEvent(server.url, { name: 'Reuse me', roundSeconds: 600, changeoverSeconds: 120, rounds: 3 });
    const page = await room.open(`${server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      timezoneId: 'Europe/Berlin',
      locale: 'de-DE',
    });
    const context = page.context();

    // Plan tab: the planned start, in the organizer's time zone (Berlin: UTC+2 in June). This
    // browser reads German (de-DE), and the console speaks the browser's language (issue 19).
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2030-06-14');
    await page.getByLabel('Startzeit', { exact: true }).fill('19:30');
    await page.getByRole('button', { name: 'Startzeit speichern' }).click();
    await expect.poll(() => page.getByTestId('start-status').textContent()).toMatch(/Geplanter Start: .*19:30/);
    expect((await ev.api(`/api/events/${ev.eventId}`)).event.plannedStartAt).toBe(PLANNED);

    // Print & backup tab: the printables open in a new tab with the key.
    await page.getByRole('tab', { name: 'Druck & Sicherung' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/print-console.png`, fullPage: true });
    const [cards] = await Promise.all([context.waitForEvent('page'), page.getByTestId('print-cards').click()]);
    await waitForTestId(cards, 'print-sheets');
    expect(await cards.getByTestId('person-card').count()).toBe(8);
    expect(await cards.getByTestId('person-card').first().locator('tbody tr').first().innerText()).toContain('19:30');
    await cards.close();

    // Backup: a download of one sealed JSON file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-backup').click()]);
    expect(download.suggestedFilename()).toMatch(/^tablehop-Reuse-me-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup).toMatchObject({
      format: 'tablehop-event-backup',
      version: 1,
      event: { settings: { name: 'Reuse me', plannedStartAt: PLANNED } },
    });

    // Home: a tampered file is refused with a clear message; the real one creates a new event.
    await page.goto(`${server.url}/`);
    // This browser reads German (de-DE), and the home page speaks the browser's language (issue 19).
    const input = page.getByLabel('Sicherungsdatei (.json)');
    const tampered = { ...backup, event: { ...backup.event, settings: { ...backup.event.settings, name: 'Hacked' } } };
    await input.setInputFiles({
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await expect.poll(() => page.getByTestId('backup-import-error').textContent()).toMatch(/checksum does not match/);
    await input.setInputFiles(file);
    await page.waitForURL(/\/organize\/[\w-]+#key=/);
    const url = new URL(page.url());
    const newId = url.pathname.split('/').pop()!;
    expect(newId).not.toBe(ev.eventId);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toBe('Reuse me');
    const key = new URLSearchParams(url.hash.slice(1)).get('key')!;
    const res = await fetch(`${server.url}/api/events/${newId}`, { headers: { authorization: `Bearer ${key}` } });
    const copy = await res.json();
    expect(copy.mentees.map((m: any) => m.name)).toEqual(ev.mentees.map((m) => m.name));
    expect(copy.event.plannedStartAt).toBe(PLANNED);
  });
});
