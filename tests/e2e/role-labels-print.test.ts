/**
 * The printables of a career fair (issue 17, `settings.labels` = Recruiter / Student), set over
 * the real API and printed by Chromium: the cards, tents and wall sheet say Recruiter and
 * Student where an event without labels says Mentor and Mentee, and stay accessible.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { useRoom } from './support/room';
import { SHOTS, waitForTestId } from './support/screens';

const LABELS = { mentor: 'Recruiter', mentee: 'Student' };
/** "Mentor", "mentees", …: a word no printable of this event should print. */
const DEFAULT_WORDS = /\bment(or|ee)s?\b/i;
const PLANNED = Date.UTC(2030, 5, 14, 17, 30);

describe.skipIf(!chromiumPath)('printables in the event’s role words (Chromium)', () => {
  // 3 recruiters, 5 students, 2 seats a table: one student sits out each round.
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 120, rounds: 3, tableCapacity: 2 } });

  beforeAll(async () => {
    const view = await room.ev.api<any>(`/api/events/${room.ev.eventId}`, {
      method: 'PATCH',
      body: { labels: LABELS, plannedStartAt: PLANNED, name: 'Spring Career Fair' },
    });
    expect(view.event.labels).toEqual(LABELS);
  });

  async function open(kind: string): Promise<Page> {
    const page = await room.open(
      `${room.server.url}/organize/${room.ev.eventId}/print/${kind}#key=${room.ev.organizerKey}`,
      {
        viewport: { width: 1100, height: 1000 },
        timezoneId: 'UTC',
        locale: 'en-GB',
      },
    );
    await waitForTestId(page, 'print-sheets');
    // The test server's links are localhost ones (tests/e2e/lan-links.test.ts covers the refusal).
    await page.getByTestId('print-anyway').check();
    await page.locator('[data-testid="print-sheets"][data-fitted="true"]').waitFor();
    return page;
  }

  /** What the printable says, the organizer's notes above the sheets included. */
  const printed = (page: Page) => page.getByTestId('print-sheets').innerText();

  it('personal cards: Recruiter · table … and Student, the rounds headed Students / Recruiter', async () => {
    const page = await open('cards');
    const cards = page.getByTestId('person-card');
    expect(await cards.count()).toBe(8);
    const grace = room.ev.mentors.find((m) => m.name === 'Grace Hopper')!;
    const zoe = room.ev.mentees.find((m) => m.name === 'Zoë Martin')!;
    const graceCard = page.locator(`[data-testid="person-card"][data-person="${grace.id}"]`);
    const zoeCard = page.locator(`[data-testid="person-card"][data-person="${zoe.id}"]`);
    expect(await graceCard.locator('.card-role').innerText()).toBe('Recruiter · table T1');
    expect(await graceCard.locator('thead th').last().textContent()).toBe('Students');
    expect(await zoeCard.locator('.card-role').innerText()).toBe('Student');
    expect(await zoeCard.locator('thead th').last().textContent()).toBe('Recruiter');
    // Names aside (none of the seeded people is called Mentor), no default role word anywhere.
    expect(await printed(page)).not.toMatch(DEFAULT_WORDS);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page
      .locator('.sheet')
      .first()
      .screenshot({ path: `${SHOTS}/labels-print.png`, scale: 'css' });
  });

  it('table tents and the wall sheet: the notes and the index in the event’s words', async () => {
    const tents = await open('tents');
    expect(await tents.getByTestId('table-tent').count()).toBe(3);
    const tentText = await printed(tents);
    expect(tentText).toContain('the QR code faces the recruiter');
    expect(tentText).not.toMatch(DEFAULT_WORDS);
    expect(await seriousViolations(tents)).toEqual([]);

    const sheet = await open('sheet');
    const index = sheet.getByTestId('index-page');
    expect(await index.locator('.wall-head p').innerText()).toMatch(/^Students A–Z: find your name/);
    expect(await index.locator('thead th').first().textContent()).toBe('Student');
    const sheetText = await printed(sheet);
    expect(sheetText).toContain('then the students A–Z');
    expect(sheetText).not.toMatch(DEFAULT_WORDS);
    expect(await seriousViolations(sheet)).toEqual([]);
  });
});
