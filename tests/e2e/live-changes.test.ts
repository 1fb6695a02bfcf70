import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { meOf, type SeededPerson } from './support/event-setup';
import { PHONE, useRoom } from './support/room';
import { SHOTS, waitForTestId } from './support/screens';

/**
 * A mentee arrives late and a mentor leaves during round 1: the organizer marks both at the
 * Check-in tab, reviews the difference and applies it. The phones concerned update and show
 * "Your schedule changed"; a phone whose seats did not change receives nothing at all.
 */
describe.skipIf(!chromiumPath)('live changes in Chromium', () => {
  // Long rounds: nothing moves on by itself while the test looks. Six tables of one for five
  // mentees: a mentor leaving and a mentee arriving need only the free tables, so some
  // phones keep their seats whatever the planner's tie-breaks.
  const room = useRoom({ seed: { roundSeconds: 900, changeoverSeconds: 120, rounds: 3, tableCapacity: 1 } });
  /** Socket.IO frames carrying a snapshot, per page. */
  const snapshots = new Map<Page, number>();

  beforeAll(async () => {
    const more = await room.ev.api<any>(`/api/events/${room.ev.eventId}/people`, {
      body: {
        mentors: [
          { name: 'Katherine Johnson', topics: ['Orbits'] },
          { name: 'Alan Turing', topics: ['Computing'] },
          { name: 'Hedy Lamarr', topics: ['Radio'] },
        ],
      },
      expect: 201,
    });
    room.ev.mentors.push(
      ...more.mentors.map((p: any) => ({
        id: p.id,
        name: p.name,
        token: p.token,
        link: `${room.server.url}/p#token=${encodeURIComponent(p.token)}`,
      })),
    );
    await room.ev.api(`/api/events/${room.ev.eventId}/schedule`, { body: { seed: 7 } });
  });

  async function open(link: string, options: BrowserContextOptions = PHONE): Promise<Page> {
    const page = await room.newPage(options);
    snapshots.set(page, 0);
    page.on('websocket', (ws) =>
      ws.on('framereceived', (f) => {
        if (typeof f.payload === 'string' && f.payload.includes('"snapshot:updated"'))
          snapshots.set(page, snapshots.get(page)! + 1);
      }),
    );
    await page.goto(link);
    return page;
  }

  const preview = () => room.ev.api<any>(`/api/events/${room.ev.eventId}/schedule/preview`, { body: {} });

  /** The notice a mentee should read: about the first round from 2 on that `changed` picks. */
  function noticeFor(rounds: any[], changed: (r: any) => boolean): string {
    const at = rounds.find((r) => r.round >= 2 && changed(r));
    if (!at.table) return `You now sit out round ${at.round}`;
    return at.round === 2
      ? `Next you go to ${at.table} — ${at.mentorName} (round 2)`
      : `In round ${at.round} you now go to ${at.table} — ${at.mentorName}`;
  }

  it('a late mentee, a leaving mentor: the affected phones update and say so, an unaffected one does not', async () => {
    const { ev, server } = room;
    const late = ev.mentees[4]!;
    const leaving = ev.mentors[0]!;
    // Before the start the organizer plans without the mentee who has not come.
    await ev.api(`/api/events/${ev.eventId}/people/${late.id}/status`, { body: { status: 'absent' } });
    const first = await preview();
    await ev.api(`/api/events/${ev.eventId}/schedule`, { body: { basedOn: first.basedOn } });
    await ev.clock('start');

    // The console, at the Check-in tab.
    const consolePage = await open(`${server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
    });
    await consolePage.getByRole('tab', { name: 'Check-in' }).click();
    await consolePage.getByLabel('Find a person to check in').fill(late.name.split(' ')[0]!);
    await consolePage.getByRole('button', { name: new RegExp(`^${late.name}`) }).click();
    await consolePage.getByText(`${late.name}: here.`).waitFor();
    await consolePage.getByLabel('Find a person to check in').fill(leaving.name);
    await consolePage.getByRole('button', { name: `Left: ${leaving.name}` }).click();
    await consolePage.getByText(`${leaving.name}: left.`, { exact: false }).waitFor();
    const banner = consolePage.getByTestId('pending-banner');
    await expect.poll(() => banner.textContent()).toContain('2 changes at the door');

    // Who the change concerns (the console will apply this same proposal).
    const p = await preview();
    expect(p.fromRound).toBe(2);
    const affected = new Set<string>([...p.affected.mentees, ...p.affected.mentors]);
    const lateMe = (await meOf(ev, late)).rounds;
    expect(lateMe.every((r: any) => r.table === null)).toBe(true);
    // Prefer a mentee moved to another table in round 2, the round everyone goes to next.
    const movedTo2 = (id: string) =>
      p.diff.seats.some((c: any) => c.menteeId === id && c.round === 2 && c.after.kind === 'table');
    const candidates = ev.mentees.filter((m) => m.id !== late.id && affected.has(m.id));
    const movedMentee = candidates.find((m) => movedTo2(m.id)) ?? candidates[0];
    const calmMentee = ev.mentees.find((m) => m.id !== late.id && !affected.has(m.id));
    const movedMentor = ev.mentors.find((m) => m.id !== leaving.id && affected.has(m.id));
    expect(movedMentee, 'someone is re-seated').toBeDefined();
    expect(calmMentee, 'someone keeps their seats').toBeDefined();
    expect(movedMentor, 'a mentor gets a different next mentee').toBeDefined();

    const phones = new Map<SeededPerson, Page>();
    for (const person of [late, movedMentee!, calmMentee!, movedMentor!]) {
      const page = await open(person.link);
      await waitForTestId(page, ['mentee-screen', 'mentor-screen']);
      phones.set(person, page);
    }
    const calm = phones.get(calmMentee!)!;
    const calmTable = await calm.getByTestId('focus').textContent();
    await calm.waitForTimeout(300);
    const calmFramesBefore = snapshots.get(calm)!;

    // Review and apply.
    await consolePage.getByTestId('review-changes').click();
    const review = consolePage.getByTestId('replan-review');
    await review.waitFor();
    expect(await consolePage.getByTestId('replan-summary').textContent()).toMatch(/^From round 2: /);
    expect(await review.textContent()).toContain(`${leaving.name} (T1) left: their table closes`);
    expect(await review.textContent()).toContain(`${late.name} is here: needs a seat`);
    expect(await consolePage.getByTestId('quality-compare').textContent()).toContain('Rules kept');
    expect(await seriousViolations(consolePage)).toEqual([]);
    await consolePage.screenshot({ path: `${SHOTS}/replan-review.png`, fullPage: true });
    await consolePage.getByTestId('replan-apply').click();
    await consolePage.getByTestId('replan-done').waitFor();
    expect(await consolePage.getByTestId('pending-banner').count()).toBe(0);

    // The late mentee: told where to go next, and the schedule shows the new seats.
    const lateNow = await meOf(ev, late);
    expect(lateNow.next.round).toBe(2);
    expect(lateNow.rounds.slice(1).some((r: any) => r.table !== null)).toBe(true);
    const latePage = phones.get(late)!;
    await waitForTestId(latePage, 'schedule-changed');
    const lateNotice = await latePage.getByTestId('schedule-changed').textContent();
    expect(lateNotice).toContain('Your schedule changed');
    expect(lateNotice).toContain(noticeFor(lateNow.rounds, (r) => r.table !== null));
    expect(await latePage.getByTestId('schedule').textContent()).toContain(
      lateNow.rounds.find((r: any) => r.table)!.table,
    );
    await latePage.screenshot({ path: `${SHOTS}/schedule-changed.png` });

    // A mentee re-seated because the mentor left.
    const movedPage = phones.get(movedMentee!)!;
    await waitForTestId(movedPage, 'schedule-changed');
    const movedNow = await meOf(ev, movedMentee!);
    const text = await movedPage.getByTestId('schedule-changed').textContent();
    const firstMoved = Math.min(
      ...p.diff.seats.filter((c: any) => c.menteeId === movedMentee!.id).map((c: any) => c.round),
    );
    expect(text).toContain(noticeFor(movedNow.rounds, (r) => r.round === firstMoved));
    expect(await movedPage.getByTestId('next').textContent()).toContain(movedNow.next.table ?? 'you sit out');
    expect(await seriousViolations(movedPage)).toEqual([]);

    // A mentor sees who arrives next now.
    const mentorPage = phones.get(movedMentor!)!;
    const mentorNow = await meOf(ev, movedMentor!);
    await waitForTestId(mentorPage, 'schedule-changed');
    const nextGroup = await mentorPage.getByTestId('next-group').textContent();
    for (const m of mentorNow.next.mentees) expect(nextGroup).toContain(m.name);
    if (mentorNow.next.mentees.length === 0) expect(nextGroup).toContain('No one at your table in round 2');

    // The phone whose seats did not change got no snapshot and shows no notice.
    await calm.waitForTimeout(500);
    expect(snapshots.get(calm)).toBe(calmFramesBefore);
    expect(await calm.getByTestId('schedule-changed').count()).toBe(0);
    expect(await calm.getByTestId('focus').textContent()).toBe(calmTable);

    // The projector shows the new seating in the changeover to round 2.
    const projector = await open(ev.projectorLink, { viewport: { width: 1920, height: 1080 } });
    await waitForTestId(projector, 'projector-screen');
    await ev.clock('skip');
    await expect
      .poll(() => projector.getByTestId('phase-label').textContent())
      .toBe('Round 2 of 3 — move to your table');
    const seating = await projector.getByTestId('seating').textContent();
    if (lateNow.next.table) expect(seating).toContain(late.name);
    expect(seating).not.toContain(leaving.name);
  });
});

/**
 * A walk-in at the door during round 1: added on the People tab, they are checked in but
 * seated by nobody until the organizer reviews and applies; no phone hears of the add. And
 * names in mixed scripts read in their real order wherever a list of names is shown.
 */
describe.skipIf(!chromiumPath)('a walk-in in Chromium', () => {
  // Four tables of one, five mentees: every round full, one sitting out.
  const room = useRoom({ seed: { roundSeconds: 900, changeoverSeconds: 120, rounds: 3, tableCapacity: 1 } });
  let wisher: SeededPerson;

  beforeAll(async () => {
    const { ev } = room;
    await ev.api(`/api/events/${ev.eventId}/people`, { body: { mentors: [{ name: 'Zoë Lefèvre' }] }, expect: 201 });
    wisher = ev.mentees[1]!;
    await ev.api(`/api/events/${ev.eventId}/people/${wisher.id}`, {
      method: 'PATCH',
      body: { wishes: ['عمر الفاروق', 'Zoë Lefèvre'] },
    });
    // A 10-minute break after round 2: the Plan matrix shows it as a column of its own.
    await ev.api(`/api/events/${ev.eventId}`, { method: 'PATCH', body: { breaks: [{ afterRound: 2, seconds: 600 }] } });
    await ev.api(`/api/events/${ev.eventId}/schedule`, { body: { seed: 5 } });
    await ev.clock('start');
  });

  /** Each name's left edge, by its text, among `selector` in `scope`. */
  async function leftOf(page: Page, scope: string, selector: string, names: string[]): Promise<number[]> {
    return page.evaluate(
      ([scope, selector, names]) => {
        const els = [...document.querySelectorAll(`${scope} ${selector}`)];
        return (names as string[]).map((n) => {
          const el = els.find((e) => e.textContent === n);
          return el ? el.getBoundingClientRect().left : Number.NaN;
        });
      },
      [scope, selector, names] as const,
    );
  }

  it('reads a list of names in mixed scripts in its real order (each name isolated)', async () => {
    const { ev, server } = room;
    const page = await room.open(`${server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('tab', { name: /People/ }).click();
    const item = page.getByTestId('mentee-item').filter({ hasText: wisher.name });
    await expect.poll(() => item.textContent()).toContain('Wishes:');
    // Logical order عمر الفاروق, Zoë Lefèvre: on a left-to-right page the first is left of the second.
    const scope = `#panel-people [data-testid="mentee-item"]:nth-of-type(2)`;
    const [arabic, latin] = await leftOf(page, scope, '[dir="auto"]', ['عمر الفاروق', 'Zoë Lefèvre']);
    expect(arabic).toBeLessThan(latin!);
    // The comma between them stays between them.
    const between = await page.evaluate((scope) => {
      const p = [...document.querySelectorAll(`${scope} p`)].find((x) => x.textContent?.startsWith('Wishes:'))!;
      return [...p.childNodes]
        .map((n) => n.textContent)
        .filter((t) => t !== '')
        .join('|');
    }, scope);
    expect(between).toBe('Wishes: |عمر الفاروق|, |Zoë Lefèvre');
  });

  it('adding a walk-in moves nobody; the review seats them without taking anyone’s seat next round', async () => {
    const { ev, server } = room;
    const before = await ev.api<any>(`/api/events/${ev.eventId}/schedule`);
    // A mentee's phone, to see that adding someone tells it nothing.
    const phone = await room.open(ev.mentees[0]!.link, PHONE);
    await waitForTestId(phone, 'mentee-screen');
    let frames = 0;
    phone.on('websocket', (ws) =>
      ws.on('framereceived', (f) => {
        if (typeof f.payload === 'string' && f.payload.includes('"snapshot:updated"')) frames++;
      }),
    );
    await phone.reload();
    await waitForTestId(phone, 'mentee-screen');
    await phone.waitForTimeout(300);
    const framesBefore = frames;

    const page = await room.open(`${server.url}/organize/${ev.eventId}#key=${ev.organizerKey}`, {
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('tab', { name: /People/ }).click();
    const form = page.getByRole('form', { name: 'Add a walk-in' });
    await expect.poll(() => page.getByTestId('walk-in-note').textContent()).toContain('Nobody moves before you do.');
    await form.getByLabel('Name').fill('Amara Nwosu');
    await form.getByRole('button', { name: 'Add mentee' }).click();
    await expect.poll(() => page.getByTestId('add-done').textContent()).toContain('Not in the seating yet.');
    await expect
      .poll(() => page.getByTestId('pending-banner').textContent())
      .toContain('Amara Nwosu is here: needs a seat');
    await page.screenshot({ path: `${SHOTS}/walk-in-added.png` });
    // Nothing moved, and the phone heard nothing.
    expect(await ev.api(`/api/events/${ev.eventId}/schedule`)).toEqual(before);
    const walkIn = (await ev.api<any>(`/api/events/${ev.eventId}`)).mentees.find((m: any) => m.name === 'Amara Nwosu');
    expect(walkIn.attendance).toBe('present');
    await phone.waitForTimeout(500);
    expect(frames).toBe(framesBefore);

    await page.getByTestId('add-review').click();
    const review = page.getByTestId('replan-review');
    await review.waitFor();
    await expect
      .poll(() => page.getByTestId('replan-summary').textContent())
      .toMatch(/^From round 2: 1 mentee joins, /);
    const amara = page
      .getByTestId('replan-moves')
      .locator('> li', { has: page.locator('strong', { hasText: 'Amara Nwosu' }) });
    expect(await amara.textContent()).toContain('Round 2: no seat → sits out');
    // Every name in the review is its own isolate.
    const names = await review
      .locator('[data-testid="replan-moves"] > li > strong')
      .evaluateAll((els) => els.map((e) => e.innerHTML));
    for (const n of names) expect(n).toMatch(/^<bdi>[^<]*<\/bdi>$/);
    expect(await page.getByTestId('quality-change').textContent()).toContain(
      'Nobody taking part is left without a place',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/walk-in-review.png`, fullPage: true });
    // What the console shows is the proposal: round 2 changes for the walk-in only.
    const p = await ev.api<any>(`/api/events/${ev.eventId}/schedule/preview`, { body: {} });
    expect(p.diff.seats.filter((c: any) => c.round === 2).map((c: any) => c.menteeId)).toEqual([walkIn.id]);

    await page.getByTestId('replan-apply').click();
    await page.getByTestId('replan-done').waitFor();
    const after = await ev.api<any>(`/api/events/${ev.eventId}/schedule`);
    expect(after.rounds[1].tables).toEqual(before.rounds[1].tables);
    const me = await ev.api<any>('/api/me', { token: walkIn.token });
    expect(me.rounds.some((r: any) => r.table !== null)).toBe(true);

    // The Plan tab: round times, the walk-in's own row per person, names isolated.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('radio', { name: 'By person' }).click();
    const byPerson = page.getByTestId('person-matrix');
    await byPerson.waitFor();
    const row = byPerson.locator('tbody tr', { hasText: 'Amara Nwosu' });
    expect(await row.locator('td').first().textContent()).toBe('–'); // round 1: not there yet
    expect(await byPerson.locator('thead').textContent()).toMatch(/Round 3\d{2}:\d{2}/);
    const wisherRow = byPerson.locator('tbody tr', { hasText: wisher.name });
    expect(await wisherRow.locator('bdi').count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/plan-by-person.png`, fullPage: true });
    await page.getByRole('radio', { name: 'By table' }).click();
    const byTable = page.getByTestId('plan-matrix');
    expect(await byTable.locator('thead').textContent()).toMatch(/Round 2\d{2}:\d{2}Break10 min · \d{2}:\d{2}Round 3/);
    expect(await byTable.locator('.wish-mark').count()).toBeGreaterThan(0);
    await byTable.screenshot({ path: `${SHOTS}/plan-by-table.png` });
  });
});
