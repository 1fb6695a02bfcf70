import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { MENTORS } from './support/event-setup';
import { useRoom } from './support/room';
import { countdownSeconds, overflowX, readCountdown, SHOTS, waitForTestId } from './support/screens';

const FULL_HD = { viewport: { width: 1920, height: 1080 } };

describe.skipIf(!chromiumPath)('projector in Chromium', () => {
  const room = useRoom({
    seed: { roundSeconds: 600, changeoverSeconds: 300, rounds: 3, tableCapacity: 2, start: true },
  });
  const open = (link = room.ev.projectorLink, options = FULL_HD) => room.open(link, options);
  const eventName = async () => (await room.ev.api<any>(`/api/events/${room.ev.eventId}`)).event.name as string;

  it('shows the phase and round and a countdown legible from the back of the room', async () => {
    const page = await open();
    await waitForTestId(page, 'countdown');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Round 1 of 3 — talk');
    expect(await page.locator('.projector-event').textContent()).toBe(await eventName());
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    expect(clock).toMatchObject({ status: 'running', phase: { index: 0, kind: 'meeting', round: 1 } });
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
    // m:ss, the same words for a screen reader, and it runs down.
    const digits = (await page.getByTestId('countdown').textContent())!;
    expect(digits).toMatch(/^\d{1,2}:[0-5]\d$/);
    expect(await page.getByTestId('countdown').getAttribute('aria-label')).toMatch(/^Time left \d{1,2}:[0-5]\d$/);
    await expect.poll(() => readCountdown(page), { timeout: 3000 }).toBeLessThan(countdownSeconds(digits)!);
    const px = await page.getByTestId('countdown').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThan(400);
    expect(await page.getByTestId('seating').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/projector-meeting.png` });
  });

  it('in a changeover shows the seating of the coming round by table', async () => {
    const page = await open();
    await waitForTestId(page, 'countdown');
    await room.ev.clock('skip');
    await page.getByRole('heading', { name: 'Round 2 of 3 — move to your table' }).waitFor({ timeout: 3000 });
    const seating = page.getByTestId('seating');
    await seating.waitFor();
    const schedule = await room.ev.api<any>(`/api/events/${room.ev.eventId}/schedule`);
    const round2 = schedule.rounds.find((r: any) => r.round === 2);
    const text = await seating.textContent();
    // Card by card, in the schedule's table order: the table label, its mentor and exactly the
    // mentees seated there in round 2 (not round 1's, which has the same names at other tables).
    const cardsOf = (round: any) =>
      round.tables.map((t: any) => {
        const mentor = schedule.mentors.find((m: any) => m.id === t.mentorId);
        const mentees = t.menteeIds.map((id: string) => schedule.mentees.find((m: any) => m.id === id).name);
        return {
          table: mentor.table,
          mentor: mentor.name,
          mentees: mentees.length > 0 ? mentees : ['— table rests —'],
        };
      });
    const expected = cardsOf(round2);
    expect(expected).toHaveLength(MENTORS.length);
    expect(expected.map((c: any) => c.table)).toEqual(MENTORS.map((m) => m.table));
    expect(expected).not.toEqual(cardsOf(schedule.rounds.find((r: any) => r.round === 1)));
    const shown = await seating.locator('.seat-card:not(.byes)').evaluateAll((cards) =>
      cards.map((card) => ({
        table: card.querySelector('.seat-table')?.textContent,
        mentor: card.querySelector('.seat-mentor')?.textContent,
        mentees: [...card.querySelectorAll('li')].map((li) => li.textContent),
      })),
    );
    expect(shown).toEqual(expected);
    expect(await seating.getByRole('heading', { level: 2 }).textContent()).toBe('Round 2 seating');
    const byes = round2.byes.map((id: string) => schedule.mentees.find((m: any) => m.id === id).name);
    expect(await seating.locator('.seat-card.byes p').allTextContents()).toEqual(
      byes.length > 0 ? [byes.join(', ')] : [],
    );
    // The countdown now runs down the 5-minute changeover.
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    expect(clock).toMatchObject({ status: 'running', phase: { index: 1, kind: 'changeover', round: 2 } });
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^\d:[0-5]\d$/);
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
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
    const page = await open(`${room.server.url}/projector?warn=30#key=${room.ev.projectorLink.split('#key=')[1]}`);
    await waitForTestId(page, 'countdown');
    expect(await page.getByTestId('warn-seconds').inputValue()).toBe('30');
    const button = page.getByTestId('sound-toggle');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 3000 }).toBe('true');
    expect(await button.textContent()).toContain('Sound on');
  });

  it('holds its layout from 320 px to 4K, and axe finds no serious or critical violations', async () => {
    for (const viewport of [
      { width: 320, height: 568 },
      { width: 1280, height: 720 },
      { width: 3840, height: 2160 },
    ]) {
      const page = await open(room.ev.projectorLink, { viewport });
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
    const page = await open(`${room.server.url}/projector#key=nope`);
    await waitForTestId(page, 'invalid-link');
    const notice = page.getByTestId('invalid-link');
    expect(await notice.getByRole('heading', { level: 1 }).textContent()).toBe('This link is not valid');
    expect(await notice.locator('p').textContent()).toBe(
      'It may be incomplete or out of date. Copy the projector link from the organizer console again.',
    );
    // A refused key is not remembered for the next visit.
    expect(await page.evaluate((k) => localStorage.getItem(k), 'tablehop.projectorKey')).toBeNull();
  });
});
