import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { seedEvent } from './support/event-setup';
import { useRoom } from './support/room';
import { SHOTS } from './support/screens';

/**
 * Issue 18 in Chromium: the People tab's group rules (shown once someone has a group) and the
 * Plan tab's earlier events card (a backup file uploaded, a tampered one refused, forgotten).
 */
describe.skipIf(!chromiumPath)('groups and earlier events in the console', () => {
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 1 } });

  it('the group rules show once someone has a group; a backup of an earlier event adds pairs', async () => {
    const ev = room.ev;
    // The same people at an earlier event (never started: every planned round counts).
    const earlier = await seedEvent(room.server.url, {
      name: 'Autumn night',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: 3,
    });
    const res = await fetch(`${room.server.url}/api/events/${earlier.eventId}/backup`, {
      headers: { authorization: `Bearer ${earlier.organizerKey}` },
    });
    const backup = await res.text();

    const page = await room.open(`${room.server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('heading', { name: /^Mentees/ }).waitFor();
    expect(await page.getByTestId('group-rules').count()).toBe(0);

    // A group given on the People tab: the card appears with both rules on.
    await page.getByRole('button', { name: `Edit ${ev.mentees[0]!.name}` }).click();
    const form = page.getByRole('form', { name: `Edit ${ev.mentees[0]!.name}` });
    await form.getByLabel('Group').fill('ACME');
    await form.getByLabel('Priority').fill('2');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('group-rules').waitFor();
    expect(await page.getByTestId('mentee-item').first().innerText()).toMatch(/Group: ACME[\s\S]*Priority 2/);
    const own = page.getByRole('checkbox', { name: 'Nobody meets a mentor of their own group' });
    expect(await own.isChecked()).toBe(true);
    await own.uncheck();
    await expect
      .poll(async () => (await ev.api<any>(`/api/events/${ev.eventId}`)).event.groups)
      .toEqual({ menteesApart: true, notOwnGroupMentor: false });
    expect(await own.isChecked()).toBe(false);

    // Plan tab: the earlier event's backup, first edited (refused with the reason), then as written.
    await page.getByRole('tab', { name: 'Plan' }).click();
    const card = page.getByTestId('history-card');
    await card.waitFor();
    expect(await page.getByTestId('history-summary').innerText()).toMatch(/^None yet\./);
    const input = page.getByLabel('Add a backup file of an earlier event');
    await input.setInputFiles({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.replace('"Autumn night"', '"Edited night"')),
    });
    await expect
      .poll(() => page.getByTestId('history-status').innerText())
      .toMatch(/^The file was not added: This backup was changed or cut short/);
    await input.setInputFiles({ name: 'autumn.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => page.getByTestId('history-status').innerText()).toMatch(/^Added \d+ pairs: 3 mentors/);
    const pairs = (await ev.api<any>(`/api/events/${ev.eventId}`)).history.pairs as number;
    expect(pairs).toBeGreaterThan(3);
    await expect
      .poll(() => page.getByTestId('history-summary').innerText())
      .toMatch(new RegExp(`^Earlier events: ${pairs} pairs met before\\.`));
    await page.screenshot({ path: `${SHOTS}/plan-history.png`, fullPage: true });

    await page.getByRole('button', { name: 'Forget the earlier events' }).click();
    await expect.poll(() => page.getByTestId('history-summary').innerText()).toMatch(/^None yet\./);
    expect((await ev.api<any>(`/api/events/${ev.eventId}`)).history).toBeUndefined();
  });
});
