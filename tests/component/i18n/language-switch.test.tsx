import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage } from '../../../client/i18n/current-language';
import { LANGUAGE_CHOICE_KEY } from '../../../client/i18n/language-choice';
import HomePage from '../../../client/screens/home/home-page';
import SignupPage from '../../../client/screens/join/signup-page';
import { fakeServer, signupInfo } from '../join/fixtures';

// A device's language: remembered from the menu, loaded lazily, put on <html>; the screen waits
// for it rather than flash English first.

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  await chooseLanguage('en');
  localStorage.clear();
});

describe('the page language', () => {
  it('opens in the language remembered on the device, with nothing shown before its words arrive', async () => {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, 'de');
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ createKeyRequired: false }), { status: 200 }));
    render(() => <HomePage />);
    // The German catalogue is a chunk of its own: until it is here the page shows nothing, not English.
    expect(screen.queryByText('Create an event')).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Veranstaltung anlegen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('switches from the menu, remembers it, and turns the page right to left for Arabic', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ createKeyRequired: false }), { status: 200 }));
    render(() => <HomePage />);
    expect(screen.getByRole('heading', { name: 'Create an event' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ar' } });
    expect(await screen.findByRole('heading', { name: 'إنشاء فعالية' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(localStorage.getItem(LANGUAGE_CHOICE_KEY)).toBe('ar');
    // The menu now names itself in Arabic too.
    expect(screen.getByLabelText('اللغة')).toHaveValue('ar');
  });

  it('the sign-up page in French: French plurals, the start in French (date-fns locale)', async () => {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, 'fr');
    window.location.hash = '#code=poster-code-1';
    fakeServer(() => ({ status: 200, body: signupInfo({ event: { ...signupInfo().event, rounds: 1 } }) }));
    render(() => <SignupPage eventId="ev1" />);
    // (An earlier test left English on screen: a page keeps its language until the new one is complete.)
    const format = await screen.findByTestId('event-format');
    await waitFor(() => expect(format).toHaveTextContent('1 tour de 10 minutes, 2 minutes pour changer de table'));
    await waitFor(() => expect(screen.getByTestId('event-start')).toHaveTextContent(/samedi 1 juin 2030/));
    expect(screen.getByRole('button', { name: /1er souhait|Ann/ })).toBeInTheDocument();
  });
});
