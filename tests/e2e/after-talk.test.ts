import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import type { SeededPerson } from './support/event-setup';
import { PHONE, useRoom } from './support/room';
import { SHOTS, waitForTestId } from './support/screens';

/**
 * After the talk in Chromium (issue 15): two phones that both tap "I'd like to stay in touch"
 * see each other's contact; a one-sided yes shows nothing to anyone and the report counts 1
 * given, 0 mutual; a phone offline rates and writes a note, comes back, and the server has
 * both; "Your meetings" after the end with its .ics download. Axe on every new screen.
 */
describe.skipIf(!chromiumPath)('after the talk in Chromium', () => {
  const room = useRoom({
    seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 1, start: true },
  });

  /** The mentor and mentee of round 1's table `i` (tables of one). */
  async function pair(i: number): Promise<{ mentor: SeededPerson; mentee: SeededPerson }> {
    const view = await room.ev.api<any>(`/api/events/${room.ev.eventId}`);
    const t = view.schedule.rounds[0].tables.filter((x: { menteeIds: string[] }) => x.menteeIds.length > 0)[i];
    return {
      mentor: room.ev.mentors.find((m) => m.id === t.mentorId)!,
      mentee: room.ev.mentees.find((m) => m.id === t.menteeIds[0])!,
    };
  }
  const openPhone = async (p: SeededPerson) => {
    const page = await room.open(p.link, PHONE);
    await waitForTestId(page, 'after-talk');
    return page;
  };
  /** The card about `other` on `page` (round 1). */
  const card = (page: Page, other: SeededPerson) =>
    page.getByTestId(`feedback-1-${other.id.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  const meetingsOf = (p: SeededPerson) => room.ev.api<any>('/api/me/meetings', { token: p.token });
  const shareLine = async (page: Page, line: string) => {
    const box = page.getByTestId('sharing-settings');
    await box.getByLabel('A contact line').check();
    await box.getByLabel(/Contact line/).fill(line);
    await box.getByRole('button', { name: 'Share this line' }).click();
    await expect.poll(() => box.getByTestId('sharing-state').textContent(), { timeout: 5000 }).toBe('');
  };

  it('a one-sided yes: nobody sees anything; the report counts 1 given, 0 mutual', async () => {
    const { mentor, mentee } = await pair(1);
    const [menteePage, mentorPage] = await Promise.all([openPhone(mentee), openPhone(mentor)]);
    await shareLine(menteePage, 'one-sided@example.org');
    await card(menteePage, mentor).getByRole('button', { name: "I'd like to stay in touch" }).click();
    await expect
      .poll(async () => (await meetingsOf(mentee)).meetings[0].feedback?.followUp, { timeout: 5000 })
      .toBe(true);
    await mentorPage.reload();
    await waitForTestId(mentorPage, 'after-talk');
    expect(await card(mentorPage, mentee).getByTestId('feedback-mutual').count()).toBe(0);
    expect(await mentorPage.content()).not.toContain('one-sided@example.org');
    expect(await card(menteePage, mentor).getByTestId('feedback-contact').count()).toBe(0);
    const report = await room.ev.api<any>(`/api/events/${room.ev.eventId}/report`);
    expect(report.followUps).toEqual({ given: 1, mutual: 0 });
  });

  it('both tap "stay in touch": each sees the contact the other shared', async () => {
    const { mentor, mentee } = await pair(0);
    const [menteePage, mentorPage] = await Promise.all([openPhone(mentee), openPhone(mentor)]);
    await shareLine(menteePage, 'zoe@example.org');
    await shareLine(mentorPage, 'linkedin.com/in/grace');
    await card(menteePage, mentor).getByRole('button', { name: '5 of 5' }).click();
    await card(menteePage, mentor).getByRole('button', { name: "I'd like to stay in touch" }).click();
    await card(mentorPage, mentee).getByRole('button', { name: "I'd like to stay in touch" }).click();
    await card(menteePage, mentor).getByTestId('feedback-contact').waitFor({ timeout: 5000 });
    await card(mentorPage, mentee).getByTestId('feedback-contact').waitFor({ timeout: 5000 });
    expect(await card(menteePage, mentor).getByTestId('feedback-contact').textContent()).toBe('linkedin.com/in/grace');
    expect(await card(mentorPage, mentee).getByTestId('feedback-contact').textContent()).toBe('zoe@example.org');
    await menteePage.screenshot({ path: `${SHOTS}/mentee-feedback.png`, fullPage: true });
    expect(await seriousViolations(menteePage)).toEqual([]);
    expect(await seriousViolations(mentorPage)).toEqual([]);
  });

  it('offline, a rating and a note wait on the phone and reach the server when it is back', async () => {
    const { mentor, mentee } = await pair(2);
    const page = await openPhone(mentee);
    await page.context().setOffline(true);
    await page.getByTestId('offline-notice').waitFor({ timeout: 5000 });
    const c = card(page, mentor);
    await c.getByRole('button', { name: '3 of 5' }).click();
    await c.getByRole('textbox').fill('Ask about the internship in spring');
    await c.getByRole('textbox').blur();
    await expect
      .poll(() => c.getByTestId('feedback-state').textContent(), { timeout: 3000 })
      .toContain('Waiting for connection');
    expect((await meetingsOf(mentee)).meetings[0].feedback).toBeNull();
    await page.context().setOffline(false);
    await expect
      .poll(async () => (await meetingsOf(mentee)).meetings[0].feedback, { timeout: 15_000 })
      .toEqual({ rating: 3, followUp: false, note: 'Ask about the internship in spring' });
    await expect.poll(() => c.getByTestId('feedback-state').textContent(), { timeout: 5000 }).toBe('');
  });

  it("the console's Report tab shows the counts, with a text alternative to each chart", async () => {
    const page = await room.open(`${room.server.url}/organize/${room.ev.eventId}#key=${room.ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.getByTestId('report-totals').waitFor({ timeout: 10_000 });
    const report = await room.ev.api<any>(`/api/events/${room.ev.eventId}/report`);
    expect(await page.getByTestId('total-follow-ups').textContent()).toContain(String(report.followUps.given));
    // Every chart has its numbers in a table too.
    expect(await page.locator('figure.bar-chart').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${SHOTS}/console-report.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('after the end the page becomes "Your meetings", with the calendar file to download', async () => {
    const { mentor, mentee } = await pair(0);
    await room.ev.clock('end');
    const page = await room.open(mentee.link, PHONE);
    await waitForTestId(page, 'meetings-screen');
    const met = page.getByTestId(`met-1-${mentor.id}`);
    await met.waitFor({ timeout: 10_000 });
    expect(await met.getByTestId('met-rating').textContent()).toBe('5 of 5');
    expect(await met.getByTestId('met-contact').textContent()).toBe('linkedin.com/in/grace');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByRole('button', { name: 'Calendar (.ics)' }).click(),
    ]);
    const path = await download.path();
    const ics = (await import('node:fs')).readFileSync(path!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('BEGIN:VEVENT');
    await page.screenshot({ path: `${SHOTS}/mentee-your-meetings.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
