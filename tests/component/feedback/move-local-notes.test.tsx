import { cleanup, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteKey } from '../../../client/screens/mentor/private-notes';
import { meeting, meetingsAnswer, settleMicrotasks } from '../support/feedback-fixtures';
import { runningClock } from '../support/fixtures';
import { renderPhone } from './render-feedback';

const ZOE_KEY = noteKey('ev1', 'm1', 'e1');
const LI_KEY = noteKey('ev1', 'm1', 'e2');

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("a mentor's notes from this device move to the server", () => {
  it('once my meetings are known: a note is sent for a meeting without one, then forgotten here', async () => {
    localStorage.setItem(ZOE_KEY, 'Send her the paper on COBOL');
    localStorage.setItem(LI_KEY, 'Old thought');
    const { senders, setMeetings } = renderPhone('mentor', runningClock(0, 60_000));
    await settleMicrotasks();
    expect(senders.calls).toEqual([]);
    setMeetings(
      meetingsAnswer([
        meeting(1, 'e1', 'Zoë'),
        // 李雷's meeting has a note on the server already: it is not overwritten.
        meeting(1, 'e2', '李雷', { feedback: { rating: 4, followUp: false, note: 'Newer thought' } }),
      ]),
    );
    await settleMicrotasks();
    expect(senders.calls.map((c) => c.payload)).toEqual([
      { round: 1, withId: 'e1', note: 'Send her the paper on COBOL' },
    ]);
    expect(localStorage.getItem(ZOE_KEY)).toBeNull();
    expect(localStorage.getItem(LI_KEY)).toBe('Old thought');
    const zoe = within(screen.getByTestId('feedback-1-e1'));
    expect(zoe.getByLabelText('Private note (only you see it)')).toHaveValue('Send her the paper on COBOL');
    // A later answer does not send it again.
    setMeetings(meetingsAnswer([meeting(1, 'e1', 'Zoë'), meeting(1, 'e2', '李雷')]));
    await settleMicrotasks();
    expect(senders.calls.filter((c) => c.kind === 'feedback' && c.payload.withId === 'e1')).toHaveLength(1);
  });

  it('the mentee card at the table has no note field of its own any more', () => {
    renderPhone('mentor', runningClock(0, 60_000));
    const now = within(screen.getByTestId('now-group'));
    expect(now.queryByRole('textbox')).toBeNull();
    expect(screen.queryByText('(stays on this device)')).toBeNull();
  });
});
