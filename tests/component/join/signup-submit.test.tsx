import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SignupPage from '../../../client/screens/join/signup-page';
import { apiError, fakeServer, named, signupInfo, type Reply } from './fixtures';

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#code=poster-code-1';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The page with a server that answers GET with the event and POST with `post`. */
async function open(post: (body: unknown) => Reply | Promise<Reply>) {
  const sent = fakeServer((method, _url, body) =>
    method === 'GET' ? { status: 200, body: signupInfo() } : post(body),
  );
  render(() => <SignupPage eventId="ev1" />);
  await screen.findByLabelText('Your name');
  return { posts: () => sent.filter((s) => s.method === 'POST') };
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const card = (name: string) => screen.getByRole('button', { name: named(new RegExp(`${name}, table`)) });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));

/** A mentee's whole form: name, e-mail, two questions (and a blank box), two wishes, one to avoid, consent. */
function fillMentee() {
  type('Your name', 'Mia Lopez');
  type('E-mail (optional)', 'mia@example.org');
  for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
  type('Question 1', 'How did you start?');
  type('Question 3', 'What would you read?');
  fireEvent.click(card('Cleo'));
  fireEvent.click(card('Ann'));
  fireEvent.click(screen.getByLabelText(/Avoid Dev/));
  fireEvent.click(screen.getByLabelText('I agree'));
}

const REGISTERED = {
  status: 'registered',
  registrationId: 'r1',
  personId: 'p9',
  link: 'https://mentoring.example.org/p#token=tok-9',
  updated: false,
  mailed: true,
  message: 'You are signed up. Keep your personal link: it opens your page for the event. We also e-mailed it.',
};

describe('sign-up: what is sent', () => {
  it("sends the mentee's body exactly, with the code as the bearer and the honeypot empty", async () => {
    const { posts } = await open(() => ({ status: 201, body: REGISTERED }));
    fillMentee();
    submit();
    await waitFor(() => expect(posts()).toHaveLength(1));
    const post = posts()[0]!;
    expect(post.url).toBe('/api/join/ev1');
    expect(post.url).not.toContain('poster-code-1');
    expect(post.headers.authorization).toBe('Bearer poster-code-1');
    expect(post.body).toEqual({
      role: 'mentee',
      name: 'Mia Lopez',
      email: 'mia@example.org',
      questions: ['How did you start?', 'What would you read?'],
      wishes: ['m3', 'm1'],
      avoid: ['m4'],
      consent: true,
      website: '',
      locale: 'en',
    });
  });

  it("sends a mentor's bio and topics, and no wishes", async () => {
    const { posts } = await open(() => ({ status: 201, body: REGISTERED }));
    fireEvent.click(screen.getByRole('radio', { name: /^Mentor\b/ }));
    type('Your name', 'Olu');
    type('E-mail', 'olu@example.org');
    type('About you (optional)', 'Twenty years in logistics.');
    type('Your topics (optional)', 'Careers, , Supply chains ');
    fireEvent.click(screen.getByLabelText('I agree'));
    submit();
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]!.body).toEqual({
      role: 'mentor',
      name: 'Olu',
      email: 'olu@example.org',
      bio: 'Twenty years in logistics.',
      topics: ['Careers', 'Supply chains'],
      consent: true,
      website: '',
      locale: 'en',
    });
  });

  it('sends whatever a bot typed into the hidden honeypot, which people cannot reach', async () => {
    const { posts } = await open(() => ({ status: 201, body: { status: 'pending', message: 'Thank you.' } }));
    const trap = document.getElementById('signup-website') as HTMLInputElement;
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.input(trap, { target: { value: 'https://spam.example' } });
    type('Your name', 'Bot');
    submit();
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect((posts()[0]!.body as { website: string }).website).toBe('https://spam.example');
    expect((posts()[0]!.body as { consent: boolean }).consent).toBe(false);
  });

  it('sends once while the answer is on its way: the button is disabled until then', async () => {
    let answer!: (r: Reply) => void;
    const { posts } = await open(() => new Promise<Reply>((resolve) => (answer = resolve)));
    fillMentee();
    submit();
    await waitFor(() => expect(posts()).toHaveLength(1));
    const button = screen.getByRole('button', { name: 'Signing up…' });
    expect(button).toBeDisabled();
    fireEvent.submit(button.closest('form')!);
    await Promise.resolve();
    expect(posts()).toHaveLength(1);
    answer({ status: 201, body: REGISTERED });
    expect(await screen.findByTestId('signup-done')).toBeInTheDocument();
  });
});

describe('sign-up: what comes back', () => {
  it("puts a 400's issues next to their fields", async () => {
    await open(() => ({
      status: 400,
      body: apiError('bad_request', 'please check the form', [
        { path: 'name', message: 'Mia Lopez is already signed up as a mentee' },
        { path: 'questions.1', message: 'must be at most 500 characters' },
        { path: 'wishes.1', message: 'no such mentor (the list may have changed: reload the page)' },
        { path: 'consent', message: 'consent is needed to sign up' },
        { path: 'role', message: 'must be mentee or mentor' },
      ]),
    }));
    fillMentee();
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not sign up: please check the answers marked below.');
    // An issue with no field of its own is named at the top.
    expect(alert).toHaveTextContent('role: must be mentee or mentor');
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(
      'Mia Lopez is already signed up as a mentee',
    );
    // The blank box went before sending, so `questions.1` is the second question sent.
    expect(screen.getAllByLabelText(/^Question \d$/)).toHaveLength(2);
    expect(screen.getByLabelText('Question 2')).toHaveValue('What would you read?');
    expect(screen.getByLabelText('Question 2')).toHaveAccessibleDescription('must be at most 500 characters');
    expect(screen.getByLabelText('Question 1')).not.toHaveAttribute('aria-invalid');
    expect(
      screen.getByText('Your 2nd wish: no such mentor (the list may have changed: reload the page)'),
    ).toBeVisible();
    expect(screen.getByLabelText('I agree')).toHaveAccessibleDescription(/consent is needed to sign up/);
    // The form keeps what was typed.
    expect(screen.getByLabelText('Your name')).toHaveValue('Mia Lopez');
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeEnabled();
    // Ticking the box answers the consent note, which goes; the other notes stay until the next try.
    const agree = screen.getByLabelText('I agree') as HTMLInputElement;
    if (agree.checked) fireEvent.click(agree);
    fireEvent.click(agree);
    expect(agree).toBeChecked();
    expect(agree).not.toHaveAccessibleDescription(/consent is needed/);
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(
      'Mia Lopez is already signed up as a mentee',
    );
  });

  it('says a 409 in plain words at the top', async () => {
    await open(() => ({
      status: 409,
      body: apiError('conflict', 'registration is full: there is no more room for mentees'),
    }));
    fillMentee();
    submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not sign up: Registration is full: there is no more room for mentees.',
    );
    expect(screen.queryByTestId('signup-done')).toBeNull();
  });

  it('says a 429 in plain words at the top', async () => {
    await open(() => ({
      status: 429,
      body: apiError('rate_limited', 'too many sign-ups from this address; wait a minute'),
    }));
    fillMentee();
    submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not sign up right now: Too many sign-ups from this address; wait a minute.',
    );
  });

  it('registered: shows the personal link big, with Copy, a QR code, the message and "Open my page"', async () => {
    await open(() => ({ status: 201, body: REGISTERED }));
    fillMentee();
    submit();
    const done = await screen.findByTestId('signup-done');
    expect(screen.queryByLabelText('Your name')).toBeNull();
    expect(done).toHaveTextContent("You're signed up");
    expect(screen.getByTestId('signup-message')).toHaveTextContent('We also e-mailed it.');
    const link = screen.getByTestId('personal-link');
    expect(link).toHaveAttribute('href', REGISTERED.link);
    expect(link).toHaveTextContent(REGISTERED.link);
    expect(screen.getByRole('button', { name: 'Copy your personal link' })).toBeInTheDocument();
    const qr = screen.getByTestId('personal-qr');
    expect(qr).toHaveAttribute('aria-label', 'QR code of your personal link');
    expect(qr.querySelector('path')!.getAttribute('d')!.length).toBeGreaterThan(100);
    expect(screen.getByRole('link', { name: 'Open my page' })).toHaveAttribute('href', REGISTERED.link);
    expect(screen.getByRole('heading', { name: "You're signed up" })).toHaveFocus();
  });

  it("pending: says it waits for the organizer's approval, and shows no link", async () => {
    await open(() => ({
      status: 201,
      body: {
        status: 'pending',
        registrationId: 'r2',
        updated: false,
        mailed: false,
        message: "Thank you: your sign-up is waiting for the organizer's approval.",
      },
    }));
    fillMentee();
    submit();
    expect(await screen.findByRole('heading', { name: "Waiting for the organizer's approval" })).toBeInTheDocument();
    expect(screen.getByTestId('signup-message')).toHaveTextContent("waiting for the organizer's approval");
    expect(screen.queryByTestId('personal-link')).toBeNull();
    expect(screen.queryByTestId('personal-qr')).toBeNull();
  });

  it('updated: shows the message only', async () => {
    const message = 'This e-mail is already signed up for this event, so nothing was changed: use your link.';
    await open(() => ({
      status: 200,
      body: { status: 'registered', registrationId: 'r1', updated: true, mailed: false, message },
    }));
    fillMentee();
    submit();
    expect(await screen.findByRole('heading', { name: 'You had signed up before' })).toBeInTheDocument();
    expect(screen.getByTestId('signup-message')).toHaveTextContent(message);
    expect(screen.queryByTestId('personal-link')).toBeNull();
  });
});
