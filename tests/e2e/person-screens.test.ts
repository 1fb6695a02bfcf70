import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { meOf, type SeededPerson } from './support/event-setup';
import { PHONE, useRoom } from './support/room';
import { overflowX, readCountdown, SHOTS, waitForTestId } from './support/screens';

describe.skipIf(!chromiumPath)('mentee and mentor pages in Chromium', () => {
  // Long rounds: nothing moves on by itself while these tests look.
  const room = useRoom({
    seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 1, start: true },
  });
  const open = (link: string, options = PHONE) => room.open(link, options);

  /** A mentee seated (or not) in the round running now, by the server's word. */
  async function menteeWhere(seated: boolean): Promise<{ person: SeededPerson; me: any }> {
    for (const person of room.ev.mentees) {
      const me = await meOf(room.ev, person);
      if ((me.now?.table !== null) === seated) return { person, me };
    }
    throw new Error(`no mentee ${seated ? 'seated' : 'on a bye'} in this round`);
  }

  it('a mentee page at 390×844 shows its table, mentor, countdown, next round and timed schedule', async () => {
    const { person, me } = await menteeWhere(true);
    const page = await open(person.link);
    const table = page.getByTestId('my-table');
    await table.waitFor();
    expect(await table.textContent()).toContain(me.now.table);
    expect(await table.textContent()).toContain(me.now.mentorName);
    expect(await page.getByTestId('phase-label').textContent()).toBe('Round 1 of 3 — talk');
    const clock = await room.ev.api<any>(`/api/events/${room.ev.eventId}/clock`);
    const shown = await readCountdown(page);
    expect(shown).not.toBeNull();
    expect(Math.abs(shown! - clock.remainingMs / 1000)).toBeLessThanOrEqual(2);
    expect(await page.getByTestId('next').textContent()).toMatch(/Round 2: /);
    const rows = page.getByTestId('schedule').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('Now');
    expect(await rows.nth(1).locator('td.when').textContent()).toMatch(/^\d{1,2}:\d\d/);
    // Big enough to read at arm's length.
    const size = await table.locator('.table-label').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(48);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/mentee.png`, fullPage: true });
  });

  it('a mentee sitting the round out is told so, and when and where the next meeting is', async () => {
    const { person, me } = await menteeWhere(false);
    const page = await open(person.link);
    const bye = page.getByTestId('bye');
    await bye.waitFor();
    expect(await bye.textContent()).toContain('You sit out this round');
    const nextSeated = me.rounds.find((r: any) => r.round > 1 && r.table);
    if (nextSeated)
      expect(await bye.textContent()).toMatch(
        new RegExp(`round ${nextSeated.round} at \\d{1,2}:\\d\\d.*${nextSeated.table}`),
      );
  });

  it('a mentee edits their questions, sees them saved, and their mentor sees them live', async () => {
    const { person, me: menteeMe } = await menteeWhere(true);
    const mentor = room.ev.mentors.find((m) => m.id === menteeMe.now.mentorId)!;
    const mentorPage = await open(mentor.link);
    await waitForTestId(mentorPage, 'now-group');
    const page = await open(person.link);
    await waitForTestId(page, 'my-table');
    await page.getByRole('button', { name: 'Add a question' }).click();
    const boxes = page.locator('textarea[id^="question-"]');
    await boxes.last().fill('Which talk changed your mind?');
    await page.getByRole('button', { name: 'Save questions' }).click();
    await page.getByTestId('save-state').getByText('✓ Saved').waitFor({ timeout: 5000 });
    const me = await meOf(room.ev, person);
    expect(me.person.questions).toContain('Which talk changed your mind?');
    await mentorPage.getByTestId('now-group').getByText('Which talk changed your mind?').waitFor({ timeout: 3000 });
  });

  it('a mentee meeting Grace Hopper sees her topics and bio on the card', async () => {
    let found: SeededPerson | null = null;
    for (const person of room.ev.mentees)
      if ((await meOf(room.ev, person)).now?.mentorName === 'Grace Hopper') found = person;
    expect(found).not.toBeNull();
    const page = await open(found!.link);
    const focus = page.getByTestId('focus');
    await focus.getByTestId('mentor-bio').waitFor();
    expect(await focus.getByTestId('mentor-bio').textContent()).toBe('Rear admiral, wrote the first compiler.');
    expect(await focus.locator('.topics li').allTextContents()).toEqual(['Compilers', 'Careers']);
  });

  it('a mentor page shows who sits now and who arrives next, with their questions', async () => {
    let found: { person: SeededPerson; me: any } | null = null;
    for (const person of room.ev.mentors) {
      const me = await meOf(room.ev, person);
      if (me.now?.mentees.length && me.next?.mentees.length) found = { person, me };
      if (found) break;
    }
    expect(found).not.toBeNull();
    const { person, me } = found!;
    const page = await open(person.link);
    const now = page.getByTestId('now-group');
    await now.waitFor();
    expect(await now.textContent()).toContain(me.now.mentees[0].name);
    const arriving = me.next.mentees[0];
    const next = page.getByTestId('next-group');
    expect(await next.textContent()).toContain(`Arriving next (round 2)`);
    expect(await next.textContent()).toContain(arriving.name);
    for (const q of arriving.questions) expect(await next.textContent()).toContain(q);
    // The private note about a mentee met now is kept on the server (it survives a new phone).
    const note = page.getByLabel(/Private note/).first();
    await note.fill('Ask about the compiler story');
    await note.blur();
    await expect
      .poll(async () => JSON.stringify(await room.ev.api<any>('/api/me/meetings', { token: person.token })), {
        timeout: 5000,
      })
      .toContain('Ask about the compiler story');
    await page.reload();
    await now.waitFor();
    // The meetings (and their notes) load after the page itself: the note comes back, not at once.
    await expect
      .poll(
        () =>
          page
            .getByLabel(/Private note/)
            .first()
            .inputValue(),
        { timeout: 5000 },
      )
      .toBe('Ask about the compiler story');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/mentor.png`, fullPage: true });
  });

  it('renders names in any script, isolated with dir="auto"', async () => {
    const omar = room.ev.mentors.find((m) => m.name === 'عمر الفاروق')!;
    const page = await open(omar.link);
    await waitForTestId(page, 'mentor-screen');
    const name = page.getByRole('heading', { level: 1 }).locator('[dir="auto"]');
    expect(await name.textContent()).toBe('عمر الفاروق');
    // The browser resolves the isolated name as right-to-left, whatever surrounds it.
    expect(await name.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/Zoë Martin|Sam Okafor|Priya Raman|Jonas Berg|Sofia Rossi/);
  });

  it('holds its layout from 320 px to 4K', async () => {
    const { person } = await menteeWhere(true);
    const mentor = room.ev.mentors[0]!;
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 768, height: 1024 },
      { width: 3840, height: 2160 },
    ]) {
      for (const link of [person.link, mentor.link]) {
        const page = await open(link, { viewport });
        await waitForTestId(page, 'countdown');
        expect(await overflowX(page), `${viewport.width}px ${link}`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    }
  });

  it('axe finds no serious or critical violations on the mentee and mentor pages', async () => {
    const { person } = await menteeWhere(true);
    const mentee = await open(person.link);
    await waitForTestId(mentee, 'my-table');
    expect(await seriousViolations(mentee)).toEqual([]);
    const mentor = await open(room.ev.mentors[0]!.link);
    await waitForTestId(mentor, 'now-group');
    expect(await seriousViolations(mentor)).toEqual([]);
  });

  it('a bad link says it is not valid', async () => {
    const page = await open(`${room.server.url}/p#token=not-a-real-token-at-all`);
    await waitForTestId(page, 'invalid-link');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This link is not valid');
    const bare = await open(`${room.server.url}/p`);
    await waitForTestId(bare, 'invalid-link');
  });
});

describe.skipIf(!chromiumPath)('the last minute, a pause and "I’m here after all" in Chromium', () => {
  // A round of 62 s: its last minute begins two seconds after the start.
  const room = useRoom({
    seed: { roundSeconds: 62, changeoverSeconds: 600, rounds: 2, tableCapacity: 2, start: true },
  });

  it('phones and the projector turn red and say "Last minute"; paused, they say "Paused"', async () => {
    const mentee = await room.open(room.ev.mentees[0]!.link, PHONE);
    const mentor = await room.open(room.ev.mentors[0]!.link, PHONE);
    const projector = await room.open(room.ev.projectorLink, { viewport: { width: 1920, height: 1080 } });
    for (const page of [mentee, mentor, projector]) await waitForTestId(page, 'countdown');
    for (const page of [mentee, mentor]) {
      const bar = page.locator('section.phase-bar');
      await expect.poll(() => bar.getAttribute('data-cue'), { timeout: 5000 }).toBe('last-minute');
      expect(await bar.getAttribute('class')).toMatch(/\blast-minute\b/);
      expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(185, 28, 28)');
      expect(await page.getByTestId('clock-note').textContent()).toBe('Last minute');
      expect(await page.getByTestId('clock-note').isVisible()).toBe(true);
    }
    const digits = projector.getByTestId('countdown');
    await expect.poll(() => digits.getAttribute('class'), { timeout: 5000 }).toMatch(/\blast-minute\b/);
    expect(await digits.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(248, 113, 113)');
    expect(await projector.getByTestId('clock-note').textContent()).toBe('Last minute');
    expect(await seriousViolations(mentee)).toEqual([]);
    await mentee.screenshot({ path: `${SHOTS}/mentee-last-minute.png`, fullPage: true });
    await projector.screenshot({ path: `${SHOTS}/projector-last-minute.png` });

    await room.ev.clock('pause');
    const note = projector.getByTestId('clock-note');
    await expect.poll(() => note.textContent(), { timeout: 3000 }).toBe('Paused');
    expect(await note.isVisible()).toBe(true);
    expect(await digits.getAttribute('class')).toMatch(/\bpaused\b/);
    expect(await digits.getAttribute('class')).not.toMatch(/\blast-minute\b/);
    await expect.poll(() => mentee.getByTestId('clock-note').textContent(), { timeout: 3000 }).toBe('Paused');
    expect(await mentee.locator('section.phase-bar').getAttribute('data-cue')).toBe('paused');
    expect(await overflowX(projector)).toBeLessThanOrEqual(0);
    await projector.screenshot({ path: `${SHOTS}/projector-paused.png` });
  });

  it('a mentee marked as not here taps "I’m here after all": the organizer sees them, the phone says so', async () => {
    const person = room.ev.mentees[1]!;
    await room.ev.api(`/api/events/${room.ev.eventId}/people/${person.id}/status`, { body: { status: 'absent' } });
    // The organizer applies the change: no seat in round 2 any more.
    const preview = await room.ev.api<any>(`/api/events/${room.ev.eventId}/schedule/preview`, { body: {} });
    await room.ev.api(`/api/events/${room.ev.eventId}/schedule`, { body: { basedOn: preview.basedOn } });
    const page = await room.open(person.link, PHONE);
    const notice = page.getByTestId('notice-away');
    await notice.waitFor();
    expect(await notice.getByRole('heading', { level: 2 }).textContent()).toBe('You are marked as not here');
    expect(await page.getByText('Thank you for taking part').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/mentee-marked-absent.png` });
    await page.getByRole('button', { name: 'I’m here after all' }).click();
    const told = page.getByTestId('notice-told');
    await told.waitFor({ timeout: 5000 });
    expect(await told.getByRole('heading', { level: 2 }).textContent()).toBe('The organizer was told you are here');
    const view = await room.ev.api<any>(`/api/events/${room.ev.eventId}`);
    expect(view.mentees.find((m: any) => m.id === person.id).attendance).toBe('present');
    const pending = await room.ev.api<any>(`/api/events/${room.ev.eventId}/schedule/preview`, { body: {} });
    expect(pending.pending).toEqual([expect.objectContaining({ personId: person.id, change: 'seat' })]);
    await page.screenshot({ path: `${SHOTS}/mentee-here-after-all.png`, fullPage: true });
  });

  it('in the changeover a mentor is told to stay and who comes; a mentee which round and where', async () => {
    await room.ev.clock('skip');
    const mentor = await room.open(room.ev.mentors[0]!.link, PHONE);
    await waitForTestId(mentor, 'phase-caption');
    expect(await mentor.getByTestId('phase-label').textContent()).toBe('Stay at T1 — round 2 of 2 starts in');
    expect(await mentor.getByTestId('phase-caption').textContent()).toMatch(/^Next: /);
    expect(await mentor.getByTestId('now-group').getByRole('heading', { level: 2 }).textContent()).toBe(
      'Arriving now (round 2)',
    );
    await mentor.screenshot({ path: `${SHOTS}/mentor-changeover.png`, fullPage: true });
    const mentee = await room.open(room.ev.mentees[0]!.link, PHONE);
    await waitForTestId(mentee, 'focus');
    expect(await mentee.getByTestId('phase-label').textContent()).toMatch(
      /^Round 2 of 2 — (go to T\d · .+|you sit out)$/,
    );
    await mentee.screenshot({ path: `${SHOTS}/mentee-changeover.png`, fullPage: true });
  });
});
