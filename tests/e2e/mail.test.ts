import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSmtp } from '../support/smtp';
import { seriousViolations } from './support/axe';
import { openMailRoom } from './support/mail-room';
import { chromiumPath } from './support/browser';
import { Room } from './support/room';
import { overflowX, SHOTS } from './support/screens';

/** Friday 14 June 2030, 18:00 in Berlin. */
const PLANNED = Date.UTC(2030, 5, 14, 16, 0);

/**
 * Issue 16, personal links by e-mail, in Chromium against the real server process with a real
 * SMTP server in the test: the organizer sends from the Run tab, the mails arrive, the People
 * tab says each was sent.
 */
describe.skipIf(!chromiumPath)('personal links by e-mail', () => {
  const room = new Room();
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await openMailRoom(room);
    const ev = room.ev;
    await ev.api(`/api/events/${ev.eventId}`, { method: 'PATCH', body: { plannedStartAt: PLANNED } });
    // Everyone but the last mentee (Sofia Rossi) has an address.
    const people = [...ev.mentors, ...ev.mentees];
    for (const [i, p] of people.slice(0, -1).entries())
      await ev.api(`/api/events/${ev.eventId}/people/${p.id}`, {
        method: 'PATCH',
        body: { email: `p${i}@example.org` },
      });
  });
  afterAll(async () => {
    await room.closeAll();
    await smtp?.close();
    expect(room.pageErrors).toEqual([]);
  });

  it('the organizer sends the links from the Run tab; the mails arrive; the People tab says sent', async () => {
    const ev = room.ev;
    const page = await room.open(`${room.server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    await page.getByRole('tab', { name: 'Run' }).click();
    const card = page.getByTestId('send-links');
    await expect.poll(() => card.getByTestId('mail-counts').innerText()).toMatch(/^7 of 8 people have an e-mail/);

    await card.getByRole('button', { name: 'Send personal links' }).click();
    await expect.poll(() => card.getByTestId('mail-said').innerText()).toMatch(/^7 mails queued: they go out now\./);
    expect(await card.getByTestId('mail-said').innerText()).toContain('no e-mail: Sofia Rossi');

    const got = await smtp.waitFor(7, 20_000);
    expect(got.map((g) => g.to[0]).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `p${i}@example.org`).sort());
    const zoe = ev.mentees[0]!;
    const zoeMail = got.find((g) => g.mail.text?.includes(`Hello ${zoe.name},`))!.mail;
    expect(zoeMail.subject).toBe('Your personal link for Spring Mentoring Night');
    expect(zoeMail.text).toContain(zoe.link);
    expect(zoeMail.html).toContain(`href="${zoe.link}"`);
    // The console's time zone: the planned 16:00 UTC is 18:00 in Berlin.
    expect(zoeMail.text).toContain('times in Europe/Berlin, Friday 14 June 2030');
    expect(zoeMail.attachments.some((a) => a.contentType === 'image/png' && a.contentDisposition === 'inline')).toBe(
      true,
    );

    await expect.poll(() => card.getByTestId('mail-counts').innerText(), { timeout: 10_000 }).toMatch(/· 7 sent ·/);
    expect(await seriousViolations(page)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${SHOTS}/organizer-run-mail.png` });
    // On a 320 px phone nothing of it is wider than the screen.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await overflowX(page)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The People tab: each person's latest mail.
    await page.getByRole('tab', { name: /^People/ }).click();
    const zoeItem = page.getByTestId('mentee-item').filter({ hasText: zoe.name });
    await expect.poll(() => zoeItem.getByTestId('mail-status').innerText()).toMatch(/^E-mail: sent at \d\d:\d\d/);
    const sofia = page.getByTestId('mentee-item').filter({ hasText: 'Sofia Rossi' });
    expect(await sofia.getByTestId('mail-status').innerText()).toBe('No e-mail');
    // Her text is there to copy by hand, her link in it.
    await sofia.getByText('E-mail text').click();
    const text = await sofia.getByRole('textbox', { name: 'E-mail text for Sofia Rossi' }).inputValue();
    expect(text).toContain(ev.mentees.find((m) => m.name === 'Sofia Rossi')!.link);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/organizer-people-mail.png`, fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await overflowX(page)).toBe(0);
  });
});
