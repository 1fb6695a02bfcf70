import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SignupPage from '../../../client/screens/join/signup-page';
import { apiError, fakeServer, named, signupInfo } from './fixtures';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#code=poster-code-1';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('sign-up page: what the code opens', () => {
  it('without a code says the link is incomplete and asks nothing of the server', () => {
    window.location.hash = '';
    const sent = fakeServer(() => ({ status: 200, body: signupInfo() }));
    render(() => <SignupPage eventId="ev1" />);
    expect(screen.getByTestId('invalid-link')).toHaveTextContent('not complete');
    expect(sent).toHaveLength(0);
  });

  it('reads the event with the code as the bearer, never in the URL, and shows event, format and mentors', async () => {
    const sent = fakeServer(() => ({ status: 200, body: signupInfo() }));
    render(() => <SignupPage eventId="ev1" />);
    expect(screen.getByTestId('loading')).toBeInTheDocument();
    expect(await screen.findByTestId('event-name')).toHaveTextContent('Spring Night');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/api/join/ev1');
    expect(sent[0]!.url).not.toContain('poster-code-1');
    expect(sent[0]!.headers.authorization).toBe('Bearer poster-code-1');
    // The fragment is left as it was.
    expect(window.location.hash).toBe('#code=poster-code-1');
    expect(screen.getByTestId('event-format')).toHaveTextContent('3 rounds of 10 minutes, 2 minutes to change tables');
    expect(screen.getByTestId('event-start')).toHaveTextContent('2030');
    const ann = screen.getByRole('button', { name: named('Ann, table T1') });
    expect(ann).toHaveAccessibleDescription(/^Topics: Go ?, Careers Engineer at a bank$/);
    expect(ann.closest('li')).toHaveTextContent('Go');
    expect(ann.closest('li')).toHaveTextContent('Careers');
    expect(ann.closest('li')).toHaveTextContent('Engineer at a bank');
    expect(screen.getAllByTestId('wish-card')).toHaveLength(4);
  });

  it("shows the organizer's consent text as text, never as HTML", async () => {
    fakeServer(() => ({ status: 200, body: signupInfo() }));
    render(() => <SignupPage eventId="ev1" />);
    const text = await screen.findByTestId('consent-text');
    expect(text.textContent).toBe('We keep your data for a month. <b>not bold</b>');
    expect(text.querySelector('b')).toBeNull();
  });

  it('when sign-up is closed, says why in plain words and shows no form', async () => {
    const closed = {
      open: false,
      reason: 'closed',
      message: 'registration is closed',
      closesAt: null,
      roles: {
        mentee: { open: false, reason: 'closed', message: 'registration is closed' },
        mentor: { open: false, reason: 'closed', message: 'registration is closed' },
      },
    } as const;
    fakeServer(() => ({ status: 200, body: signupInfo({ status: closed }) }));
    render(() => <SignupPage eventId="ev1" />);
    const box = await screen.findByTestId('signup-closed');
    expect(box).toHaveTextContent('Sign-up is closed');
    expect(box).toHaveTextContent('Registration is closed.');
    expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull();
    expect(screen.queryByLabelText('Your name')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    // The mentors are still there to read, not to tap.
    expect(screen.getAllByTestId('mentor-card')).toHaveLength(4);
    expect(screen.queryAllByTestId('wish-card')).toHaveLength(0);
  });

  it('a role that is full is disabled with its reason; the other one is chosen', async () => {
    const status = {
      open: true,
      reason: null,
      message: null,
      closesAt: null,
      roles: {
        mentee: { open: false, reason: 'full', message: 'registration is full: there is no more room for mentees' },
        mentor: { open: true },
      },
    } as const;
    fakeServer(() => ({ status: 200, body: signupInfo({ status }) }));
    render(() => <SignupPage eventId="ev1" />);
    const mentee = await screen.findByRole('radio', { name: /^Mentee\b/ });
    expect(mentee).toBeDisabled();
    expect(mentee.closest('.join-role')).toHaveTextContent('no more room for mentees');
    const mentor = screen.getByRole('radio', { name: /^Mentor\b/ });
    expect(mentor).toBeChecked();
    expect(mentor).toBeEnabled();
    // A mentor's form: bio and topics, no wishes.
    expect(screen.getByLabelText('About you (optional)')).toBeInTheDocument();
    expect(screen.queryAllByTestId('wish-card')).toHaveLength(0);
  });

  it('a replaced code: says the link no longer works', async () => {
    fakeServer(() => ({ status: 401, body: apiError('unauthorized', 'unknown key') }));
    render(() => <SignupPage eventId="ev1" />);
    const err = await screen.findByTestId('load-error');
    expect(within(err).getByText(/does not work \(any more\).*Ask the organizer for the current link/)).toBeVisible();
  });
});
