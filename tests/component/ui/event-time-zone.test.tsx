import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { foreignEventZone, setEventTimeZone } from '../../../client/live/event-time-zone';
import { phoneTime } from '../../../client/live/phone-time';
import type { ScheduleRow } from '../../../client/live/schedule-rows';
import { ScheduleTable } from '../../../client/ui/schedule-table';

// The event's time zone on a phone (issue 19): times of day in it, and a note where the phone's own zone differs.

const AT = Date.UTC(2030, 5, 14, 17, 30); // 19:30 in Berlin, 13:30 in New York
const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** A zone that is surely not this machine's, with a different offset at AT. */
const elsewhere = device === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';

const rows: ScheduleRow[] = [
  { round: 1, state: 'upcoming', startsAt: AT, entry: { round: 1, table: 'T1', mentor: null, mentees: [] } as never },
];
const table = () =>
  render(() => (
    <ScheduleTable caption="Your schedule" rows={rows} whereHeader="Table" where={() => 'T1'} timeText={phoneTime} />
  ));

afterEach(() => {
  cleanup();
  setEventTimeZone(undefined);
});

describe('the event time zone on the phone', () => {
  it("writes times in the event's zone, whatever the phone's", () => {
    setEventTimeZone('Europe/Berlin');
    expect(phoneTime(AT, 'de')).toBe('19:30');
    setEventTimeZone('America/New_York');
    expect(phoneTime(AT, 'en')).toMatch(/^1:30 PM$/);
  });

  it('says which zone the times are in only when the phone is in another', () => {
    setEventTimeZone(elsewhere);
    table();
    expect(screen.getByTestId('time-zone-note')).toHaveTextContent(
      `Times are in the event’s time zone, ${elsewhere.replace(/_/g, ' ')}.`,
    );
    cleanup();
    setEventTimeZone(device);
    table();
    expect(screen.queryByTestId('time-zone-note')).toBeNull();
    cleanup();
    setEventTimeZone(undefined);
    table();
    expect(screen.queryByTestId('time-zone-note')).toBeNull();
  });

  it('takes an alias of the phone zone for the same zone', () => {
    setEventTimeZone('Asia/Kolkata');
    expect(foreignEventZone('Asia/Calcutta')).toBeNull();
    expect(foreignEventZone('Europe/Berlin')).toBe('Asia/Kolkata');
  });
});
