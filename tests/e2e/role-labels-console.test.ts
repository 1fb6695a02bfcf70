import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { useRoom } from './support/room';
import { SHOTS } from './support/screens';

/**
 * The event's role names and language (issues 17 and 19) from the organizer's side: set on the
 * home page when creating the event, shown by the console, changed on its Plan tab, stored
 * (read back over the API after a reload), and a name too long refused at its field.
 */

const LAPTOP = { viewport: { width: 1280, height: 900 }, locale: 'en-GB' };

/** The event's stored settings as its organizer reads them over the API. */
async function storedEvent(base: string, eventId: string, key: string) {
  const res = await fetch(`${base}/api/events/${eventId}`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(200);
  const view = (await res.json()) as { event: { labels?: Record<string, string>; locale?: string } };
  return { labels: view.event.labels ?? null, locale: view.event.locale ?? null };
}

/** The event id and organizer key from the console's address (`/organize/<id>#key=<key>`). */
function consoleAddress(page: Page): { eventId: string; key: string } {
  const url = new URL(page.url());
  const eventId = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
  const key = new URLSearchParams(url.hash.slice(1)).get('key') ?? '';
  return { eventId, key };
}

describe.skipIf(!chromiumPath)('role names and event language in the console', () => {
  const room = useRoom();

  it('created with Investor / Founder in German, renamed in the console, kept; a long name is refused', async () => {
    const page = await room.open(room.server.url, LAPTOP);
    await page.getByRole('heading', { name: 'Create an event' }).waitFor();
    await page.getByLabel('Event name').fill('Office hours');
    await page.getByLabel('Mentor role', { exact: true }).fill('Investor');
    await page.getByLabel('Mentee role', { exact: true }).fill('Founder');
    await page.getByLabel('Event language').selectOption({ label: 'Deutsch' });
    await page.getByRole('button', { name: 'Create the event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Office hours' }).waitFor();

    const { eventId, key } = consoleAddress(page);
    const base = room.server.url;
    expect(await storedEvent(base, eventId, key)).toEqual({
      labels: { mentor: 'Investor', mentee: 'Founder' },
      locale: 'de',
    });

    // The People tab in the event's words.
    await page.getByRole('tab', { name: /People/ }).click();
    await page.getByRole('heading', { name: 'Investors (0)' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Founders (0)' }).count()).toBe(1);
    expect(await page.getByText('No investors yet. Add them below or import a CSV.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Add founder' }).count()).toBe(1);
    await page.getByRole('radio', { name: 'Investor' }).check();
    await page.getByRole('button', { name: 'Add investor' }).waitFor();

    // Renamed on the Plan tab: the plural spelt out, the language back to English.
    await page.getByRole('tab', { name: 'Plan' }).click();
    const card = page.getByRole('form', { name: 'Role names and language' });
    expect(await card.getByLabel('Mentor role', { exact: true }).inputValue()).toBe('Investor');
    expect(await card.getByLabel('Event language').inputValue()).toBe('de');
    await card.getByLabel('Mentee role', { exact: true }).fill('Alumnus');
    await card.getByText('Plural forms').click();
    await card.getByLabel('Mentee role, plural').fill('Alumni');
    await card.getByRole('button', { name: 'Save names and language' }).click();
    await card.getByText('Saved: Investors and Alumni.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await card.screenshot({ path: `${SHOTS}/console-role-names.png` });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Office hours' }).waitFor();
    await page.getByRole('tab', { name: 'Plan' }).click();
    expect(await card.getByLabel('Mentee role', { exact: true }).inputValue()).toBe('Alumnus');
    expect(await card.getByLabel('Mentee role, plural').inputValue()).toBe('Alumni');
    const renamed = { labels: { mentor: 'Investor', mentee: 'Alumnus', mentees: 'Alumni' }, locale: 'de' };
    expect(await storedEvent(base, eventId, key)).toEqual(renamed);
    await page.getByRole('tab', { name: /People/ }).click();
    await page.getByRole('heading', { name: 'Alumni (0)' }).waitFor();

    // 31 characters: refused at the field, nothing stored.
    await page.getByRole('tab', { name: 'Plan' }).click();
    const mentor = card.getByLabel('Mentor role', { exact: true });
    await mentor.fill('Investor in early-stage fintech');
    await card.getByRole('button', { name: 'Save names and language' }).click();
    await card.getByText('must be at most 30 characters').waitFor();
    expect(await mentor.getAttribute('aria-invalid')).toBe('true');
    expect(await storedEvent(base, eventId, key)).toEqual(renamed);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
