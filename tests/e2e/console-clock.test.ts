import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { seriousViolations } from './support/axe';
import { seedEvent, type SeededEvent } from './support/event-setup';
import { useRoom } from './support/room';
import { SHOTS } from './support/screens';

// The console's clock and door in Chromium: an end taken back, a rehearsal reset, a check-in
// undone, the check-in targets' size, and axe on every tab.

/** axe-core's violations of these rules only, whatever their impact (heading-order is "moderate"). */
async function violationsOf(page: Page, rules: string[]): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(
    (only) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'rule', values: only },
        resultTypes: ['violations'],
      }),
    rules,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const TABS = ['People', 'Check-in', 'Plan', 'Run', 'Print & backup', 'Report'];

describe.skipIf(!chromiumPath)('the console clock and check-in in Chromium', () => {
  const room = useRoom();

  async function openConsole(ev: SeededEvent): Promise<Page> {
    const page = await room.open(`${room.server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('tablist', { name: 'Console sections' }).waitFor();
    return page;
  }
  const clockOf = (ev: SeededEvent) => ev.api(`/api/events/${ev.eventId}/clock`);

  it('an end is undone from its message; a skip in the last round asks first', async () => {
    const ev = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60, start: true });
    const page = await openConsole(ev);
    const phase = page.getByTestId('run-phase');
    await expect.poll(() => phase.textContent()).toBe('Round 1 of 3 · talking');
    expect(await page.getByTestId('run-next').textContent()).toBe('Next: Round 2 of 3 · changeover');

    await page.getByRole('button', { name: 'End…' }).click();
    const dialog = page.getByRole('dialog', { name: 'End the event now?' });
    expect(await dialog.textContent()).toContain('Now: Round 1 of 3 · talking.');
    await dialog.getByRole('button', { name: 'End the event' }).click();
    await expect.poll(() => phase.textContent()).toBe('The event has ended');
    const message = page.getByTestId('clock-message');
    await expect.poll(() => message.textContent()).toMatch(/^The event has ended\. ?Undo$/);
    expect((await clockOf(ev)).status).toBe('finished');
    await page.screenshot({ path: `${SHOTS}/organizer-run-undo.png` });

    await message.getByRole('button', { name: 'Undo the end' }).click();
    await expect.poll(() => phase.textContent()).toBe('Round 1 of 3 · talking');
    await expect.poll(() => message.textContent()).toBe('Undone: back to Round 1 of 3 · talking.');
    const back = await clockOf(ev);
    expect(back).toMatchObject({ status: 'running', phase: { index: 0 } });
    expect(back.remainingMs).toBeGreaterThan(590_000);

    // Into the last round, where Skip would end the event: it asks first.
    await ev.clock('skip');
    await ev.clock('skip');
    await expect.poll(() => phase.textContent()).toBe('Round 2 of 3 · talking');
    await ev.clock('skip');
    await ev.clock('skip');
    await expect.poll(() => phase.textContent()).toBe('Round 3 of 3 · talking');
    expect(await page.getByTestId('run-next').textContent()).toBe('Next: the end of the event');
    await page.getByRole('button', { name: /^Skip/ }).click();
    const skipDialog = page.getByRole('dialog', { name: 'Skip past the last round?' });
    await skipDialog.getByRole('button', { name: 'Keep going' }).click();
    await skipDialog.waitFor({ state: 'hidden' });
    expect((await clockOf(ev)).status).toBe('running');
    await page.getByRole('button', { name: /^Skip/ }).click();
    await skipDialog.getByRole('button', { name: 'End the event' }).click();
    await expect.poll(() => message.textContent()).toMatch(/^Skipped past the last round: the event has ended\./);
    await message.getByRole('button', { name: 'Undo the skip' }).click();
    await expect.poll(() => phase.textContent()).toBe('Round 3 of 3 · talking');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a double-click is told calmly; a rehearsal is reset to not started, plan kept', async () => {
    const ev = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60, start: true });
    const planned = (await ev.api(`/api/events/${ev.eventId}`)).schedule;
    const page = await openConsole(ev);
    await page.getByRole('button', { name: /^Skip/ }).dblclick();
    const message = page.getByTestId('clock-message');
    await expect.poll(() => message.textContent()).toMatch(/^Skipped once — the second press was ignored\./);
    expect(await message.locator('p').getAttribute('class')).not.toMatch(/error/);
    expect(await message.textContent()).not.toMatch(/phase \d|\(/);

    await page.screenshot({ path: `${SHOTS}/organizer-run-double-click.png` });
    await page.getByRole('button', { name: 'Reset the clock…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset the clock?' });
    await dialog.waitFor();
    await page.screenshot({ path: `${SHOTS}/organizer-run-reset.png` });
    await dialog.getByRole('button', { name: 'Reset the clock' }).click();
    await expect.poll(() => page.getByTestId('run-phase').textContent()).toBe('Not started yet');
    await expect.poll(() => message.textContent()).toMatch(/^The clock is reset/);
    expect((await clockOf(ev)).status).toBe('idle');
    expect((await ev.api(`/api/events/${ev.eventId}`)).schedule).toEqual(planned);
    await page.getByRole('button', { name: 'Start' }).waitFor();
  });

  it('a check-in is undone; the search ignores punctuation; every button is 44 px tall', async () => {
    const ev = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60 });
    await ev.api(`/api/events/${ev.eventId}/people`, { body: { mentees: [{ name: "Siobhán O'Brien" }] }, expect: 201 });
    const page = await openConsole(ev);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    const panel = page.locator('#panel-checkin');
    const search = panel.getByLabel('Find a person to check in');
    await search.fill('obrien');
    await expect.poll(() => panel.getByTestId('check-in-list').locator('li').count()).toBe(1);
    await search.fill('zoe');
    const zoe = ev.mentees[0]!;
    await panel.getByRole('button', { name: /^Zoë Martin/ }).click();
    const status = panel.locator('.check-in-message');
    await expect.poll(() => status.textContent()).toMatch(/^Zoë Martin: here\./);
    const attendance = async () =>
      (await ev.api(`/api/events/${ev.eventId}`)).mentees.find((m: { id: string }) => m.id === zoe.id).attendance;
    expect(await attendance()).toBe('present');
    await page.screenshot({ path: `${SHOTS}/organizer-check-in-undo.png` });
    await status.getByRole('button', { name: 'Undo: Zoë Martin back to expected' }).click();
    await expect.poll(attendance).toBe('expected');
    await expect.poll(() => status.textContent()).toBe('Zoë Martin: back to expected.');
    await expect
      .poll(() => panel.getByTestId(`check-in-${zoe.id}`).locator('.check-in-state').textContent())
      .toBe('Expected');

    // Not coming, and back from the row.
    await panel.getByRole('button', { name: 'Not coming: Zoë Martin' }).click();
    await expect.poll(attendance).toBe('absent');
    await panel.getByRole('button', { name: 'Coming after all: Zoë Martin' }).click();
    await expect.poll(attendance).toBe('expected');
    // The page's answer (and its Undo) can land after the server has the change: wait for it, since the
    // buttons below are collected by position and a late Undo would shift them.
    await expect.poll(() => status.textContent()).toMatch(/^Zoë Martin: expected\./);

    // WCAG target size: every button of the panel is at least 44 px tall, at a laptop's and a phone's width.
    await search.fill('');
    await expect.poll(() => panel.getByTestId('check-in-list').locator('li').count()).toBe(9);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const buttons = await panel.getByRole('button').all();
      expect(buttons.length).toBeGreaterThan(9);
      for (const b of buttons) {
        const box = await b.boundingBox();
        const what = `${await b.textContent()} at ${width}px`;
        expect(box, what).not.toBeNull();
        expect(box!.height, what).toBeGreaterThanOrEqual(44);
        expect(box!.width, what).toBeGreaterThanOrEqual(44);
      }
    }
  });

  it('axe: no serious violation and a proper heading order on every console tab', async () => {
    const ev = await seedEvent(room.server.url, { roundSeconds: 600, changeoverSeconds: 60, start: true });
    const page = await openConsole(ev);
    const everyTab = async (when: string) => {
      for (const tab of TABS) {
        await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(new RegExp(`^${tab}`));
        expect(await seriousViolations(page), `${tab} ${when}`).toEqual([]);
        expect(await violationsOf(page, ['heading-order']), `${tab} ${when}`).toEqual([]);
      }
    };
    await everyTab('while running');
    // A no-show at the door: the banner of changes not in the seating yet shows on every tab.
    await ev.api(`/api/events/${ev.eventId}/people/${ev.mentees[1]!.id}/status`, { body: { status: 'absent' } });
    await page.getByTestId('pending-banner').waitFor();
    await everyTab('with a door change pending');
  });
});
