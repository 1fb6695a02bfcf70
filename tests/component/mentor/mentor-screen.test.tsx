import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { MentorScreen } from '../../../client/screens/mentor/mentor-screen';
import { GRACE_ROUNDS, T0, finishedClock, idleClock, mentorMe, runningClock } from '../support/fixtures';

function setup(clock0: ClockSnapshot, me0: PersonPage = mentorMe()) {
  const [clock, setClock] = createSignal(clock0);
  const [now, setNow] = createSignal(T0);
  const [me, setMe] = createSignal(me0);
  render(() => <MentorScreen me={me()} clock={clock()} serverNow={now} />);
  return { setClock, setNow, setMe };
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('MentorScreen', () => {
  it('shows who sits at the table now with their questions, and who arrives next with theirs', () => {
    setup(runningClock(0, 5 * 60_000));
    const now = screen.getByTestId('now-group');
    expect(within(now).getByRole('heading', { level: 2 })).toHaveTextContent('At your table now (round 1)');
    expect(within(now).getByText('Zoë')).toHaveAttribute('dir', 'auto');
    expect(within(now).getByText('How did you start?')).toBeInTheDocument();
    expect(within(now).getByText('No questions prepared.')).toBeInTheDocument();
    const next = screen.getByTestId('next-group');
    expect(within(next).getByRole('heading', { level: 2 })).toHaveTextContent('Arriving next (round 2)');
    expect(within(next).getByText('Sam Okafor')).toBeInTheDocument();
    expect(within(next).getByText('Is a PhD worth it?')).toBeInTheDocument();
    expect(screen.getByTestId('countdown')).toHaveTextContent('5:00');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('T1 Grace Hopper');
  });

  it('in a changeover shows the mentees arriving now', () => {
    setup(runningClock(1, 60_000));
    expect(screen.getByTestId('now-group')).toHaveTextContent('Arriving now (round 2)');
    expect(screen.getByTestId('now-group')).toHaveTextContent('Sam Okafor');
    expect(screen.getByTestId('next-group')).toHaveTextContent('No one at your table in round 3.');
  });

  it('says clearly when the table rests', () => {
    setup(runningClock(4, 60_000));
    expect(screen.getByTestId('rest')).toHaveTextContent('No one at your table this round');
    expect(screen.getByText('This is the last round.')).toBeInTheDocument();
  });

  it('when the round changes, keeps the questions it already knows through the page the server pushes', () => {
    // Asking is the server's job now (it pushes a page on a round change): see person-page.test.
    const { setClock, setMe } = setup(runningClock(0, 60_000));
    setClock(runningClock(1, 120_000, T0, 2));
    expect(screen.getByTestId('now-group')).toHaveTextContent('Which language first?');
    // The pushed page carries questions only for rounds 2 and 3; Sam's are still on screen.
    setMe(
      mentorMe({
        rounds: [
          { ...GRACE_ROUNDS[0]!, mentees: GRACE_ROUNDS[0]!.mentees.map(({ id, name }) => ({ id, name })) },
          { ...GRACE_ROUNDS[1]!, mentees: [{ id: 'e3', name: 'Sam Okafor' }] },
          GRACE_ROUNDS[2]!,
        ],
      }),
    );
    expect(screen.getByTestId('now-group')).toHaveTextContent('Which language first?');
    setClock(runningClock(1, 119_000, T0, 3));
    expect(screen.getByTestId('now-group')).toHaveTextContent('Which language first?');
  });

  it('before the start shows the first mentees; after the end says thank you', () => {
    setup(idleClock());
    expect(screen.getByTestId('now-group')).toHaveTextContent('Your first mentees (round 1)');
    expect(screen.queryByTestId('countdown')).toBeNull();
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Not started yet');
    cleanup();
    setup(finishedClock());
    expect(screen.getByRole('heading', { name: 'The event has ended' })).toBeInTheDocument();
  });

  it('says when the schedule is not planned yet', () => {
    setup(runningClock(0, 60_000), mentorMe({ rounds: [] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Your schedule is not ready yet' })).toBeInTheDocument();
    expect(screen.getByText('Your mentees appear here as soon as the organizer has planned the rounds.')).toHaveClass(
      'muted',
    );
    expect(screen.queryByTestId('now-group')).toBeNull();
  });

  it('lists every round with its mentees', () => {
    setup(runningClock(2, 60_000));
    const rows = screen.getByTestId('schedule').querySelectorAll('tbody tr');
    expect(rows[0]).toHaveTextContent('Done');
    expect(rows[0]).toHaveTextContent('Zoë, 李雷');
    expect(rows[1]).toHaveTextContent('Now');
    expect(rows[2]).toHaveTextContent('Table rests');
  });
});
