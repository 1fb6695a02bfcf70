import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { FakeSocket } from '../support/fake-socket';
import { finishedClock, menteeMe, mentorMe, runningClock, T0 } from '../support/fixtures';
import { preloadPhoneParts } from '../support/phone-parts';
import { menteeAnswer, mentorAnswer } from './fixtures';

let fake: FakeSocket;
vi.mock('../../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: PersonPage } = await import('../../../client/screens/person-page');
// "Your meetings" is a chunk of its own: here from the start, as on a phone that has it cached.
await preloadPhoneParts();

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fake = new FakeSocket();
  localStorage.clear();
  window.location.hash = '#token=tok-1';
  fetchMock = vi.fn(async (url: string) =>
    url === '/api/me/meetings'
      ? new Response(JSON.stringify(menteeAnswer()))
      : new Response('file', { headers: { 'content-disposition': 'attachment; filename="x.ics"' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

type Finished = Extract<ClockSnapshot, { status: 'finished' }>;
const finishedAfterStart = finishedClock() as Finished;

describe('the person page after the last round', () => {
  it('a mentee’s page becomes "Your meetings", loaded with the token', async () => {
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentee', me: menteeMe({ clock: finishedAfterStart }) });
    expect(screen.getByTestId('meetings-screen')).toBeInTheDocument();
    expect(screen.queryByTestId('mentee-screen')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your meetings');
    await waitFor(() => expect(screen.getByTestId('met-1-m1')).toHaveTextContent('grace@example.org'));
    const meetingsCall = fetchMock.mock.calls.find(([url]) => url === '/api/me/meetings') as [string, RequestInit];
    expect((meetingsCall[1].headers as Record<string, string>).authorization).toBe('Bearer tok-1');
  });

  it('follows the meetings:updated push', async () => {
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentor', me: mentorMe({ clock: finishedAfterStart }) });
    await waitFor(() => expect(screen.getByTestId('met-1-m1')).toBeInTheDocument());
    fake.fire('meetings:updated', mentorAnswer());
    expect(screen.queryByTestId('met-1-m1')).toBeNull();
    // A mentor's view: the questions of the mentees met.
    expect(screen.getByTestId('met-1-e1')).toHaveTextContent('Which book first?');
  });

  it('downloads the calendar with the token in the header', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    let clicks = 0;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => void clicks++);
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentee', me: menteeMe({ clock: finishedAfterStart }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Calendar (.ics)' }));
    await waitFor(() => expect(clicks).toBe(1));
    click.mockRestore();
    const call = fetchMock.mock.calls.find(([url]) => url === '/api/me/meetings.ics') as [string, RequestInit];
    expect((call[1].headers as Record<string, string>).authorization).toBe('Bearer tok-1');
  });

  it('keeps the live screen while the event runs, and when it ended before it started', () => {
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentee', me: menteeMe({ clock: runningClock(0, 60_000, T0) }) });
    expect(screen.getByTestId('mentee-screen')).toBeInTheDocument();
    fake.fire('snapshot:updated', {
      role: 'mentee',
      me: menteeMe({ clock: { ...finishedAfterStart, version: 10, startedAt: null } }),
    });
    expect(screen.getByTestId('mentee-screen')).toBeInTheDocument();
    expect(screen.queryByTestId('meetings-screen')).toBeNull();
  });
});
