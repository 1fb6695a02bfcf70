import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HomePage from '../../../client/screens/home/home-page';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  expectNoUntranslatedText,
  pseudo,
  pseudoMessage,
  untranslatedTexts,
  usePseudoLocale,
} from '../../support/pseudo-locale';

// The home page in the pseudo-locale: every word on it comes from a catalogue.

let undo = () => {};
beforeEach(() => {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ createKeyRequired: true }), { status: 200 }));
  undo = usePseudoLocale();
});
afterEach(() => {
  undo();
  cleanup();
  vi.unstubAllGlobals();
});

describe('home page in the pseudo-locale', () => {
  it('makes pseudo text that keeps placeholders and plurals', () => {
    const format = (icu: string, values: Record<string, number>) =>
      new IntlMessageFormat(pseudoMessage(icu), 'en').format(values);
    expect(format('Round {n} of {total}', { n: 2, total: 3 })).toBe('[Ŕöûñð 2 öƒ 3]');
    expect(format('{count, plural, one {# round} other {# rounds}}', { count: 1 })).toBe('[1 ŕöûñð]');
    expect(format('{count, plural, one {# round} other {# rounds}}', { count: 4 })).toBe('[4 ŕöûñðš]');
    expect(format("I'm here", {})).toBe("[Î'ɱ ĥéŕé]");
  });

  it('catches a word that bypasses the catalogue', () => {
    const { container } = render(() => (
      <p>
        [Ŕöûñð] Hard-coded{' '}
        <button type="button" aria-label="Close">
          ×
        </button>
      </p>
    ));
    expect(untranslatedTexts(container, [])).toEqual(['<p>: "[Ŕöûñð] Hard-coded"', 'button[aria-label]: "Close"']);
  });

  it('shows no text outside the catalogue: blurb, form with a break and its errors, code, import', async () => {
    render(() => <HomePage />);
    await screen.findByLabelText(pseudo('Organizer access code'));
    fireEvent.click(screen.getByRole('button', { name: pseudo('Add a break') }));
    fireEvent.input(screen.getByLabelText(pseudo('Number of rounds')), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText(pseudo('Round length')), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: pseudo('Create the event') }));
    await screen.findAllByText(pseudo('must be a number'));
    // What the person typed is theirs, not the catalogue's.
    expectNoUntranslatedText(document.body, ['x']);
  });
});
