import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { meOf } from './support/event-setup';
import { PHONE, useRoom } from './support/room';
import { overflowX, SHOTS, waitForTestId } from './support/screens';

/**
 * Mentors who move (issue 17, part 1) in Chromium: the event is switched to `moving: "mentors"`
 * before the start (it replans with seated tables of two). A mentor's phone says where to go
 * next, a mentee's says to stay at their table; the projector lists the mentors' walks in the
 * changeover; the tents name each seated table's group and the cards list the tables to visit.
 */
describe.skipIf(!chromiumPath)('an event where mentors move', () => {
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 2 } });

  /** Switch to mentors moving (a replan before the start), then start the clock. */
  async function startMoving() {
    const ev = room.ev;
    const view = await ev.api<any>(`/api/events/${ev.eventId}`, { method: 'PATCH', body: { moving: 'mentors' } });
    expect(view.event.moving).toBe('mentors');
    expect(view.schedule.tables.length).toBe(3);
    await ev.clock('start');
    return view;
  }

  it('a mentor’s phone says where to go next; a mentee’s says stay', async () => {
    const ev = room.ev;
    await startMoving();
    const grace = ev.mentors.find((m) => m.name === 'Grace Hopper')!;
    const me = await meOf(ev, grace);
    const next = me.next;
    const phone = await room.open(grace.link, PHONE);
    await waitForTestId(phone, 'now-group');
    if (me.now.table) expect(await phone.getByTestId('phase-label').textContent()).toContain(`talk at ${me.now.table}`);
    const under = next.table ? `Go to ${next.table} next` : 'Next: you rest';
    await phone.getByText(under).waitFor();
    expect(await phone.getByTestId('schedule').textContent()).toContain(me.rounds[0].table ?? 'You rest');
    expect(await overflowX(phone)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/mentor-moving.png`, fullPage: true });

    // The changeover: "Go to T…" over the countdown.
    await ev.clock('skip');
    await expect
      .poll(() => phone.getByTestId('phase-label').textContent(), { timeout: 10_000 })
      .toContain(next.table ? `Go to ${next.table}` : 'You rest');

    // A mentee whose table a mentor visits in round 2: "Stay at T… — next: … comes to you".
    let seated: { page: Page; table: string; mentor: string } | null = null;
    for (const m of ev.mentees) {
      const mine = await meOf(ev, m);
      if (!mine.now?.table) continue;
      seated = { page: await room.open(m.link, PHONE), table: mine.person.table, mentor: mine.now.mentorName };
      break;
    }
    expect(seated).not.toBeNull();
    const { page, table, mentor } = seated!;
    await waitForTestId(page, 'my-table');
    expect(await page.getByTestId('phase-label').textContent()).toBe(`Stay at ${table} — next: ${mentor} comes to you`);
    expect(await page.getByTestId('my-table').textContent()).toContain(table);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/mentee-moving.png`, fullPage: true });
  });

  it('the projector lists the mentors’ walks in the changeover, seating by table label', async () => {
    const ev = room.ev;
    const projector = await room.open(ev.projectorLink, { viewport: { width: 1280, height: 720 } });
    await waitForTestId(projector, 'mentor-moves');
    const moves = await projector.getByTestId('mentor-moves').innerText();
    expect(moves).toMatch(/Mentors move:/);
    expect(moves).toMatch(/Grace Hopper\s*→ T\d|Grace Hopper\s*rests/);
    expect(await projector.getByTestId('phase-label').textContent()).toMatch(/mentors move, mentees stay/);
    const labels = await projector.locator('.seat-table').allTextContents();
    expect(labels.every((l) => /^T\d+$/.test(l))).toBe(true);
    expect(await seriousViolations(projector)).toEqual([]);
    await projector.screenshot({ path: `${SHOTS}/projector-moving.png` });
  });

  it('the tents name each seated table’s group; the cards list the tables to visit', async () => {
    const ev = room.ev;
    const view = await ev.api<any>(`/api/events/${ev.eventId}`);
    const open = async (kind: string) => {
      const page = await room.open(`${room.server.url}/organize/${ev.eventId}/print/${kind}#key=${ev.organizerKey}`, {
        viewport: { width: 1100, height: 1000 },
      });
      await waitForTestId(page, 'print-sheets');
      await page.getByTestId('print-anyway').check();
      return page;
    };
    const tents = await open('tents');
    expect(await tents.getByTestId('table-tent').count()).toBe(view.schedule.tables.length);
    const names = new Map([...view.mentees].map((m: any) => [m.id, m.name]));
    const first = view.schedule.tables[0];
    const group = await tents.locator(`[data-table="${first.table}"]`).getByTestId('tent-group').textContent();
    for (const id of first.menteeIds) expect(group).toContain(names.get(id));
    expect(await seriousViolations(tents)).toEqual([]);

    const cards = await open('cards');
    const grace = ev.mentors.find((m) => m.name === 'Grace Hopper')!;
    const card = cards.locator(`[data-person="${grace.id}"]`);
    expect(await card.textContent()).toContain('you move: your tables are below');
    const me = await meOf(ev, grace);
    const tables = await card.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(tables).toEqual(me.rounds.map((r: any) => r.table ?? '—'));
    const mentee = ev.mentees[0]!;
    const seat = (await meOf(ev, mentee)).person.table;
    expect(await cards.locator(`[data-person="${mentee.id}"]`).textContent()).toContain(
      `you stay at table ${seat} all event`,
    );
    expect(await seriousViolations(cards)).toEqual([]);
  });
});
