import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { useRoom } from './support/room';
import { overflowX, readCountdown, SHOTS, waitForTestId } from './support/screens';

const FULL_HD = { viewport: { width: 1920, height: 1080 } };

describe.skipIf(!chromiumPath)('projector in Chromium', () => {
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 300, rounds: 3, tableCapacity: 2, start: true } });
  const open = (link = room.ev.projectorLink, options = FULL_HD) => room.open(link, options);

  it('shows the phase and round and a countdown legible from the back of the room', async () => {
    const page = await open();
    await waitForTestId(page, 'countdown');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Round 1 of 3 — talk');
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    expect(Math.abs((await readCountdown(page))! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
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
    for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 720 }, { width: 3840, height: 2160 }]) {
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
  });
});
