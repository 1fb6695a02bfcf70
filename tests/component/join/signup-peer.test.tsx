import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SignupPage from '../../../client/screens/join/signup-page';
import { signupBodySchema } from '../../../shared/schemas/registration';
import { fakeServer, signupInfo } from './fixtures';

// A peer event's sign-up page (issue 17): everyone joins as a participant, so the page offers
// none of what the server refuses there (a mentor sign-up; questions, wishes, avoids, topics, bio).
// tests/integration/peer-signup.test.ts shows the real server taking the body sent here.

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#code=poster-code-1';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const REGISTERED = {
  status: 'registered',
  registrationId: 'r1',
  personId: 'p9',
  link: 'https://mentoring.example.org/p#token=tok-9',
  updated: false,
  mailed: false,
  message: 'You are signed up. Keep your personal link: it opens your page for the event.',
};

const peerInfo = () => {
  const info = signupInfo({ mentors: [] });
  return { ...info, event: { ...info.event, pairing: 'peer' as const } };
};

async function open(info: ReturnType<typeof signupInfo> = peerInfo()) {
  const sent = fakeServer((method) =>
    method === 'GET' ? { status: 200, body: info } : { status: 201, body: REGISTERED },
  );
  render(() => <SignupPage eventId="ev1" />);
  await screen.findByLabelText('Your name');
  return { posts: () => sent.filter((s) => s.method === 'POST') };
}

describe('sign-up in a peer event', () => {
  it('says the person joins as a participant and shows no role choice or role fields', async () => {
    await open();
    expect(screen.getByTestId('signup-peer')).toHaveTextContent(
      'You join as a participant: everyone meets everyone, a few at a table each round.',
    );
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('group', { name: "I'm signing up as" })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a question' })).toBeNull();
    expect(screen.queryByLabelText(/About you/)).toBeNull();
    expect(screen.queryByLabelText(/Your topics/)).toBeNull();
    expect(screen.queryByLabelText(/^Avoid/)).toBeNull();
    expect(document.body.textContent).not.toMatch(/\bment(or|ee)s?\b/i);
    // Only the name, the e-mail (optional, as a participant's) and the consent are asked.
    expect(screen.getByLabelText('E-mail (optional)')).not.toBeRequired();
  });

  it('the mentor list is not shown even when the server lists one, nor the wish and avoid cards', async () => {
    const info = peerInfo();
    await open({ ...info, mentors: [{ id: 'm1', name: 'Ann', table: 'T1', topics: [] }] });
    expect(screen.queryByText(/Ann/)).toBeNull();
    expect(screen.queryByRole('button', { name: /Ann, table/ })).toBeNull();
  });

  it('sends a participant with nothing the server refuses in a peer event', async () => {
    const { posts } = await open();
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Dee' } });
    fireEvent.input(screen.getByLabelText('E-mail (optional)'), { target: { value: 'dee@example.org' } });
    fireEvent.click(screen.getByLabelText('I agree'));
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(posts()).toHaveLength(1));
    const body = posts()[0]!.body;
    expect(body).toEqual({
      role: 'mentee',
      name: 'Dee',
      email: 'dee@example.org',
      consent: true,
      website: '',
      locale: 'en',
    });
    // The server's own schema takes it, with none of the fields a peer event refuses.
    const parsed = signupBodySchema.parse(body);
    expect(parsed.role).toBe('mentee');
    expect([parsed.questions, parsed.wishes, parsed.avoid, parsed.topics]).toEqual([[], [], [], []]);
    expect(parsed.bio).toBeUndefined();
    expect(await screen.findByText(/You are signed up/)).toBeInTheDocument();
  });

  it('an event with mentors and mentees still offers the role choice', async () => {
    await open(signupInfo());
    expect(screen.queryByTestId('signup-peer')).toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
  });
});
