/**
 * Printables in the event's time zone (issue 19, `settings.timeZone`): the room reads the paper
 * by its own clocks, so a card, the wall sheet and the projector sign print the event's times,
 * whatever the zone of the computer that printed them, and say which zone once where it is not
 * that computer's.
 */
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { showLanguage } from '../../../client/i18n/current-language';
import PersonCards from '../../../client/screens/print/person-cards';
import type { PrintContext } from '../../../client/screens/print/print-context';
import { printClock } from '../../../client/screens/print/print-time';
import ProjectorSign from '../../../client/screens/print/projector-sign';
import WallSheet from '../../../client/screens/print/wall-sheet';
import type { EventInfo, OrganizerView } from '../../../shared/protocol/views';
import { viewFixture } from '../organizer/fixtures';

const START = Date.UTC(2030, 2, 14, 20, 0); // Friday 15 March, 05:00 in Tokyo; Thursday 14 March, 21:00 in Berlin
const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** A zone that is surely not this machine's, with another offset at START (as in event-time-zone.test). */
const elsewhere = device === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';
const BERLIN = { tag: 'en-US', timeZone: 'Europe/Berlin' };

const schedule = {
  mentors: [{ id: 'm1', name: 'Grace Hopper', table: 'T1' }],
  mentees: [{ id: 'e1', name: 'Zoë' }],
  rounds: [{ round: 1, tables: [{ mentorId: 'm1', menteeIds: ['e1'] }], byes: [] }],
};

function ctx(event: Partial<EventInfo>): PrintContext {
  const base = viewFixture();
  const view = { ...base, event: { ...base.event, ...event }, schedule } as OrganizerView;
  const clock = printClock(view.event);
  return {
    view: () => view,
    times: () => [START],
    basis: () => 'planned',
    timeText: clock.timeText,
    dateText: clock.dateText,
    zone: () => clock.zone,
    paper: () => 'a4',
    orientation: 'portrait',
  };
}

beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() } });
});
afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

describe('the print clock', () => {
  it("writes times and dates in the event's zone, not the printing computer's", () => {
    const tokyo = printClock({ locale: 'en', timeZone: 'Asia/Tokyo' }, BERLIN);
    expect(tokyo.timeText(START)).toBe('5:00 AM');
    expect(tokyo.dateText(START)).toBe('Friday, March 15, 2030');
    const berlin = printClock({ locale: 'de', timeZone: 'Europe/Berlin' }, BERLIN);
    expect(berlin.timeText(START)).toBe('21:00');
    expect(berlin.dateText(START)).toBe('Donnerstag, 14. März 2030');
  });

  it('names the zone only when it is not the computer’s, and keeps the computer’s when the event has none', () => {
    expect(printClock({ timeZone: 'Asia/Tokyo' }, BERLIN).zone).toBe('Asia/Tokyo');
    expect(printClock({ timeZone: 'Europe/Berlin' }, BERLIN).zone).toBeNull();
    const none = printClock({}, BERLIN);
    expect(none.zone).toBeNull();
    expect(none.timeText(START)).toBe(
      new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(START).replace(/\u202f/g, ' '),
    );
  });

  it('keeps Latin digits for Arabic, as the phone does', () => {
    expect(printClock({ locale: 'ar', timeZone: 'Asia/Tokyo' }, BERLIN).timeText(START)).toMatch(/^5:00/);
  });
});

describe('printables in the event time zone', () => {
  it("the projector sign prints the event's time and names the zone once", () => {
    render(() => <ProjectorSign ctx={ctx({ locale: 'en', timeZone: elsewhere })} />);
    const expected = printClock({ locale: 'en', timeZone: elsewhere }, { tag: 'en-US', timeZone: device });
    expect(screen.getByTestId('projector-sign')).toHaveTextContent(expected.timeText(START));
    expect(expected.timeText(START)).not.toBe(
      printClock({ locale: 'en' }, { tag: 'en-US', timeZone: device }).timeText(START),
    );
    expect(screen.getAllByTestId('print-zone')).toHaveLength(1);
    expect(screen.getByTestId('print-zone')).toHaveTextContent(
      `Times are in the event’s time zone, ${elsewhere.replace(/_/g, ' ')}.`,
    );
  });

  it('each card and each wall page say the zone, in the event language', async () => {
    await showLanguage('de');
    render(() => <PersonCards ctx={ctx({ locale: 'de', timeZone: elsewhere })} />);
    const cards = screen.getAllByTestId('person-card');
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(within(card).getByTestId('print-zone')).toHaveTextContent(
        `Die Zeiten gelten in der Zeitzone der Veranstaltung, ${elsewhere.replace(/_/g, ' ')}.`,
      );
    }
    cleanup();
    render(() => <WallSheet ctx={ctx({ locale: 'de', timeZone: elsewhere })} />);
    expect(screen.getAllByTestId('wall-page')[0]).toHaveTextContent('Zeitzone der Veranstaltung');
  });

  it('says nothing of the zone when the event is in the printing computer’s', () => {
    render(() => <ProjectorSign ctx={ctx({ timeZone: device })} />);
    expect(screen.queryByTestId('print-zone')).toBeNull();
  });
});
