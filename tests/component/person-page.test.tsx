import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from './support/fake-socket';
import { T0, menteeMe, mentorMe, projectorView, runningClock } from './support/fixtures';

let fake: FakeSocket;
vi.mock('../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: PersonPage, PERSON_TOKEN_KEY } = await import('../../client/screens/person-page');
const { default: ProjectorPage, PROJECTOR_KEY } = await import('../../client/screens/projector/projector-page');

beforeEach(() => {
  fake = new FakeSocket();
  localStorage.clear();
  window.location.hash = '';
});
afterEach(cleanup);

describe('PersonPage', () => {
  it('without a token says the link is not valid', () => {
    render(() => <PersonPage />);
    expect(screen.getByRole('heading')).toHaveTextContent('This link is not valid');
  });

  it('remembers the token, connects, and shows the mentee or mentor screen by role', () => {
    window.location.hash = '#token=tok-1';
    render(() => <PersonPage />);
    expect(localStorage.getItem(PERSON_TOKEN_KEY)).toBe('tok-1');
    expect(screen.getByTestId('connecting')).toBeInTheDocument();
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentee', me: { ...menteeMe(), clock: runningClock(0, 60_000, T0) } });
    expect(screen.getByTestId('mentee-screen')).toBeInTheDocument();
    fake.fire('snapshot:updated', { role: 'mentor', me: mentorMe() });
    expect(screen.getByTestId('mentor-screen')).toBeInTheDocument();
  });

  it('shows "Reconnecting…" while offline and keeps the screen', () => {
    window.location.hash = '#token=tok-1';
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentee', me: menteeMe() });
    fake.drop('transport close');
    expect(screen.getByTestId('offline-notice')).toHaveTextContent('Reconnecting…');
    expect(screen.getByTestId('mentee-screen')).toBeInTheDocument();
  });

  it('a refused token: says the link is not valid and forgets it', () => {
    localStorage.setItem(PERSON_TOKEN_KEY, 'old-token');
    render(() => <PersonPage />);
    fake.active = false;
    fake.fire('connect_error', new Error('unauthorized'));
    expect(screen.getByTestId('invalid-link')).toHaveTextContent('This link is not valid');
    expect(localStorage.getItem(PERSON_TOKEN_KEY)).toBeNull();
  });

  it('says so when the event is deleted, and when the link is not a personal one', () => {
    window.location.hash = '#token=tok-1';
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', { role: 'projector', projector: projectorView() });
    expect(screen.getByTestId('not-personal')).toBeInTheDocument();
    fake.fire('event:deleted', { eventId: 'ev1' });
    expect(screen.getByTestId('event-deleted')).toHaveTextContent('This event was deleted');
  });
});

describe('ProjectorPage', () => {
  it('with its key shows the projector; without one says the link is not valid', () => {
    render(() => <ProjectorPage />);
    expect(screen.getByTestId('invalid-link')).toBeInTheDocument();
    cleanup();
    window.location.hash = '#key=proj-1';
    render(() => <ProjectorPage />);
    expect(localStorage.getItem(PROJECTOR_KEY)).toBe('proj-1');
    fake.open();
    fake.fire('snapshot:updated', { role: 'projector', projector: { ...projectorView(), clock: runningClock(0, 90_000, T0) } });
    expect(screen.getByTestId('projector-screen')).toBeInTheDocument();
    fake.fire('snapshot:updated', { role: 'mentee', me: menteeMe() });
    expect(screen.getByTestId('not-projector')).toBeInTheDocument();
  });
});
