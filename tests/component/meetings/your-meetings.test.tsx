import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { formatClockTime } from '../../../client/live/clock-time';
import { YourMeetings } from '../../../client/screens/meetings/your-meetings';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import { T0 } from '../support/fixtures';
import { menteeAnswer, mentorAnswer } from './fixtures';

afterEach(cleanup);

const noDownload = async (_kind: 'ics' | 'csv') => {};
function show(answer: MeetingsAnswer, viewer: 'mentor' | 'mentee', download = noDownload) {
  render(() => <YourMeetings answer={answer} download={download} viewer={viewer} />);
}
const card = (round: number, id: string) => screen.getByTestId(`met-${round}-${id}`);

describe('Your meetings', () => {
  it('lists the meetings by round with the time, the table, and whom I met', () => {
    show(menteeAnswer(), 'mentee');
    const first = screen.getByTestId('meeting-round-1');
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent(
      `Round 1 · ${formatClockTime(T0, null)} · Table T1`,
    );
    expect(
      within(first)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Grace Hopper Mentor', '李雷 Mentee']);
    expect(screen.getByTestId('meeting-round-2').querySelector('h2')).toHaveTextContent(
      'Round 2 · time unknown · Table T3',
    );
  });

  it('shows my rating, note and "stay in touch" as I gave them, and says when I gave nothing', () => {
    show(menteeAnswer(), 'mentee');
    const grace = within(card(1, 'm1'));
    expect(grace.getByTestId('met-rating')).toHaveTextContent('5 of 5');
    expect(grace.getByTestId('met-note')).toHaveTextContent('Read the COBOL paper.');
    expect(grace.getByTestId('met-follow-up')).toHaveTextContent('You said yes');
    const li = within(card(1, 'e2'));
    expect(li.getByTestId('met-rating')).toHaveTextContent('Not rated');
    expect(li.getByTestId('met-note')).toHaveTextContent('No note');
    expect(li.getByTestId('met-follow-up')).toHaveTextContent('You did not ask');
  });

  it("shows the other's contact only when the follow-up is mutual", () => {
    show(menteeAnswer(), 'mentee');
    expect(within(card(1, 'm1')).getByTestId('met-contact')).toHaveTextContent('grace@example.org');
    expect(card(1, 'e2')).not.toHaveTextContent('li@example.org');
    expect(within(card(1, 'e2')).queryByTestId('met-mutual')).toBeNull();
    // Mutual, but nothing shared yet.
    expect(within(card(2, 'm3')).getByTestId('met-mutual')).toHaveTextContent('They have not shared a contact.');
    expect(within(card(2, 'm3')).queryByTestId('met-contact')).toBeNull();
  });

  it("shows a mentee's questions to the mentor who met them", () => {
    show(mentorAnswer(), 'mentor');
    const zoe = within(card(1, 'e1'));
    expect(zoe.getByText('Their questions')).toBeInTheDocument();
    expect(zoe.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'How did you start?',
      'Which book first?',
    ]);
    expect(card(1, 'e2')).toHaveTextContent('They prepared no questions.');
  });

  it('never shows a fellow mentee’s questions to a mentee', () => {
    show(menteeAnswer(), 'mentee');
    expect(card(1, 'e2')).not.toHaveTextContent('How do I start?');
    expect(screen.queryByText('Their questions')).toBeNull();
  });

  it('downloads the calendar and the spreadsheet, and says why a download failed', async () => {
    const download = vi.fn(async (kind: 'ics' | 'csv') => {
      if (kind === 'csv') throw new ApiError(503, 'unavailable', 'the server is busy');
    });
    show(menteeAnswer(), 'mentee', download);
    fireEvent.click(screen.getByRole('button', { name: 'Calendar (.ics)' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Calendar (.ics)' })).toBeEnabled());
    expect(download).toHaveBeenLastCalledWith('ics');
    expect(screen.getByTestId('meeting-downloads-status')).toBeEmptyDOMElement();
    fireEvent.click(screen.getByRole('button', { name: 'Spreadsheet (.csv)' }));
    await waitFor(() =>
      expect(screen.getByTestId('meeting-downloads-status')).toHaveTextContent(
        'Could not download: the server is busy',
      ),
    );
    expect(download).toHaveBeenLastCalledWith('csv');
    expect(download).toHaveBeenCalledTimes(2);
  });

  it('says so when there were no meetings, with nothing to download', () => {
    show(menteeAnswer({ meetings: [] }), 'mentee');
    expect(screen.getByTestId('no-meetings')).toHaveTextContent('You had no meetings at this event.');
    expect(screen.queryByRole('button', { name: 'Calendar (.ics)' })).toBeNull();
  });
});
