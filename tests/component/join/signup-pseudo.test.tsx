import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import ProfilePage from '../../../client/screens/join/profile-page';
import { startLine } from '../../../client/screens/join/event-format';
import SignupPage from '../../../client/screens/join/signup-page';
import { expectNoUntranslatedText, pseudo, usePseudoLocale } from '../../support/pseudo-locale';
import { fakeServer, signupInfo } from './fixtures';

// The sign-up and profile pages in the pseudo-locale: nothing but the test's own data (the
// event, the mentors, the organizer's consent text, the server's words) may be left in English.

const info = signupInfo();
const SUPPLIED = [
  info.event.name,
  info.consentText,
  // The start time is date-fns's (in the page's locale), not a catalogue's.
  startLine(info.event.plannedStartAt, null)!,
  ...info.mentors.flatMap((m) => [m.name, m.table, ...m.topics, m.bio ?? '']),
];

let undo = () => {};
beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#code=poster-code-1';
  undo = usePseudoLocale();
});
afterEach(() => {
  undo();
  cleanup();
  vi.unstubAllGlobals();
});

describe('sign-up pages in the pseudo-locale', () => {
  it('the mentee form with wishes, a full-wishes note, the avoid list and a question box', async () => {
    fakeServer(() => ({ status: 200, body: info }));
    render(() => <SignupPage eventId="ev1" />);
    await screen.findByTestId('signup-page');
    for (const card of screen.getAllByTestId('wish-card')) fireEvent.click(card.querySelector('button')!);
    fireEvent.click(screen.getByRole('button', { name: pseudo('Add a question') }));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('the mentor form', async () => {
    fakeServer(() => ({ status: 200, body: info }));
    render(() => <SignupPage eventId="ev1" />);
    fireEvent.click(await screen.findByLabelText(pseudo('Mentor')));
    await screen.findByLabelText(pseudo('Your topics'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it("a closed sign-up and a full role (reasons from the server's stable codes)", async () => {
    const closed = { open: false, reason: 'closed', message: 'registration is closed' } as const;
    fakeServer(() => ({
      status: 200,
      body: signupInfo({
        status: {
          open: false,
          reason: 'closed',
          message: 'x',
          closesAt: null,
          roles: { mentee: closed, mentor: closed },
        },
      }),
    }));
    render(() => <SignupPage eventId="ev1" />);
    await screen.findByTestId('signup-closed');
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('the personal link after signing up (the server message is its own)', async () => {
    const message = 'You are signed up.';
    const answer = { status: 'registered', link: 'https://t.example/p#token=t', mailed: false, message };
    fakeServer((method) => (method === 'GET' ? { status: 200, body: info } : { status: 201, body: answer }));
    render(() => <SignupPage eventId="ev1" />);
    fireEvent.input(await screen.findByLabelText(pseudo('Your name')), { target: { value: 'Zoë' } });
    fireEvent.click(screen.getByLabelText(pseudo('I agree')));
    fireEvent.submit(screen.getByRole('button', { name: pseudo('Sign up') }).closest('form')!);
    await screen.findByTestId('signup-done');
    expectNoUntranslatedText(document.body, [...SUPPLIED, message, answer.link, 'Zoë']);
  });

  it('an incomplete link', () => {
    window.location.hash = '';
    render(() => <SignupPage eventId="ev1" />);
    expectNoUntranslatedText(document.body, []);
  });

  it("a mentor's profile page", async () => {
    const me = {
      role: 'mentor',
      person: { name: 'Ann', table: 'T1', bio: 'Engineer', topics: ['Go'] },
      event: { name: 'Spring Night' },
    };
    window.location.hash = '#token=mentor-tok-1';
    fakeServer(() => ({ status: 200, body: me }));
    render(() => <ProfilePage eventId="ev1" />);
    await screen.findByTestId('profile-page');
    expectNoUntranslatedText(document.body, ['Ann', 'T1', 'Engineer', 'Go', 'Spring Night']);
  });

  it('a mentee on the profile link', async () => {
    const me = { role: 'mentee', person: { name: 'Zoë', topics: [] }, event: { name: 'Spring Night' } };
    window.location.hash = '#token=mentor-tok-1';
    fakeServer(() => ({ status: 200, body: me }));
    render(() => <ProfilePage eventId="ev1" />);
    await screen.findByTestId('not-mentor');
    expectNoUntranslatedText(document.body, []);
  });
});
