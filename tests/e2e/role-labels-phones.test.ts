import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { meOf, type SeededPerson } from './support/event-setup';
import { PHONE, useRoom } from './support/room';
import { overflowX, SHOTS, waitForTestId } from './support/screens';

/**
 * The event's role names (issue 17, settings.labels) on the phones: an office-hours event with
 * Investor / Founder, started. A founder's phone and an investor's phone (their personal links)
 * and the sign-up page name the roles in the event's words, and no "Mentor" or "Mentee" shows.
 * A peer event's sign-up page offers no role choice and none of the fields the server refuses.
 */

const LABELS = { mentor: 'Investor', mentee: 'Founder' };
/** The default words, in any case, singular or plural, as a word of their own. */
const DEFAULT_ROLE = /\bment(or|ee)s?\b/i;

/** The page's visible text (innerText: what is shown, not hidden template text). */
const shownText = (page: Page) => page.locator('body').innerText();

describe.skipIf(!chromiumPath)('role names on the phones and the sign-up page', () => {
  // Long rounds: nothing moves on by itself while these tests look.
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 1 } });
  let signupLink = '';

  beforeAll(async () => {
    const { api, eventId } = room.ev;
    await api(`/api/events/${eventId}`, { method: 'PATCH', body: { labels: LABELS } });
    const opened = await api<any>(`/api/events/${eventId}/registration`, {
      body: { open: true, approval: 'auto', consentText: 'We keep your name until the event ends.' },
    });
    signupLink = opened.registration.link;
    await api(`/api/events/${eventId}/clock`, { body: { action: 'start' } });
  });

  /** A founder seated in the round running now, by the server's word. */
  async function seatedFounder(): Promise<{ person: SeededPerson; me: any }> {
    for (const person of room.ev.mentees) {
      const me = await meOf(room.ev, person);
      if (me.now?.table) return { person, me };
    }
    throw new Error('no founder seated in this round');
  }

  it('a founder’s phone: the card of who is at their table and the schedule say investor', async () => {
    const { person, me } = await seatedFounder();
    expect(me.event.labels).toEqual(LABELS);
    const page = await room.open(person.link, PHONE);
    const focus = page.getByTestId('focus');
    await focus.waitFor();
    expect(await focus.innerText()).toContain(me.now.mentorName);
    // Their questions go to "your investors"; the meeting in the after-talk list names her role.
    await page.getByText('Your investors see them when you are at their table or about to arrive.').waitFor();
    const met = page.getByText(`${me.now.mentorName} Investor`, { exact: true });
    expect(await met.count()).toBe(1);
    expect(await shownText(page)).not.toMatch(DEFAULT_ROLE);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/labels-phone.png`, fullPage: true });
  });

  it('an investor’s phone: the Founders column and who sits at the table now', async () => {
    let found: { person: SeededPerson; me: any } | null = null;
    for (const person of room.ev.mentors) {
      const me = await meOf(room.ev, person);
      if (me.now?.mentees.length) found = { person, me };
      if (found) break;
    }
    expect(found).not.toBeNull();
    const page = await room.open(found!.person.link, PHONE);
    await waitForTestId(page, 'now-group');
    const schedule = page.getByTestId('schedule');
    await schedule.getByRole('columnheader', { name: 'Founders' }).waitFor();
    expect(await schedule.getByRole('columnheader').allInnerTexts()).toEqual(['Time', 'Round', 'Founders']);
    const sitting = found!.me.now.mentees[0].name;
    expect(await page.getByText(`${sitting} Founder`, { exact: true }).count()).toBe(1);
    expect(await shownText(page)).not.toMatch(DEFAULT_ROLE);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the sign-up page offers Founder and Investor as the roles', async () => {
    const page = await room.open(signupLink, PHONE);
    await waitForTestId(page, 'signup-page');
    const roles = page.getByRole('group', { name: "I'm signing up as" });
    const founder = roles.getByRole('radio', { name: 'Founder I come to meet investors and ask my questions.' });
    expect(await founder.isChecked()).toBe(true);
    await roles.getByRole('radio', { name: 'Investor I sit at a table and founders come to me.' }).check();
    // An investor is asked about themselves for the founders, and sees the investors so far.
    await page.getByText('A few lines founders read before they come to your table.').waitFor();
    await page.getByRole('heading', { name: 'Investors so far' }).waitFor();
    expect(await shownText(page)).not.toMatch(DEFAULT_ROLE);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a peer event’s sign-up page: a participant, no role choice and none of the refused fields', async () => {
    const base = room.server.url;
    const call = async (path: string, body: unknown, key?: string) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(body),
      });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return (await res.json()) as any;
    };
    const created = await call('/api/events', {
      name: 'Peer circle',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: 3,
      tableCapacity: 2,
      pairing: 'peer',
    });
    const { id } = created.event;
    const key: string = created.organizerKey;
    await call(`/api/events/${id}/people`, { peers: [{ name: 'Ada' }, { name: 'Bo' }, { name: 'Cy' }] }, key);
    const opened = await call(
      `/api/events/${id}/registration`,
      { open: true, approval: 'auto', consentText: 'ok' },
      key,
    );

    const page = await room.open(opened.registration.link, PHONE);
    await waitForTestId(page, 'signup-page');
    expect(await page.getByTestId('signup-peer').innerText()).toBe(
      'You join as a participant: everyone meets everyone, a few at a table each round.',
    );
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a question' }).count()).toBe(0);
    expect(await page.getByLabel(/About you|Your topics/).count()).toBe(0);
    expect(await shownText(page)).not.toMatch(DEFAULT_ROLE);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Your name').fill('Dee');
    await page.getByLabel('I agree').check();
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText(/You are signed up/).waitFor();
    // The server took Dee as a peer of the event.
    const view = await fetch(`${base}/api/events/${id}`, { headers: { authorization: `Bearer ${key}` } });
    const people = ((await view.json()) as any).mentees.map((p: { name: string }) => p.name);
    expect(people).toContain('Dee');
  });
});
