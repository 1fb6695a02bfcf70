import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from './support/fake-socket';
import { pressReload } from './support/reload';
import { GRACE_ROUNDS, T0, menteeMe, mentorMe, projectorView, runningClock } from './support/fixtures';

let fake: FakeSocket;
vi.mock('../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: PersonPage, PERSON_TOKEN_KEY } = await import('../../client/screens/person-page');
const { default: ProjectorPage, PROJECTOR_KEY } = await import('../../client/screens/projector/projector-page');

beforeEach(() => {
  // The page asks for my meetings over HTTP (GET /api/me/meetings); no server here says no.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{"error":{"code":"not_found","message":"no server"}}', { status: 404 })),
  );
  fake = new FakeSocket();
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

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

  it('a page from an older version: says it is out of date with a reload button, not that the link is bad', () => {
    window.location.hash = '#token=tok-1';
    render(() => <PersonPage />);
    fake.active = false;
    fake.fire(
      'connect_error',
      Object.assign(new Error('this page is from another version of Tablehop: reload it'), {
        data: { code: 'outdated_client' },
      }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page is out of date');
    expect(screen.queryByTestId('invalid-link')).toBeNull();
    expect(localStorage.getItem(PERSON_TOKEN_KEY)).toBe('tok-1');
    pressReload();
  });

  it("a mentor's page does not ask for a snapshot when the round changes: it shows the one the server pushes", () => {
    window.location.hash = '#token=tok-m1';
    fake.serverClockAhead = 0; // the clocks below are stamped with this machine's time
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', {
      role: 'mentor',
      me: { ...mentorMe(), clock: runningClock(0, 60_000, Date.now(), 1) },
    });
    expect(screen.getByTestId('now-group')).toHaveTextContent('At your table now (round 1)');
    fake.fire('clock:changed', runningClock(1, 120_000, Date.now(), 2));
    expect(screen.getByTestId('now-group')).toHaveTextContent('Arriving now (round 2)');
    fake.fire('clock:changed', runningClock(2, 600_000, Date.now(), 3));
    expect(screen.getByTestId('now-group')).toHaveTextContent('At your table now (round 2)');
    expect(fake.sent.filter((s) => s.event === 'snapshot:get')).toEqual([]);
    // The server's push for the new round: someone else arrives next, with their questions.
    const round3 = {
      ...GRACE_ROUNDS[2]!,
      table: 'T1',
      mentees: [{ id: 'e9', name: 'Priya Raman', questions: ['Where do I start?'] }],
    };
    fake.fire('snapshot:updated', {
      role: 'mentor',
      me: {
        ...mentorMe({ rounds: [GRACE_ROUNDS[0]!, GRACE_ROUNDS[1]!, round3] }),
        clock: runningClock(2, 600_000, Date.now(), 3),
      },
    });
    expect(screen.getByTestId('next-group')).toHaveTextContent('Priya Raman');
    expect(screen.getByTestId('next-group')).toHaveTextContent('Where do I start?');
    expect(fake.sent.filter((s) => s.event === 'snapshot:get')).toEqual([]);
  });

  it("parses the server's answer to saved questions, and keeps the text when it does not understand it", async () => {
    window.location.hash = '#token=tok-1';
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', { role: 'mentee', me: menteeMe() });
    fireEvent.input(screen.getByLabelText('Question 1'), { target: { value: 'How did you start?  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save questions' }));
    const sent = () => fake.sent.filter((x) => x.event === 'questions:update');
    await vi.waitFor(() => expect(sent()).toHaveLength(1));
    sent()[0]!.ack!({ ok: true, data: { questions: 'How did you start?' } });
    await vi.waitFor(() =>
      expect(screen.getByTestId('save-state')).toHaveTextContent(
        'Not saved: The server sent an answer this page does not understand.',
      ),
    );
    expect(screen.getByLabelText('Question 1')).toHaveValue('How did you start?  ');
    fireEvent.click(screen.getByRole('button', { name: 'Save questions' }));
    await vi.waitFor(() => expect(sent()).toHaveLength(2));
    sent()[1]!.ack!({ ok: true, data: { questions: ['How did you start?'] } });
    await vi.waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Saved'));
    expect(screen.getByLabelText('Question 1')).toHaveValue('How did you start?');
  });

  it('sends feedback over the socket, keeps it offline and sends it on reconnect; shows pushed meetings', async () => {
    window.location.hash = '#token=tok-1';
    fake.serverClockAhead = 0;
    render(() => <PersonPage />);
    fake.open();
    fake.fire('snapshot:updated', {
      role: 'mentee',
      me: { ...menteeMe(), clock: runningClock(0, 60_000, Date.now()) },
    });
    // The feedback cards are loaded on demand (their own chunk): wait for them.
    const grace = within(await screen.findByTestId('feedback-1-m1'));
    fake.drop('transport close');
    fireEvent.click(grace.getByRole('button', { name: '4 of 5' }));
    expect(grace.getByTestId('feedback-state')).toHaveTextContent('Waiting for connection…');
    const sent = () => fake.sent.filter((x) => x.event === 'feedback:give');
    expect(sent()).toHaveLength(0);
    fake.open();
    await vi.waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]!.payload).toEqual({ round: 1, withId: 'm1', rating: 4 });
    sent()[0]!.ack!({ ok: true, data: { feedback: { rating: 4, followUp: true, note: '' }, mutual: true } });
    await vi.waitFor(() => expect(grace.getByTestId('feedback-state')).toHaveTextContent(''));
    fake.fire('meetings:updated', {
      meetings: [
        {
          round: 1,
          startsAt: null,
          table: 'T1',
          with: { id: 'm1', name: 'Grace Hopper', role: 'mentor', questions: [] },
          feedback: { rating: 4, followUp: true, note: '' },
          mutual: true,
          contact: 'grace@navy.example',
        },
      ],
      sharing: { share: 'none', contact: null },
      hasEmail: false,
      feedbackClosesAt: null,
      feedbackOpen: true,
    });
    expect(grace.getByTestId('feedback-contact')).toHaveTextContent('grace@navy.example');
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
    fake.fire('snapshot:updated', {
      role: 'projector',
      projector: { ...projectorView(), clock: runningClock(0, 90_000, T0) },
    });
    expect(screen.getByTestId('projector-screen')).toBeInTheDocument();
    fake.fire('snapshot:updated', { role: 'mentee', me: menteeMe() });
    expect(screen.getByTestId('not-projector')).toBeInTheDocument();
  });
});
