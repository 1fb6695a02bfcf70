import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { meOf } from './support/event-setup';
import { decodeQrIn } from './support/qr-decode';
import { PHONE, useRoom } from './support/room';
import { overflowX, SHOTS, waitForTestId } from './support/screens';

const CALL = 'https://meet.example.org/grace-hopper';

/**
 * A hybrid event in Chromium (issue 17, part 3): Grace Hopper's table is remote. In the round a
 * mentee sits with her, their phone shows Join the call with her link (a new tab) and the
 * countdown; in a round at a table in the room it does not; Grace's own phone shows it; the
 * projector marks her table online; her table tent prints the call as a QR code.
 */
describe.skipIf(!chromiumPath)('a hybrid event with a remote table', () => {
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 1 } });

  it('the phone at the remote table shows Join the call in that round, not in the others', async () => {
    const ev = room.ev;
    const grace = ev.mentors.find((m) => m.name === 'Grace Hopper')!;
    await ev.api(`/api/events/${ev.eventId}/people/${grace.id}`, { method: 'PATCH', body: { meetingUrl: CALL } });
    await ev.clock('start');
    // A mentee with Grace in round 1, and one at a table in the room.
    let atGrace: (typeof ev.mentees)[number] | undefined;
    let inRoom: (typeof ev.mentees)[number] | undefined;
    for (const m of ev.mentees) {
      const me = await meOf(ev, m);
      if (me.now?.mentorId === grace.id) atGrace ??= m;
      else if (me.now?.table) inRoom ??= m;
    }
    expect(atGrace && inRoom).toBeTruthy();

    const phone = await room.open(atGrace!.link, PHONE);
    await waitForTestId(phone, 'my-table');
    const join = phone.getByRole('link', { name: /join the call with grace hopper/i });
    expect(await join.getAttribute('href')).toBe(CALL);
    expect(await join.getAttribute('target')).toBe('_blank');
    expect(await phone.getByTestId('countdown').isVisible()).toBe(true);
    const box = (await join.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(48);
    expect(await overflowX(phone)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/mentee-remote-table.png`, fullPage: true });

    const other = await room.open(inRoom!.link, PHONE);
    await waitForTestId(other, 'my-table');
    expect(await other.getByTestId('join-call').count()).toBe(0);

    // Grace's own phone: the call above the mentee at her table now.
    const mentor = await room.open(grace.link, PHONE);
    await waitForTestId(mentor, 'now-group');
    expect(await mentor.getByTestId('now-group').getByTestId('join-call').getAttribute('href')).toBe(CALL);

    // The next round: the mentee who was with Grace moves to a table in the room; the button goes.
    await ev.clock('skip');
    await ev.clock('skip');
    const next = await meOf(ev, atGrace!);
    if (next.now?.mentorId !== grace.id) {
      await expect.poll(() => phone.getByTestId('join-call').count(), { timeout: 10_000 }).toBe(0);
    }
  });

  it('the projector marks the remote table online; its tent prints the call as a QR code', async () => {
    const ev = room.ev;
    // The projector shows the seating in a changeover: move into the one before round 3.
    await ev.clock('skip');
    const projector = await room.open(ev.projectorLink, { viewport: { width: 1280, height: 720 } });
    await waitForTestId(projector, 'seating');
    const card = projector.locator('.seat-card.remote');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Grace Hopper\s*online/i);
    expect(await projector.content()).not.toContain('meet.example.org');

    const tents = await room.open(`${room.server.url}/organize/${ev.eventId}/print/tents#key=${ev.organizerKey}`, {
      viewport: { width: 1100, height: 1000 },
      deviceScaleFactor: 2,
    });
    await waitForTestId(tents, 'print-sheets');
    const call = tents.getByTestId('tent-call');
    expect(await call.count()).toBe(1);
    expect(await decodeQrIn(tents, call.locator('svg'), 'device')).toBe(CALL);
    // As printed: the toolbar and the localhost warning stay on the screen.
    await tents.getByTestId('print-anyway').check();
    await tents.emulateMedia({ media: 'print' });
    await tents
      .getByTestId('table-tent')
      .first()
      .screenshot({ path: `${SHOTS}/print-tent-remote.png`, scale: 'css' });
  });
});
