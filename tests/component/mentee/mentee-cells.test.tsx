/**
 * The mentee's page over the matrix of phase × the round after, and what it says when
 * sitting out, in a break, paused, in the last minute, with a mentor's bio, and marked absent.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyRound, PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { CheckInResult } from '../../../client/ui/check-in-card';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { CELL_AFTERS, CELL_PHASES, cellEvent, cellRounds, pageRound, type CellPhase } from '../live/phase-cells';
import { T0, ZOE_ROUNDS, finishedClock, menteeMe, runningClock } from '../support/fixtures';

const GRACE = {
  mentorId: 'm1',
  mentorName: 'Grace Hopper',
  table: 'T1',
  topics: ['Compilers'],
  mentorBio: 'Rear admiral.\nWrote the first compiler.',
};
const OMAR = { mentorId: 'm3', mentorName: 'عمر', table: 'T3', topics: ['تصميم'], mentorBio: 'Designs things.' };
const bye = (round: number): MyRound => ({
  round,
  table: null,
  mentorId: null,
  mentorName: null,
  topics: [],
  mentees: [],
});

function setup(clock0: ClockSnapshot, me0: PersonPage, hereAfterAll?: () => Promise<CheckInResult>, now0 = T0) {
  const [clock, setClock] = createSignal(clock0);
  const [me, setMe] = createSignal(me0);
  const [now, setNow] = createSignal(now0);
  render(() => (
    <MenteeScreen
      me={me()}
      clock={clock()}
      serverNow={now}
      saveQuestions={async (questions) => ({ ok: true, data: { questions } })}
      hereAfterAll={hereAfterAll}
    />
  ));
  return { setClock, setMe, setNow };
}
afterEach(cleanup);

describe('the matrix: phase × the round after (seated at the round the page is about)', () => {
  const LABEL: Record<CellPhase, (n: number) => string> = {
    before: () => 'Not started yet',
    meeting: (n) => `Round 2 of ${n} — talk`,
    changeover: (n) => `Round 2 of ${n} — go to T1 · Grace Hopper`,
    break: (n) => `Break — then round 2 of ${n} at T1 · Grace Hopper`,
    ended: () => 'The event has ended',
    paused: (n) => `Round 2 of ${n} — talk`,
  };
  const LEAD: Record<CellPhase, string> = {
    before: 'Your first table (round 1)',
    meeting: 'Your table now',
    changeover: 'Go to',
    break: 'After the break, go to',
    ended: '',
    paused: 'Your table now',
  };
  const NEXT = {
    seated: (r: number) => `Round ${r}: T3 · عمر`,
    out: (r: number) => `Round ${r}: you sit out.`,
    none: () => 'This is your last round.',
  };

  it.each(CELL_PHASES.flatMap((phase) => CELL_AFTERS.map((after) => [phase, after] as const)))(
    '%s, then %s',
    (phase, after) => {
      const { event, clock } = cellEvent(phase, after);
      const rounds = cellRounds(phase, after, (r, seated) =>
        seated ? { round: r, ...(r > pageRound(phase) ? OMAR : GRACE), mentees: [] } : bye(r),
      );
      setup(clock, menteeMe({ event, rounds, clock }));
      const n = event.rounds;
      expect(screen.getByTestId('phase-label').textContent).toBe(LABEL[phase](n));
      expect(screen.queryByText('Move to your next table')).toBeNull();
      if (phase === 'ended') {
        expect(screen.getByTestId('focus')).toHaveTextContent('The event has ended');
        expect(screen.queryByTestId('next')).toBeNull();
        expect(screen.queryByTestId('countdown')).toBeNull();
        return;
      }
      const focus = screen.getByTestId('focus');
      expect(within(focus).getByText(LEAD[phase])).toHaveClass('lead');
      expect(screen.getByTestId('my-table')).toHaveTextContent('T1 with Grace Hopper');
      // The round after: its line, shown on the Next card (with the next mentor's topics and bio).
      const next = screen.getByTestId('next');
      expect(next.querySelector('.next-text')?.textContent).toBe(`Next ${NEXT[after](pageRound(phase) + 1)}`);
      expect(within(next).queryByText('Designs things.') !== null).toBe(after === 'seated');
      expect(screen.queryByTestId('clock-note')?.textContent ?? null).toBe(phase === 'paused' ? 'Paused' : null);
      expect(screen.queryByTestId('countdown') !== null).toBe(phase !== 'before');
    },
  );
});

describe('sitting out the coming round', () => {
  it('in the changeover: told to sit out round 2, not to move; when and where next; no second Next line', () => {
    setup(runningClock(1, 90_000), menteeMe());
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Round 2 of 3 — you sit out');
    const card = screen.getByTestId('bye');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('You sit out round 2');
    expect(card.textContent).toMatch(/Your next meeting: round 3 at \d{1,2}:\d\d.*, T3 · عمر\./);
    expect(screen.queryByTestId('next')).toBeNull();
  });

  it('the last round: one message, not "This is your last round" under "You sit out"', () => {
    setup(runningClock(3, 90_000), menteeMe({ rounds: [ZOE_ROUNDS[0]!, ZOE_ROUNDS[1]!, bye(3)] }));
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Round 3 of 3 — you sit out');
    expect(screen.getByTestId('bye')).toHaveTextContent(
      'You sit out round 3You have no more meetings. Thank you for taking part!',
    );
    expect(screen.queryByTestId('next')).toBeNull();
    expect(screen.queryByText(/your last round/)).toBeNull();
  });
});

describe("the mentors' bio and topics", () => {
  it('on the now card in full, and folded on the Next card', () => {
    const rounds = [
      { round: 1, ...GRACE, mentees: [] },
      { round: 2, ...OMAR, mentees: [] },
    ];
    setup(runningClock(0, 300_000), menteeMe({ rounds }));
    const focus = screen.getByTestId('focus');
    expect(within(focus).getByTestId('mentor-bio').textContent).toBe('Rear admiral.\nWrote the first compiler.');
    expect(within(focus).getByRole('list', { name: 'Topics of Grace Hopper' })).toHaveTextContent('Compilers');
    const next = screen.getByTestId('next');
    expect(within(next).getByRole('list', { name: 'Topics of عمر' })).toHaveTextContent('تصميم');
    const fold = next.querySelector('details')!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')).toHaveTextContent('About عمر');
    expect(within(next).getByTestId('mentor-bio')).toHaveTextContent('Designs things.');
    expect(within(next).getByTestId('mentor-bio')).toHaveAttribute('dir', 'auto');
  });

  it('without a bio or topics there is nothing empty to show', () => {
    setup(runningClock(0, 300_000), menteeMe());
    expect(screen.queryByTestId('mentor-bio')).toBeNull();
    expect(within(screen.getByTestId('next')).queryByRole('list')).toBeNull();
  });
});

describe('the last minute and the pause, in colour and in words', () => {
  it('the time card turns red and says "Last minute" a minute before the meeting ends', () => {
    const { setNow } = setup(runningClock(0, 61_000), menteeMe());
    const bar = screen.getByLabelText('Time');
    expect(bar).not.toHaveClass('last-minute');
    expect(screen.queryByTestId('clock-note')).toBeNull();
    setNow(T0 + 1_000);
    expect(bar).toHaveClass('last-minute');
    expect(bar).toHaveAttribute('data-cue', 'last-minute');
    expect(screen.getByTestId('countdown')).toHaveAttribute('data-cue', 'last-minute');
    expect(screen.getByTestId('clock-note')).toHaveTextContent('Last minute');
  });

  it('not in a changeover', () => {
    setup(runningClock(1, 30_000), menteeMe());
    expect(screen.getByLabelText('Time')).not.toHaveClass('last-minute');
  });
});

describe('marked as not here', () => {
  // Taken off the coming rounds: round 1 was theirs, rounds 2 and 3 have no seat.
  const away = (attendance: 'absent' | 'left') =>
    menteeMe({ person: { ...menteeMe().person, attendance }, rounds: [ZOE_ROUNDS[0]!, bye(2), bye(3)] });

  it('says so once, in place of the table, with "I’m here after all"; then that the organizer was told', async () => {
    let answer: (r: CheckInResult) => void = () => undefined;
    const here = vi.fn(() => new Promise<CheckInResult>((resolve) => (answer = resolve)));
    const { setMe } = setup(runningClock(1, 90_000), away('absent'), here);
    const focus = screen.getByTestId('focus');
    expect(within(focus).getByRole('heading', { level: 2 })).toHaveTextContent('You are marked as not here');
    expect(screen.queryByText(/Thank you for taking part/)).toBeNull();
    expect(screen.queryByTestId('bye')).toBeNull();
    expect(screen.queryByTestId('next')).toBeNull();
    fireEvent.click(within(focus).getByRole('button', { name: 'I’m here after all' }));
    expect(await within(focus).findByRole('button', { name: 'Telling the organizer…' })).toBeDisabled();
    answer({ ok: true });
    // The snapshot that follows says present; the seat waits for the organizer.
    setMe({ ...away('absent'), person: { ...away('absent').person, attendance: 'present' } });
    await waitFor(() =>
      expect(within(focus).getByRole('heading', { level: 2 })).toHaveTextContent('The organizer was told you are here'),
    );
    expect(focus).toHaveTextContent('They can seat you from the next round.');
    expect(here).toHaveBeenCalledTimes(1);
    // The organizer applies: a seat in round 3, and the page shows it.
    setMe({ ...away('absent'), person: { ...away('absent').person, attendance: 'present' }, rounds: ZOE_ROUNDS });
    expect(screen.getByTestId('bye')).toHaveTextContent('You sit out round 2');
    expect(screen.getByTestId('bye')).toHaveTextContent('T3 · عمر');
  });

  it('a refused message says why and offers the button again', async () => {
    const here = vi.fn(async () => ({ ok: false as const, message: 'No connection to the server. Try again.' }));
    setup(runningClock(0, 90_000), away('left'), here);
    expect(screen.getByRole('heading', { level: 2, name: 'You are marked as gone' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'I’m here after all' }));
    expect(await screen.findByText('No connection to the server. Try again.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'I’m here after all' })).toBeEnabled();
  });

  it('after the end, a no-show is not thanked for taking part', () => {
    setup(finishedClock(), away('absent'));
    expect(screen.getByTestId('focus')).toHaveTextContent(
      'The event has endedYou were marked as not here, so you had no table. We hope to see you next time!',
    );
    expect(screen.queryByText(/Thank you for taking part/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'I’m here after all' })).toBeNull();
  });
});
