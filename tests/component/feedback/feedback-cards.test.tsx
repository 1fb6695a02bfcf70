import { cleanup, fireEvent, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meeting, meetingsAnswer, settleMicrotasks } from '../support/feedback-fixtures';
import { T0, idleClock, runningClock } from '../support/fixtures';
import { renderPhone } from './render-feedback';

const card = (round: number, id: string) => screen.getByTestId(`feedback-${round}-${id}`);
const rounds = () => screen.queryAllByTestId(/^feedback-round-/).map((el) => el.dataset.testid);

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('feedback cards on the phones', () => {
  it('before round 1 there are none', () => {
    renderPhone('mentee', idleClock());
    expect(screen.queryByTestId('after-talk')).toBeNull();
  });

  it('a mentee at a group table rates the mentor and the table-mates, below the countdown', () => {
    renderPhone('mentee', runningClock(0, 5 * 60_000));
    expect(rounds()).toEqual(['feedback-round-1']);
    expect(within(card(1, 'm1')).getByText('Grace Hopper')).toHaveAttribute('dir', 'auto');
    expect(within(card(1, 'e2')).getByText('李雷')).toHaveAttribute('dir', 'auto');
    const countdown = screen.getByTestId('countdown');
    const section = screen.getByTestId('after-talk');
    expect(countdown.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(section.contains(countdown)).toBe(false);
  });

  it('during round 2 a mentor has the cards of rounds 2 and 1, newest first and open', () => {
    renderPhone('mentor', runningClock(2, 60_000));
    expect(rounds()).toEqual(['feedback-round-2', 'feedback-round-1']);
    expect(screen.getByTestId('feedback-round-2')).toHaveProperty('open', true);
    expect(screen.getByTestId('feedback-round-1')).toHaveProperty('open', false);
    expect(within(screen.getByTestId('feedback-round-2')).getByText('Sam Okafor')).toBeInTheDocument();
  });

  it('a bye round has no cards; the round before keeps its own', () => {
    const { setClock } = renderPhone('mentee', runningClock(0, 60_000));
    setClock(runningClock(2, 60_000, T0, 2));
    expect(rounds()).toEqual(['feedback-round-1']);
  });

  it('rating: five buttons, the chosen one pressed; tapping it again takes it back', async () => {
    const { senders } = renderPhone('mentee', runningClock(0, 60_000));
    const group = within(card(1, 'm1')).getByRole('group', { name: 'Rating for Grace Hopper' });
    expect(within(group).getAllByRole('button')).toHaveLength(5);
    const four = within(group).getByRole('button', { name: '4 of 5' });
    fireEvent.click(four);
    expect(four).toHaveAttribute('aria-pressed', 'true');
    await settleMicrotasks();
    fireEvent.click(four);
    expect(four).toHaveAttribute('aria-pressed', 'false');
    await settleMicrotasks();
    expect(senders.calls.map((c) => c.payload)).toEqual([
      { round: 1, withId: 'm1', rating: 4 },
      { round: 1, withId: 'm1', rating: null },
    ]);
  });

  it('"I\'d like to stay in touch" toggles and sends only that field', async () => {
    const { senders } = renderPhone('mentee', runningClock(0, 60_000));
    const toggle = within(card(1, 'e2')).getByRole('button', { name: "I'd like to stay in touch" });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await settleMicrotasks();
    expect(senders.calls.map((c) => c.payload)).toEqual([{ round: 1, withId: 'e2', followUp: true }]);
  });

  it('the private note is saved when the field is left, and after a pause in typing', async () => {
    vi.useFakeTimers();
    const { senders } = renderPhone('mentor', runningClock(2, 60_000));
    const note = within(card(2, 'e3')).getByLabelText('Private note (only you see it)');
    expect(note).toHaveAttribute('maxlength', '1000');
    fireEvent.input(note, { target: { value: 'Send Sam the PhD' } });
    await vi.advanceTimersByTimeAsync(700);
    expect(senders.calls).toEqual([]);
    fireEvent.input(note, { target: { value: 'Send Sam the PhD list' } });
    await vi.advanceTimersByTimeAsync(800);
    expect(senders.calls.map((c) => c.payload)).toEqual([{ round: 2, withId: 'e3', note: 'Send Sam the PhD list' }]);
    const other = within(card(1, 'e1')).getByLabelText('Private note (only you see it)');
    fireEvent.input(other, { target: { value: 'Zoë: compilers' } });
    fireEvent.blur(other);
    await vi.advanceTimersByTimeAsync(0);
    expect(senders.calls.at(-1)!.payload).toEqual({ round: 1, withId: 'e1', note: 'Zoë: compilers' });
    // Leaving a field without a change sends nothing more.
    fireEvent.blur(note);
    await vi.advanceTimersByTimeAsync(1000);
    expect(senders.calls).toHaveLength(2);
  });

  it('shows what I gave before, and when we both want to stay in touch, their shared contact', () => {
    const answer = meetingsAnswer([
      meeting(1, 'm1', 'Grace Hopper', {
        feedback: { rating: 5, followUp: true, note: 'COBOL paper' },
        mutual: true,
        contact: 'grace@navy.example',
      }),
      meeting(1, 'e2', '李雷', { feedback: { rating: null, followUp: true, note: '' }, mutual: true }),
    ]);
    renderPhone('mentee', runningClock(2, 60_000), { meetings: answer });
    const grace = within(card(1, 'm1'));
    expect(grace.getByRole('button', { name: '5 of 5' })).toHaveAttribute('aria-pressed', 'true');
    expect(grace.getByLabelText('Private note (only you see it)')).toHaveValue('COBOL paper');
    expect(grace.getByTestId('feedback-mutual')).toHaveTextContent('You both want to stay in touch.');
    expect(grace.getByTestId('feedback-contact')).toHaveTextContent('grace@navy.example');
    expect(within(card(1, 'e2')).getByTestId('feedback-mutual')).toHaveTextContent('They have not shared a contact.');
  });

  it('taking my yes back hides "both" at once', () => {
    const answer = meetingsAnswer([
      meeting(1, 'm1', 'Grace Hopper', { feedback: { rating: null, followUp: true, note: '' }, mutual: true }),
    ]);
    renderPhone('mentee', runningClock(0, 60_000), { meetings: answer, online: false });
    fireEvent.click(within(card(1, 'm1')).getByRole('button', { name: "I'd like to stay in touch" }));
    expect(within(card(1, 'm1')).queryByTestId('feedback-mutual')).toBeNull();
  });

  it('offline: the card says it waits, and the writes go out in order on reconnect', async () => {
    const { senders, setOnline } = renderPhone('mentee', runningClock(0, 60_000), { online: false });
    const grace = within(card(1, 'm1'));
    fireEvent.click(grace.getByRole('button', { name: '3 of 5' }));
    fireEvent.click(within(card(1, 'e2')).getByRole('button', { name: "I'd like to stay in touch" }));
    fireEvent.click(grace.getByRole('button', { name: '5 of 5' }));
    const state = grace.getByTestId('feedback-state');
    expect(state).toHaveAttribute('aria-live', 'polite');
    expect(state).toHaveTextContent('Waiting for connection…');
    await settleMicrotasks();
    expect(senders.calls).toEqual([]);
    setOnline(true);
    await settleMicrotasks();
    expect(senders.calls.map((c) => c.payload)).toEqual([
      { round: 1, withId: 'm1', rating: 5 },
      { round: 1, withId: 'e2', followUp: true },
    ]);
    expect(state).toHaveTextContent('');
    expect(grace.getByRole('button', { name: '5 of 5' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('a refusal shows the reason on that card only and the card goes back to what the server has', async () => {
    const { senders } = renderPhone('mentee', runningClock(0, 60_000), { auto: false });
    const grace = within(card(1, 'm1'));
    fireEvent.click(grace.getByRole('button', { name: '2 of 5' }));
    expect(grace.getByTestId('feedback-state')).toHaveTextContent('Saving…');
    await settleMicrotasks();
    senders.calls[0]!.resolve({ status: 'refused', message: 'feedback for this event has closed' });
    await settleMicrotasks();
    expect(grace.getByTestId('feedback-state')).toHaveTextContent('Not saved: feedback for this event has closed');
    expect(grace.getByRole('button', { name: '2 of 5' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(card(1, 'e2')).getByTestId('feedback-state')).toHaveTextContent('');
  });

  it('a reload sends what was left unsent', async () => {
    const first = renderPhone('mentee', runningClock(0, 60_000), { online: false });
    fireEvent.click(within(card(1, 'm1')).getByRole('button', { name: '4 of 5' }));
    // The store (IndexedDB on a phone) answers in a moment, before any reload could start.
    await settleMicrotasks();
    cleanup();
    expect(first.senders.calls).toEqual([]);
    const second = renderPhone('mentee', runningClock(0, 60_000));
    await settleMicrotasks();
    expect(second.senders.calls.map((c) => c.payload)).toEqual([{ round: 1, withId: 'm1', rating: 4 }]);
  });
});
