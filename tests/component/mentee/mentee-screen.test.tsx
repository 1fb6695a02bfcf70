import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { Ack } from '../../../shared/schemas/errors';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { T0, finishedClock, menteeMe, runningClock } from '../support/fixtures';

type Save = (q: string[]) => Promise<Ack<{ questions: string[] }>>;

function setup(clock0: ClockSnapshot, opts: { me?: PersonPage; save?: Save; now?: number } = {}) {
  const [clock, setClock] = createSignal(clock0);
  const [now, setNow] = createSignal(opts.now ?? T0);
  const [me, setMe] = createSignal(opts.me ?? menteeMe());
  const save = vi.fn<Save>(opts.save ?? (async (questions) => ({ ok: true, data: { questions } })));
  render(() => <MenteeScreen me={me()} clock={clock()} serverNow={now} saveQuestions={save} />);
  return { setClock, setNow, setMe, save };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MenteeScreen', () => {
  it('in a meeting shows the table big, the mentor, topics, the countdown and the next round', () => {
    setup(runningClock(0, 5 * 60_000));
    expect(screen.getByTestId('my-table')).toHaveTextContent('T1 with Grace Hopper');
    expect(screen.getByText('Grace Hopper')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('Compilers')).toBeInTheDocument();
    expect(screen.getByText('Your table now')).toBeInTheDocument();
    expect(screen.getByTestId('countdown')).toHaveTextContent('5:00');
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Round 1 of 3 — talk');
    expect(screen.getByTestId('next')).toHaveTextContent('Round 2: you sit out.');
    expect(screen.getByText('李雷')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hi Zoë');
  });

  it('in a changeover says big where to go', () => {
    setup(runningClock(3, 90_000));
    expect(screen.getByText('Go to')).toBeInTheDocument();
    expect(screen.getByTestId('my-table')).toHaveTextContent('T3 with عمر');
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Round 3 of 3 — go to T3 · عمر');
    expect(screen.getByTestId('next')).toHaveTextContent('This is your last round.');
  });

  it('on a bye says so, and when and where the next meeting is', () => {
    setup(runningClock(2, 4 * 60_000));
    expect(screen.getByTestId('bye')).toHaveTextContent('You sit out this round');
    // Round 3 starts after the 4 minutes left and a 2-minute changeover.
    const at = new Date(T0 + 6 * 60_000);
    const hh = at.getHours();
    expect(screen.getByTestId('bye').textContent).toMatch(
      new RegExp(`round 3 at ${hh % 12 || 12}:06 (AM|PM).*T3 · عمر`),
    );
  });

  it('counts down on the server clock and moves on by itself when a phase ends unannounced', () => {
    const { setNow } = setup(runningClock(0, 3_000));
    expect(screen.getByTestId('countdown')).toHaveTextContent('0:03');
    setNow(T0 + 2_000);
    expect(screen.getByTestId('countdown')).toHaveTextContent('0:01');
    setNow(T0 + 4_000);
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Round 2 of 3 — you sit out');
    expect(screen.getByTestId('countdown')).toHaveTextContent('1:59');
    expect(screen.getByTestId('bye')).toHaveTextContent('You sit out round 2');
  });

  it('follows a skip broadcast and announces the new phase through the live region', () => {
    const { setClock } = setup(runningClock(0, 5 * 60_000));
    expect(screen.getByTestId('phase-announcer')).toHaveAttribute('aria-live', 'polite');
    setClock(runningClock(1, 120_000, T0, 2));
    expect(screen.getByTestId('phase-announcer')).toHaveTextContent(
      'Round 2 of 3 — you sit out. Your next meeting: round 3, T3 · عمر.',
    );
  });

  it('vibrates at a phase change and at the one-minute warning, where the phone can', () => {
    const vibrate = vi.fn(() => true);
    vi.stubGlobal('navigator', { ...navigator, vibrate, language: 'en-US' });
    const { setNow, setClock } = setup(runningClock(0, 60_500));
    expect(vibrate).not.toHaveBeenCalled();
    setNow(T0 + 1_000);
    expect(vibrate).toHaveBeenCalledWith([120, 100, 120]);
    setClock(runningClock(1, 120_000, T0 + 2_000, 2));
    setNow(T0 + 2_000);
    expect(vibrate).toHaveBeenLastCalledWith([300]);
    expect(vibrate).toHaveBeenCalledTimes(2);
  });

  it('shows the whole schedule with clock times', () => {
    setup(runningClock(0, 5 * 60_000));
    const rows = screen.getByTestId('schedule').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Now');
    expect(rows[0]).toHaveAttribute('aria-current', 'true');
    expect(rows[1]).toHaveTextContent(/\d{1,2}:07/);
    expect(rows[1]).toHaveTextContent('Sit out');
    expect(rows[2]).toHaveTextContent(/\d{1,2}:19/);
    expect(rows[2]).toHaveTextContent('T3 · عمر');
  });

  it('saves edited questions and says so', async () => {
    const { save } = setup(runningClock(0, 60_000 * 5));
    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    fireEvent.input(screen.getByLabelText('Question 2'), { target: { value: '  What would you do differently?  ' } });
    expect(screen.getByTestId('save-state')).toHaveTextContent('Unsaved changes');
    fireEvent.click(screen.getByRole('button', { name: 'Save questions' }));
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('✓ Saved'));
    expect(save).toHaveBeenCalledWith(['How did you start?', 'What would you do differently?']);
  });

  it('shows why a save failed and keeps the text', async () => {
    const { save } = setup(runningClock(0, 60_000), {
      save: async () => ({ ok: false, error: { code: 'internal', message: 'No connection to the server.' } }),
    });
    fireEvent.input(screen.getByLabelText('Question 1'), { target: { value: 'Changed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save questions' }));
    await waitFor(() =>
      expect(screen.getByTestId('save-state')).toHaveTextContent('Not saved: No connection to the server.'),
    );
    expect(screen.getByLabelText('Question 1')).toHaveValue('Changed');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not send a question that is too long', async () => {
    const { save } = setup(runningClock(0, 60_000));
    fireEvent.input(screen.getByLabelText('Question 1'), { target: { value: 'x'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save questions' }));
    await waitFor(() =>
      expect(screen.getByTestId('save-state')).toHaveTextContent('Question 1: must be at most 500 characters'),
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('takes questions changed elsewhere unless there are unsaved edits', () => {
    const { setMe } = setup(runningClock(0, 60_000));
    setMe(menteeMe({ person: { ...menteeMe().person, questions: ['From the organizer'] } }));
    expect(screen.getByLabelText('Question 1')).toHaveValue('From the organizer');
    fireEvent.input(screen.getByLabelText('Question 1'), { target: { value: 'Mine' } });
    setMe(menteeMe({ person: { ...menteeMe().person, questions: ['Again'] } }));
    expect(screen.getByLabelText('Question 1')).toHaveValue('Mine');
  });

  it('after the end says so and stops editing', () => {
    setup(finishedClock());
    expect(screen.getByTestId('focus')).toHaveTextContent('The event has ended');
    expect(screen.queryByTestId('countdown')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save questions' })).toBeNull();
    expect(screen.getByLabelText('Question 1')).toHaveAttribute('readonly');
  });

  it('says when the schedule is not planned yet', () => {
    setup(runningClock(0, 60_000), { me: menteeMe({ rounds: [] }) });
    expect(screen.getByTestId('focus')).toHaveTextContent('Your schedule is not ready yet');
  });
});
