import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath, launchChromium } from './support/browser';
import { seedEvent, type SeededEvent } from './support/event-setup';
import { overflowX, readCountdown, recordPageLog, SHOTS, waitForTestId } from './support/screens';
import { startServerProcess, type ServerProcess } from './support/server-process';

const FULL_HD = { viewport: { width: 1920, height: 1080 } };

describe.skipIf(!chromiumPath)('projector in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let ev: SeededEvent;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServerProcess(), launchChromium()]);
    ev = await seedEvent(server.url, { roundSeconds: 600, changeoverSeconds: 300, rounds: 3, tableCapacity: 2, start: true });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
    expect(pageErrors).toEqual([]);
  });

  async function open(link = ev.projectorLink, opts: Parameters<Browser['newContext']>[0] = FULL_HD): Promise<Page> {
    const context = await browser.newContext(opts);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    recordPageLog(page);
    await page.goto(link);
    return page;
  }

  it('shows the phase and round and a countdown legible from the back of the room', async () => {
    const page = await open();
    await waitForTestId(page, 'countdown');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Round 1 of 3 — talk');
    const clock = await ev.api<any>(`/api/events/${ev.eventId}/clock`);
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
    const px = await page.getByTestId('countdown').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThan(400);
    expect(await page.getByTestId('seating').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/projector-meeting.png` });
  });

  it('in a changeover shows the seating of the coming round by table', async () => {
    const page = await open();
    await waitForTestId(page, 'countdown');
    await ev.clock('skip');
    await page.getByRole('heading', { name: 'Round 2 of 3 — move to your table' }).waitFor({ timeout: 3000 });
    const seating = page.getByTestId('seating');
    await seating.waitFor();
    const schedule = await ev.api<any>(`/api/events/${ev.eventId}/schedule`);
    const round2 = schedule.rounds.find((r: any) => r.round === 2);
    const text = await seating.textContent();
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
    const page = await open(`${server.url}/projector?warn=30#key=${ev.projectorLink.split('#key=')[1]}`);
    await waitForTestId(page, 'countdown');
    expect(await page.getByTestId('warn-seconds').inputValue()).toBe('30');
    const button = page.getByTestId('sound-toggle');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 3000 }).toBe('true');
    expect(await button.textContent()).toContain('Sound on');
  });

  it('holds its layout from 320 px to 4K, and axe finds no serious or critical violations', async () => {
    for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 720 }, { width: 3840, height: 2160 }]) {
      const page = await open(ev.projectorLink, { viewport });
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
    const page = await open(`${server.url}/projector#key=nope`);
    await waitForTestId(page, 'invalid-link');
  });
});
