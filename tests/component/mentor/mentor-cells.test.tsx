/**
 * The mentor's page over the matrix of phase × the round after: a mentor stays at their table
 * and is told who comes; in a break the mentees arrive after the break; the last minute buzzes
 * and turns the time card red; marked as gone, one message with "I'm here after all".
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MyRound, PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { CheckInResult } from '../../../client/ui/check-in-card';
import { MentorScreen } from '../../../client/screens/mentor/mentor-screen';
import { CELL_AFTERS, CELL_PHASES, cellEvent, cellRounds, pageRound, type CellPhase } from '../live/phase-cells';
import { GRACE_ROUNDS, T0, finishedClock, mentorMe, runningClock } from '../support/fixtures';

function setup(clock0: ClockSnapshot, me0: PersonPage, hereAfterAll?: () => Promise<CheckInResult>) {
  const [clock, setClock] = createSignal(clock0);
  const [me, setMe] = createSignal(me0);
  const [now, setNow] = createSignal(T0);
  render(() => <MentorScreen me={me()} clock={clock()} serverNow={now} hereAfterAll={hereAfterAll} />);
  return { setClock, setMe, setNow };
}
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Grace at T1: Sam in the round the page is about, Priya in the round after (or no one). */
const round = (r: number, seated: boolean, name: string): MyRound => ({
  round: r,
  table: seated ? 'T1' : null,
  mentorId: 'm1',
  mentorName: 'Grace Hopper',
  topics: [],
  mentees: seated ? [{ id: `e${r}`, name, questions: [`Question of ${name}`] }] : [],
});

describe('the matrix: phase × the round after (mentees at the table in the round the page is about)', () => {
  const LABEL: Record<CellPhase, (n: number) => string> = {
    before: () => 'Not started yet',
    meeting: (n) => `Round 2 of ${n} — talk`,
    changeover: (n) => `Stay at T1 — round 2 of ${n} starts in`,
    break: (n) => `Break — round 2 of ${n} at T1 starts in`,
    ended: () => 'The event has ended',
    paused: (n) => `Round 2 of ${n} — talk`,
  };
  const HEADING: Record<CellPhase, string> = {
    before: 'Your first mentees (round 1)',
    meeting: 'At your table now (round 2)',
    changeover: 'Arriving now (round 2)',
    break: 'Arriving after the break (round 2)',
    ended: '',
    paused: 'At your table now (round 2)',
  };

  it.each(CELL_PHASES.flatMap((phase) => CELL_AFTERS.map((after) => [phase, after] as const)))(
    '%s, then %s',
    (phase, after) => {
      const { event, clock } = cellEvent(phase, after);
      const p = pageRound(phase);
      const rounds = cellRounds(phase, after, (r, seated) => round(r, seated, r > p ? 'Priya Raman' : 'Sam Okafor'));
      setup(clock, mentorMe({ event, rounds, clock }));
      expect(screen.getByTestId('phase-label').textContent).toBe(LABEL[phase](event.rounds));
      expect(screen.queryByText(/Move to your next table|go to/i)).toBeNull();
      if (phase === 'ended') {
        expect(screen.getByRole('heading', { level: 2, name: 'The event has ended' })).toBeInTheDocument();
        expect(screen.queryByTestId('now-group')).toBeNull();
        return;
      }
      const now = screen.getByTestId('now-group');
      expect(within(now).getByRole('heading', { level: 2 })).toHaveTextContent(HEADING[phase]);
      expect(within(now).getByText('Question of Sam Okafor')).toBeInTheDocument();
      // Under the digits, in a changeover or break: who comes.
      expect(screen.queryByTestId('phase-caption')?.textContent ?? null).toBe(
        phase === 'changeover' || phase === 'break' ? 'Next: Sam Okafor' : null,
      );
      if (after === 'none') {
        expect(screen.queryByTestId('next-group')).toBeNull();
        expect(screen.getByText('This is the last round.')).toBeInTheDocument();
      } else {
        const next = screen.getByTestId('next-group');
        expect(within(next).getByRole('heading', { level: 2 })).toHaveTextContent(`Arriving next (round ${p + 1})`);
        if (after === 'seated') expect(next).toHaveTextContent('Question of Priya Raman');
        else expect(next).toHaveTextContent(`No one at your table in round ${p + 1}.`);
      }
      expect(screen.queryByTestId('clock-note')?.textContent ?? null).toBe(phase === 'paused' ? 'Paused' : null);
    },
  );
});

describe('a mentor in a changeover', () => {
  it('to a round where the table rests: told to stay, and that no one comes', () => {
    setup(runningClock(3, 60_000), mentorMe());
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Stay at T1 — round 3 of 3 starts in');
    expect(screen.getByTestId('phase-caption')).toHaveTextContent('Next: no one — your table rests this round');
    expect(screen.getByTestId('rest')).toHaveTextContent('No one comes to your table in round 3 — take a breather.');
    expect(screen.getByTestId('phase-announcer')).toHaveTextContent(
      'Stay at T1 — round 3 of 3. No one comes to your table in round 3.',
    );
  });
});

describe("a mentor's last minute", () => {
  it('buzzes gently and turns the time card red with "Last minute"', () => {
    const vibrate = vi.fn(() => true);
    vi.stubGlobal('navigator', { ...navigator, vibrate, language: 'en-US' });
    const { setNow } = setup(runningClock(0, 60_500), mentorMe());
    expect(vibrate).not.toHaveBeenCalled();
    setNow(T0 + 1_000);
    expect(vibrate).toHaveBeenCalledWith([120, 100, 120]);
    expect(screen.getByLabelText('Time')).toHaveClass('last-minute');
    expect(screen.getByTestId('clock-note')).toHaveTextContent('Last minute');
  });
});

describe('a mentor marked as gone', () => {
  const gone = (over: Partial<PersonPage> = {}) =>
    mentorMe({ person: { ...mentorMe().person, attendance: 'left' }, ...over });

  it('sees one message with "I’m here after all", then that the organizer was told', async () => {
    const here = vi.fn(async (): Promise<CheckInResult> => ({ ok: true }));
    const resting = GRACE_ROUNDS.map((r, i) => (i === 0 ? r : { ...r, table: null, mentees: [] }));
    const { setMe } = setup(runningClock(1, 60_000), gone({ rounds: resting }), here);
    expect(screen.getByRole('heading', { level: 2, name: 'You are marked as gone' })).toBeInTheDocument();
    expect(screen.queryByTestId('now-group')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'I’m here after all' }));
    await waitFor(() => expect(here).toHaveBeenCalled());
    setMe(mentorMe({ rounds: resting }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The organizer was told you are here' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/They can send you mentees from the next round/)).toBeInTheDocument();
    // Still placed (the organizer had not applied the change): the table, as before.
    setMe(mentorMe());
    expect(screen.getByTestId('now-group')).toHaveTextContent('Arriving now (round 2)');
  });

  it('after the end is thanked as one who left early', () => {
    setup(finishedClock(), gone());
    expect(
      screen.getByText('You left before the end. Thank you for mentoring! Your notes stay on this device.'),
    ).toBeInTheDocument();
  });
});
