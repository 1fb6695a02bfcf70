import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { useRoom } from './support/room';
import { readCountdown, skewPageClock, waitForTestId } from './support/screens';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SEVEN_MINUTES = 7 * 60_000;

describe.skipIf(!chromiumPath)('live behaviour in Chromium', () => {
  // Short rounds, as in a rehearsal.
  const room = useRoom({ seed: { roundSeconds: 90, changeoverSeconds: 45, rounds: 4, tableCapacity: 2, start: true } });

  async function open(link: string, skewMs = 0): Promise<Page> {
    const page = await room.newPage(PHONE);
    if (skewMs) await skewPageClock(page, skewMs);
    await page.goto(link);
    await waitForTestId(page, ['mentee-screen', 'mentor-screen']);
    return page;
  }

  const label = (page: Page) => page.getByTestId('phase-label').textContent();

  it('a skip on the server reaches the mentee page within a second', async () => {
    const page = await open(room.ev.mentees[0]!.link);
    const before = await label(page);
    const t0 = Date.now();
    await room.ev.clock('skip');
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="phase-label"]')?.textContent !== old,
      before,
      { timeout: 1000, polling: 'raf' },
    );
    expect(Date.now() - t0).toBeLessThan(1000);
    // The phone names the round it moves to, and where (or that this mentee sits it out).
    expect(await label(page)).toMatch(/^Round 2 of 4 — (go to T\d · .+|you sit out)$/);
    // The changeover colours pass too.
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a phone whose clock is 7 minutes off shows the same remaining time as a right one', async () => {
    // A long phase, so nothing ends while we compare.
    await room.ev.clock('extend', { seconds: 600 });
    const right = await open(room.ev.mentees[1]!.link);
    const wrong = await open(room.ev.mentees[1]!.link, SEVEN_MINUTES);
    expect((await wrong.evaluate(() => Date.now())) - Date.now()).toBeGreaterThan(SEVEN_MINUTES - 5_000);
    const { phaseEndsAt } = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    // Give the offset measurement its moment, then compare several times across second flips.
    await expect
      .poll(async () => Math.abs((await readCountdown(wrong))! - (await readCountdown(right))!), { timeout: 5000 })
      .toBeLessThanOrEqual(1);
    for (let i = 0; i < 4; i++) {
      const before = Date.now(); // this machine is the server's: its clock is the server's clock
      const [a, b] = await Promise.all([readCountdown(right), readCountdown(wrong)]);
      const after = Date.now();
      expect(a).not.toBeNull();
      expect(Math.abs(a! - b!)).toBeLessThanOrEqual(1);
      // The digits show the time left, rounded up, as of the last whole second before reading
      // (a second of slack for timers running late on a busy test machine).
      expect(b!).toBeGreaterThanOrEqual((phaseEndsAt - after) / 1000 - 1);
      expect(b!).toBeLessThanOrEqual((phaseEndsAt - before) / 1000 + 2);
      await wrong.waitForTimeout(400);
    }
  });

  it('offline: shows "Reconnecting…", keeps counting; back online it resyncs without a reload', async () => {
    const page = await open(room.ev.mentees[2]!.link);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.context().setOffline(true);
    await page.getByTestId('offline-notice').waitFor({ timeout: 3000 });
    expect(await page.getByTestId('offline-notice').textContent()).toBe('Reconnecting…');
    // The countdown keeps running from what is known.
    const first = await readCountdown(page);
    await expect.poll(() => readCountdown(page), { timeout: 3000 }).not.toBe(first);
    // Meanwhile the organizer skips: this page cannot know until it is back.
    const before = await label(page);
    await room.ev.clock('skip');
    const expected = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    await page.context().setOffline(false);
    await page.getByTestId('offline-notice').waitFor({ state: 'detached', timeout: 8000 });
    await expect.poll(() => label(page), { timeout: 3000 }).not.toBe(before);
    const shown = await readCountdown(page);
    expect(Math.abs(shown! - (expected.phaseEndsAt - Date.now()) / 1000)).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('says when the event has ended, and when it was deleted', async () => {
    const mentee = await open(room.ev.mentees[3]!.link);
    await room.ev.clock('end');
    await mentee.getByRole('heading', { name: 'The event has ended' }).waitFor({ timeout: 3000 });
    expect(await mentee.getByTestId('countdown').count()).toBe(0);
    await room.ev.api(`/api/events/${room.ev.eventId}`, { method: 'DELETE', expect: 204 });
    await mentee.getByTestId('event-deleted').waitFor({ timeout: 3000 });
    expect(await mentee.getByTestId('offline-notice').count()).toBe(0);
  });
});
