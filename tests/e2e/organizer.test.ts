import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DOUBLE_PRESS_MS } from '../../client/screens/organizer/run/clock-actions';
import { chromiumPath } from './support/browser';
import { seedEvent } from './support/event-setup';
import { useRoom } from './support/room';
import { SHOTS } from './support/screens';

const BAD_CSV = `role,name,table,topics,questions,wishes
mentor,Grace Hopper,T1,compilers;careers,,
mentor,李雷,T2,design;research,,
mentor,Amina Diallo,T3,product;leadership,,
mentee,Zoë Martin,,,How do I get my first job?|What should I read?,Grace Hopper
captain,Nobody,,,,
mentee,عمر الفاروق,,,Is a PhD worth it?,李雷
mentee,Priya Raman,,,,
mentee,Jonas Berg,,,,Amina Diallo
mentee,Sofia Rossi,,,,`;
const GOOD_CSV = BAD_CSV.replace('captain,Nobody,,,,\n', '');

/**
 * axe-core in the page: the serious and critical violations, with their targets. Evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not block.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the page is wider than the viewport (a layout that breaks at this width). */
async function overflowsX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe.skipIf(!chromiumPath)('organizer console in Chromium', () => {
  const room = useRoom();
  const pageErrors: string[] = [];

  async function api(path: string, key: string, init: RequestInit = {}) {
    const res = await fetch(`${room.server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers },
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('an organizer creates an event, imports people, plans and runs the clock', async () => {
    const context = await room.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    // Home: the form validates before sending.
    await page.goto(`${room.server.url}/`);
    await page.getByRole('heading', { name: 'Create an event' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Event name').fill('');
    await page.getByLabel('Round length (minutes)').fill('zero');
    await page.getByRole('button', { name: 'Create the event' }).click();
    await expect.poll(() => page.getByLabel('Event name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#ev-round-error').textContent()).toMatch(/number of minutes/);

    await page.getByLabel('Event name').fill('Spring mentoring night');
    await page.getByLabel('Round length (minutes)').fill('1');
    await page.getByLabel('Changeover (minutes)').fill('0.5');
    await page.getByLabel('Mentees per table').fill('1');
    await page.getByRole('button', { name: 'Add a break' }).click();
    await page.getByLabel('Break 1: After round').fill('2');
    await page.getByLabel('Break 1: Length (minutes)').fill('1');
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    await page.getByRole('button', { name: 'Remove break 1' }).click();
    await page.getByRole('button', { name: 'Create the event' }).click();

    // The console: the key rides in the fragment.
    await page.waitForURL(/\/organize\/[\w-]+#key=/);
    const url = new URL(page.url());
    const eventId = url.pathname.split('/').pop()!;
    const key = new URLSearchParams(url.hash.slice(1)).get('key')!;
    expect(await page.evaluate((id) => localStorage.getItem(`tablehop:organizer:${id}`), eventId)).toBe(key);
    await page.getByRole('heading', { name: 'Spring mentoring night' }).waitFor();
    // Right after creating: the console says plainly that its link is the only way back in.
    const saveLink = page.getByTestId('save-link');
    await saveLink.getByRole('heading', { name: 'Save this link — it is the only way back in as organizer' }).waitFor();
    expect(await saveLink.getByLabel('Your console link').inputValue()).toBe(
      `${room.server.url}/organize/${eventId}#key=${key}`,
    );
    await saveLink.getByRole('button', { name: 'Copy the console link' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/organizer-save-link.png` });
    await saveLink.getByRole('button', { name: 'I have saved it' }).click();
    await saveLink.waitFor({ state: 'detached' });
    expect((await api(`/api/events/${eventId}`, key)).body.event).toMatchObject({
      roundSeconds: 60,
      changeoverSeconds: 30,
      tableCapacity: 1,
    });

    // People: a bad line is shown before anything is saved.
    await page.getByRole('tab', { name: /People/ }).click();
    await page.getByLabel('Or paste the CSV here').fill(BAD_CSV);
    const issues = page.getByTestId('csv-issues');
    await expect.poll(() => issues.textContent()).toMatch(/line 6: role: "captain" is not a role/);
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    const before = await api(`/api/events/${eventId}`, key);
    expect([before.body.mentors.length, before.body.mentees.length]).toEqual([0, 0]);

    await page.getByLabel('Or paste the CSV here').fill(GOOD_CSV);
    await expect
      .poll(() => page.getByTestId('csv-preview').textContent())
      .toMatch(/Ready to import 3 mentors and 5 mentees/);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByTestId('csv-result').textContent()).toMatch(/Imported: 3 mentors and 5 mentees/);
    await expect.poll(() => page.getByTestId('mentee-item').count()).toBe(5);
    expect(await page.getByTestId('mentor-item').count()).toBe(3);
    await expect.poll(() => page.getByRole('tab', { name: /People/ }).textContent()).toBe('People (8)');
    const people = page.locator('#panel-people');
    await people.getByText('عمر الفاروق', { exact: true }).waitFor();

    // Edit one mentee in place.
    await people.getByRole('button', { name: 'Edit Sofia Rossi' }).click();
    const editor = page.getByRole('form', { name: 'Edit Sofia Rossi' });
    await editor.getByLabel('Questions').fill('Which conferences matter?');
    await editor.getByRole('button', { name: 'Save' }).click();
    await people.getByText('Which conferences matter?').waitFor();
    await editor.waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/organizer-people.png`, fullPage: true });

    // Plan: explanation first, then the matrix with a byes row and the quality figures.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('plan-explain').waitFor();
    await page.getByRole('button', { name: 'Plan the rotation' }).click();
    const matrix = page.getByTestId('plan-matrix');
    await matrix.waitFor();
    // Each round with its time from the start (no start time set): 1-minute rounds, 30 s to move.
    expect(await matrix.locator('thead th').allTextContents()).toEqual([
      'Table',
      'Round 1start',
      'Round 2+1 min 30 s',
      'Round 3+3 min',
    ]);
    expect(await matrix.locator('tbody tr').count()).toBe(4);
    expect(await page.getByTestId('byes-row').locator('li').count()).toBe(6); // 2 sit out in each of 3 rounds
    await page.getByTestId('plan-quality').waitFor();
    const firstPlan = (await api(`/api/events/${eventId}`, key)).body.scheduleVersion;
    await page.getByRole('button', { name: 'Try another arrangement' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toMatch(/Planned again/);
    expect((await api(`/api/events/${eventId}`, key)).body.scheduleVersion).toBeGreaterThanOrEqual(firstPlan);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/organizer-plan.png`, fullPage: true });

    // Run: start, the countdown runs from the server's deadline.
    await page.getByRole('tab', { name: 'Run' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByTestId('run-phase').textContent()).toBe('Round 1 of 3 · talking');
    const countdown = page.locator('#panel-run [data-testid="countdown"]');
    await expect.poll(() => countdown.textContent()).toMatch(/^0:5\d$|^1:00$/);
    const phaseIndex = async () => (await api(`/api/events/${eventId}/clock`, key)).body.phase?.index;

    // A double-click on Skip moves one phase, not two.
    await page.getByRole('button', { name: /^Skip/ }).dblclick();
    await expect.poll(() => page.getByTestId('clock-message').textContent()).toMatch(/second press was ignored/);
    expect(await phaseIndex()).toBe(1);
    await expect.poll(() => page.getByTestId('run-phase').textContent()).toBe('Round 2 of 3 · changeover');

    // The keyboard shortcut N skips (focus on the page, not in a field). A press of the same
    // command within DOUBLE_PRESS_MS counts as part of the double-click, so a human pause first.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(DOUBLE_PRESS_MS + 100);
    await page.keyboard.press('n');
    await expect.poll(phaseIndex).toBe(2);
    await expect.poll(() => page.getByTestId('run-phase').textContent()).toBe('Round 2 of 3 · talking');
    await expect.poll(() => page.getByTestId('seating-now').textContent()).toMatch(/T1/);

    // Space pauses and resumes.
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('run-phase').textContent()).toBe('Round 2 of 3 · talking · paused');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('run-phase').textContent()).toBe('Round 2 of 3 · talking');

    // Personal links: a QR code on demand.
    await page.getByRole('button', { name: 'QR code of Zoë Martin' }).click();
    await page.getByRole('img', { name: 'QR code: the page of Zoë Martin' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/organizer-run.png`, fullPage: true });

    // End asks first.
    await page.getByRole('button', { name: 'End…' }).click();
    const dialog = page.getByRole('dialog', { name: 'End the event now?' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep going' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await api(`/api/events/${eventId}/clock`, key)).body.status).toBe('running');
    await page.getByRole('button', { name: 'End…' }).click();
    await dialog.getByRole('button', { name: 'End the event' }).click();
    await expect.poll(() => page.getByTestId('run-phase').textContent()).toBe('The event has ended');
    expect((await api(`/api/events/${eventId}/clock`, key)).body.status).toBe('finished');

    // Narrow phone and 4K: nothing spills sideways.
    for (const width of [320, 3840]) {
      await page.setViewportSize({ width, height: 900 });
      for (const tab of ['People', 'Plan', 'Run']) {
        await page.getByRole('tab', { name: new RegExp(tab) }).click();
        expect(await overflowsX(page), `${tab} at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await page.goto(`${room.server.url}/`);
    await page.getByRole('heading', { name: 'Create an event' }).waitFor();
    expect(await overflowsX(page), 'home at 3840px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await overflowsX(page), 'home at 320px').toBeLessThanOrEqual(0);

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a tab click survives a snapshot pushed between press and release', async () => {
    const ev = await seedEvent(room.server.url, { roundSeconds: 300, changeoverSeconds: 60 });
    const context = await room.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${room.server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`);
    const peopleTab = page.getByRole('tab', { name: /People/ });
    const before = (await peopleTab.textContent())!;
    const box = (await page.getByRole('tab', { name: 'Check-in' }).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Another organizer adds someone: the pushed view changes the People count under the press.
    await ev.api(`/api/events/${ev.eventId}/people`, { body: { mentees: [{ name: 'Ada Late' }] }, expect: 201 });
    await expect.poll(() => peopleTab.textContent()).not.toBe(before);
    await page.mouse.up();
    await expect.poll(() => page.getByRole('tab', { name: 'Check-in' }).getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Find a person to check in').waitFor({ state: 'visible' });
    await context.close();
  });

  it('a console opened without its key asks for it; a wrong key is refused', async () => {
    const context = await room.browser.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    const created = await fetch(`${room.server.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Other', roundSeconds: 60, changeoverSeconds: 30 }),
    });
    const { event } = (await created.json()) as { event: { id: string } };
    await page.goto(`${room.server.url}/organize/${event.id}`);
    await page.getByLabel('Console link or organizer key').fill('not-the-key');
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page
      .getByRole('alert')
      .getByText(/does not open this event/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
