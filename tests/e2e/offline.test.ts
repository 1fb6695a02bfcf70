import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium } from './support/browser';
import { meOf, seedEvent, type SeededPerson } from './support/event-setup';
import { PHONE, useRoom } from './support/room';
import { readCountdown, SHOTS } from './support/screens';
import { startServerProcess } from './support/server-process';
import { offlineKeys, untilControlled, untilStored } from './support/service-worker';

/*
 * Issue 20 with a real service worker, built by vite-plugin-pwa, served by the real server
 * process (localhost is a secure context, so Chromium runs the worker over plain http).
 */
describe.skipIf(!chromiumPath)('phones and projector without the venue Wi-Fi (issue 20)', () => {
  // Long rounds: nothing moves on by itself while these tests look.
  const room = useRoom({
    seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 1, start: true },
  });

  async function seatedMentee(): Promise<{ person: SeededPerson; me: any }> {
    for (const person of room.ev.mentees) {
      const me = await meOf(room.ev, person);
      if (me.now?.table) return { person, me };
    }
    throw new Error('no mentee seated in this round');
  }
  /** Seconds the server's clock has left in this phase, now. */
  async function serverSecondsLeft(): Promise<number> {
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    return (clock.phaseEndsAt - Date.now()) / 1000;
  }

  /**
   * The page's countdown, checked to be within a second of the server's. The page shows whole
   * seconds rounded up, so it is compared with the server's time left rounded the same way,
   * read just before and just after the page (the reads' own delay is not counted as an error).
   */
  async function countdownNearServer(page: Page): Promise<number> {
    const before = await serverSecondsLeft();
    const shown = await readCountdown(page);
    const after = await serverSecondsLeft();
    expect(shown).not.toBeNull();
    expect(shown!).toBeGreaterThanOrEqual(Math.ceil(after) - 1);
    expect(shown!).toBeLessThanOrEqual(Math.ceil(before) + 1);
    return shown!;
  }

  it('a mentee page reloaded with no network shows its table and the countdown, and says it is offline', async () => {
    const { person, me } = await seatedMentee();
    const page = await room.open(person.link, PHONE);
    await page.getByTestId('my-table').waitFor();
    await untilControlled(page);
    await untilStored(page);
    await page.context().setOffline(true);
    await page.reload();
    const table = page.getByTestId('my-table');
    await table.waitFor({ timeout: 3000 });
    expect(await table.textContent()).toContain(me.now.table);
    expect(await table.textContent()).toContain(me.now.mentorName);
    expect(await page.getByTestId('phase-label').textContent()).toBe('Round 1 of 3 — talk');
    // The feedback cards are a chunk of their own, loaded on demand: the worker has it offline too.
    await page.getByTestId('after-talk').waitFor({ timeout: 3000 });
    const banner = page.getByTestId('offline-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(
      /^Offline — showing the plan as of \d{1,2}:\d\d( [AP]M)?; it updates when you are back online\.$/,
    );
    expect(await banner.getAttribute('data-reason')).toBe('none');
    // The countdown runs from the stored timeline and offset: within a second of the server's.
    // The page shows whole seconds rounded up, so it is compared with the server's time left
    // rounded the same way, read just before and just after the page (no read delay counted).
    const shown = await countdownNearServer(page);
    await expect.poll(() => readCountdown(page), { timeout: 3000 }).not.toBe(shown);
    // Their questions are there too.
    expect(await page.locator('#question-0').inputValue()).toBe(me.person.questions[0]);
    await page.screenshot({ path: `${SHOTS}/mentee-offline.png`, fullPage: true });
    await page.context().setOffline(false);
    await banner.waitFor({ state: 'detached', timeout: 8000 });
  });

  it('a question edited offline survives two reloads and reaches the server exactly once', async () => {
    const person = room.ev.mentees.find((m) => m.name === 'Priya Raman')!;
    const before = (await meOf(room.ev, person)).person.questions as string[];
    const page = await room.open(person.link, PHONE);
    await page.getByTestId('questions-form').waitFor();
    await untilControlled(page);
    await untilStored(page);
    await page.context().setOffline(true);
    await page.locator('#question-0').fill('What did you wish you knew at 25?');
    await page.getByRole('button', { name: 'Save questions' }).click();
    await page.getByTestId('questions-queued').waitFor({ timeout: 3000 });
    const expected = ['What did you wish you knew at 25?', ...before.slice(1)];
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await page.getByTestId('questions-queued').waitFor({ timeout: 3000 });
      expect(await page.locator('#question-0').inputValue()).toBe(expected[0]);
    }
    expect((await meOf(room.ev, person)).person.questions).toEqual(before);
    await page.context().setOffline(false);
    await page.getByText('✓ Saved').waitFor({ timeout: 8000 });
    expect((await meOf(room.ev, person)).person.questions).toEqual(expected);
    // Nothing waits any more: another reload sends nothing again.
    expect((await offlineKeys(page)).filter((k) => k.startsWith('questions:'))).toEqual([]);
    await page.reload();
    await page.getByTestId('questions-form').waitFor();
    expect(await page.locator('#question-0').inputValue()).toBe(expected[0]);
    expect((await meOf(room.ev, person)).person.questions).toEqual(expected);
  });

  it('the projector reloaded with no network keeps counting', async () => {
    const page = await room.open(room.ev.projectorLink, { viewport: { width: 1280, height: 720 } });
    await page.getByTestId('projector-screen').waitFor();
    await untilControlled(page);
    await untilStored(page);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByTestId('projector-screen').waitFor({ timeout: 3000 });
    await page.getByTestId('offline-banner').waitFor();
    const shown = await countdownNearServer(page);
    await expect.poll(() => readCountdown(page), { timeout: 3000 }).not.toBe(shown);
  });

  it('a deleted event leaves nothing of itself on the phone', async () => {
    const ev = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60, rounds: 2, start: true });
    const page = await room.open(ev.mentees[0]!.link, PHONE);
    await page.getByTestId('mentee-screen').waitFor();
    await untilStored(page);
    await ev.api(`/api/events/${ev.eventId}`, { method: 'DELETE', expect: 204 });
    await page.getByTestId('event-deleted').waitFor({ timeout: 3000 });
    await expect.poll(() => offlineKeys(page), { timeout: 3000 }).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('a new build (issue 20)', () => {
  // A server of its own, serving a copy of the build that this test then changes.
  const built = resolve(process.env.TABLEHOP_CLIENT_DIR || 'dist/client');
  const copy = mkdtempSync(join(tmpdir(), 'tablehop-client-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is offered between rounds, never during a meeting, and taken when the person asks', async () => {
    cpSync(built, copy, { recursive: true });
    const server = await startServerProcess({ TABLEHOP_CLIENT_DIR: copy });
    const browser = await launchChromium();
    try {
      const ev = await seedEvent(server.url, { roundSeconds: 600, changeoverSeconds: 60, rounds: 2 });
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await page.goto(ev.mentees[0]!.link);
      await page.getByTestId('mentee-screen').waitFor();
      await untilControlled(page);
      // "Deploy" a new build: a different worker script is a new version to the browser.
      const sw = join(copy, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// build 2\n`);
      await ev.clock('start');
      await page.reload();
      await page.getByTestId('mentee-screen').waitFor();
      // The reload's own update check may race the file write: ask again until the new worker waits.
      await page.waitForFunction(
        async () => {
          const r = await navigator.serviceWorker.getRegistration();
          if (r && !r.waiting && !r.installing) await r.update().catch(() => undefined);
          return Boolean(r?.waiting);
        },
        undefined,
        { timeout: 20_000, polling: 500 },
      );
      // A meeting runs: no offer.
      await page.waitForTimeout(500);
      expect(await page.getByTestId('update-prompt').count()).toBe(0);
      // The changeover: the offer comes, and Update reloads onto the new build.
      await ev.clock('skip');
      const prompt = page.getByTestId('update-prompt');
      await prompt.waitFor({ timeout: 3000 });
      await prompt.getByRole('button', { name: 'Update' }).click();
      await page.waitForFunction(
        async () => {
          const r = await navigator.serviceWorker.getRegistration();
          return Boolean(r && !r.waiting && navigator.serviceWorker.controller);
        },
        undefined,
        { timeout: 15_000 },
      );
      await page.getByTestId('mentee-screen').waitFor();
      // The old page may still be on screen for a moment while the reload starts: the offer goes once it is done.
      await expect.poll(() => page.getByTestId('update-prompt').count(), { timeout: 5000 }).toBe(0);
      await context.close();
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
