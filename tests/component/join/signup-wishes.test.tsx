import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SignupPage from '../../../client/screens/join/signup-page';
import { fakeServer, named, signupInfo } from './fixtures';

beforeEach(async () => {
  localStorage.clear();
  window.location.hash = '#code=poster-code-1';
  fakeServer(() => ({ status: 200, body: signupInfo() }));
  render(() => <SignupPage eventId="ev1" />);
  await screen.findAllByTestId('wish-card');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The card of mentor `name`, whatever its rank. */
const card = (name: string) => screen.getByRole('button', { name: named(new RegExp(`${name}, table`)) });
/** Each card's rank badge, in the order the cards are shown ("" for none). */
const badges = () => screen.getAllByTestId('wish-card').map((c) => c.querySelector('.join-rank')?.textContent ?? '');

describe('wishes: tapping mentor cards ranks them', () => {
  it('taps rank 1st, 2nd, 3rd; each card shows its badge, is pressed and names its rank', () => {
    fireEvent.click(card('Cleo'));
    fireEvent.click(card('Ann'));
    fireEvent.click(card('Dev'));
    expect(badges()).toEqual(['2nd wish', '', '1st wish', '3rd wish']);
    expect(screen.getByRole('button', { name: named('1st wish: Cleo, table T3') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: named('2nd wish: Ann, table T1') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: named('3rd wish: Dev, table T4') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: named('Ben, table T2') })).toHaveAttribute('aria-pressed', 'false');
  });

  it('tapping a ranked card removes it and the ones after it move up', () => {
    fireEvent.click(card('Ann'));
    fireEvent.click(card('Ben'));
    fireEvent.click(card('Cleo'));
    fireEvent.click(card('Ann'));
    expect(badges()).toEqual(['', '1st wish', '2nd wish', '']);
    expect(card('Ann')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: named('1st wish: Ben, table T2') })).toBeInTheDocument();
    // The freed place is the next tap's.
    fireEvent.click(card('Dev'));
    expect(badges()).toEqual(['', '1st wish', '2nd wish', '3rd wish']);
  });

  it('a fourth tap is refused with a note that says what to do', () => {
    for (const name of ['Ann', 'Ben', 'Cleo']) fireEvent.click(card(name));
    expect(screen.getByTestId('wish-note')).toHaveTextContent('');
    fireEvent.click(card('Dev'));
    expect(badges()).toEqual(['1st wish', '2nd wish', '3rd wish', '']);
    expect(card('Dev')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('wish-note')).toHaveTextContent(/chosen 3 mentors already.*Tap one of them to remove it/);
    // A removal clears the note.
    fireEvent.click(card('Ben'));
    expect(screen.getByTestId('wish-note').textContent).toBe('');
  });
});

describe('someone to avoid', () => {
  it('a wished mentor cannot be avoided, and an avoided one cannot be wished for', () => {
    fireEvent.click(card('Ann'));
    expect(screen.getByLabelText(/Avoid Ann/)).toBeDisabled();
    expect(screen.getByLabelText(/Avoid Ann/).closest('li')).toHaveTextContent('one of your wishes');
    fireEvent.click(screen.getByLabelText(/Avoid Ben/));
    expect(screen.getByLabelText(/Avoid Ben/)).toBeChecked();
    fireEvent.click(card('Ben'));
    expect(card('Ben')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('wish-note')).toHaveTextContent('You chose to avoid this mentor');
    // Unticked, Ben can be wished for.
    fireEvent.click(screen.getByLabelText(/Avoid Ben/));
    fireEvent.click(card('Ben'));
    expect(screen.getByRole('button', { name: named('2nd wish: Ben, table T2') })).toBeInTheDocument();
  });

  it('at most three are avoided: the others are disabled until one is unticked', () => {
    for (const name of ['Ann', 'Ben', 'Cleo']) fireEvent.click(screen.getByLabelText(new RegExp(`Avoid ${name}`)));
    expect(screen.getByLabelText(/Avoid Dev/)).toBeDisabled();
    expect(screen.getByLabelText(/Avoid Ann/)).toBeEnabled();
    fireEvent.click(screen.getByLabelText(/Avoid Cleo/));
    expect(screen.getByLabelText(/Avoid Dev/)).toBeEnabled();
  });
});
