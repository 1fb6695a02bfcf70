import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ProfilePage from '../../../client/screens/join/profile-page';
import { apiError, fakeServer, type Reply } from './fixtures';

const ME = {
  role: 'mentor',
  person: { id: 'm1', name: 'Ann', table: 'T1', bio: 'Engineer', topics: ['Go', 'Careers'], questions: [] },
  event: { id: 'ev1', name: 'Spring Night' },
};

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#token=mentor-tok-1';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function open(patch: (body: unknown) => Reply, me: unknown = ME) {
  const sent = fakeServer((method, _url, body) => (method === 'GET' ? { status: 200, body: me } : patch(body)));
  render(() => <ProfilePage eventId="ev1" />);
  await screen.findByLabelText('About you');
  return { sent, patches: () => sent.filter((s) => s.method === 'PATCH') };
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));

describe("a mentor's profile page", () => {
  it('reads the profile with the token as the bearer and fills the form', async () => {
    const { sent } = await open(() => ({ status: 500, body: {} }));
    expect(sent[0]).toMatchObject({ url: '/api/me', method: 'GET' });
    expect(sent[0]!.headers.authorization).toBe('Bearer mentor-tok-1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('AnnT1');
    expect(screen.getByText('Spring Night')).toBeInTheDocument();
    expect(screen.getByLabelText('About you')).toHaveValue('Engineer');
    expect(screen.getByLabelText('Your topics')).toHaveValue('Go, Careers');
    // GET /api/me does not carry the meeting link yet: the box starts empty.
    expect(screen.getByLabelText('Meeting link (optional)')).toHaveValue('');
    expect(screen.getByLabelText('Meeting link (optional)')).toHaveAccessibleDescription(/For remote tables/);
    expect(screen.getByTestId('personal-page-link')).toHaveAttribute('href', '/p#token=mentor-tok-1');
  });

  it('saves only what changed with PATCH /api/me/profile and says it is saved', async () => {
    const answer = {
      name: 'Ann',
      table: 'T1',
      topics: ['Go', 'Rust'],
      bio: 'Engineer',
      meetingUrl: 'https://meet.example/ann',
    };
    const { patches } = await open(() => ({ status: 200, body: answer }));
    type('Your topics', 'Go,  Rust ,');
    type('Meeting link (optional)', ' https://meet.example/ann ');
    save();
    expect(await screen.findByText(/✓ Saved/)).toBeInTheDocument();
    expect(patches()).toHaveLength(1);
    expect(patches()[0]!.url).toBe('/api/me/profile');
    expect(patches()[0]!.headers.authorization).toBe('Bearer mentor-tok-1');
    expect(patches()[0]!.body).toEqual({ topics: ['Go', 'Rust'], meetingUrl: 'https://meet.example/ann' });
    expect(screen.getByLabelText('Your topics')).toHaveValue('Go, Rust');
    // Saved again with nothing changed: nothing is sent.
    save();
    expect(await screen.findByText(/Nothing has changed/)).toBeInTheDocument();
    expect(patches()).toHaveLength(1);
  });

  it("shows the server's https error next to the meeting link", async () => {
    const { patches } = await open(() => ({
      status: 400,
      body: apiError('bad_request', 'invalid request: meetingUrl: must be an https:// link', [
        { path: 'meetingUrl', message: 'must be an https:// link' },
      ]),
    }));
    type('Meeting link (optional)', 'http://meet.example/ann');
    save();
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not save');
    const box = screen.getByLabelText('Meeting link (optional)');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/must be an https:\/\/ link/);
    expect(box).toHaveValue('http://meet.example/ann');
    expect(screen.queryByText(/✓ Saved/)).toBeNull();
  });

  it("a mentee's link is sent to their own page", async () => {
    fakeServer(() => ({ status: 200, body: { ...ME, role: 'mentee' } }));
    render(() => <ProfilePage eventId="ev1" />);
    expect(await screen.findByTestId('not-mentor')).toHaveTextContent('This page is for mentors');
    expect(screen.queryByLabelText('About you')).toBeNull();
  });

  it('without a token says the link is not valid', () => {
    window.location.hash = '';
    const sent = fakeServer(() => ({ status: 200, body: ME }));
    render(() => <ProfilePage eventId="ev1" />);
    expect(screen.getByTestId('invalid-link')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });
});
