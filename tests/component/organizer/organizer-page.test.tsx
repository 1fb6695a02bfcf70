import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotSchema } from '../../../shared/protocol/views';
import { FakeSocket } from '../support/fake-socket';
import { pressReload } from '../support/reload';
import { viewFixture } from './fixtures';

let fake: FakeSocket;
vi.mock('../../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: OrganizerPage } = await import('../../../client/screens/organizer/organizer-page');

/** The HTTP API as the console sees it: the view on GET, 204 on DELETE; every call recorded. */
function fakeServer() {
  const calls: { method: string; url: string }[] = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push({ method, url });
    if (method === 'GET' && url === '/api/events/ev1')
      return new Response(JSON.stringify(viewFixture()), { status: 200 });
    if (method === 'DELETE') return new Response(null, { status: 204 });
    if (method === 'GET' && url === '/api/events/ev1/mail')
      return new Response(JSON.stringify({ enabled: false, message: 'off', perMinute: null, people: [] }));
    return new Response(JSON.stringify({ error: { code: 'not_found', message: 'no such route' } }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  // GETs of the view: the send log (GET …/mail) is read by itself when the People or Run tab opens.
  return { calls, gets: () => calls.filter((c) => c.method === 'GET' && !c.url.endsWith('/mail')) };
}

beforeEach(() => {
  fake = new FakeSocket();
  localStorage.clear();
  sessionStorage.clear();
  window.location.hash = '#key=k';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('OrganizerPage', () => {
  it('an edit is one call: no GET after it, and the pushed view updates the console', async () => {
    const server = fakeServer();
    render(() => <OrganizerPage eventId="ev1" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Night' })).toBeInTheDocument();
    // The view, and once the sign-ups the People tab shows (read again only when a push says they moved).
    await waitFor(() =>
      expect(server.gets()).toEqual([
        { method: 'GET', url: '/api/events/ev1' },
        { method: 'GET', url: '/api/events/ev1/registrations' },
      ]),
    );
    fake.open();
    fake.fire('snapshot:updated', { role: 'organizer', organizer: viewFixture() });

    fireEvent.click(screen.getByRole('button', { name: 'Delete 李雷' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete mentor 李雷?' })).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(server.calls).toContainEqual({ method: 'DELETE', url: '/api/events/ev1/people/m2' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(server.gets()).toHaveLength(2);
    // Until the server's push, the console shows what it was told last.
    expect(screen.getByRole('heading', { name: 'Mentors (2)' })).toBeInTheDocument();

    const v = viewFixture();
    fake.fire('snapshot:updated', {
      role: 'organizer',
      organizer: { ...v, mentors: v.mentors.filter((m) => m.id !== 'm2') },
    });
    expect(screen.getByRole('heading', { name: 'Mentors (1)' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'People (4)' })).toBeInTheDocument();
    expect(server.gets()).toHaveLength(2);
  });

  it('parses each pushed snapshot once', async () => {
    fakeServer();
    const parse = vi.spyOn(snapshotSchema, 'safeParse');
    render(() => <OrganizerPage eventId="ev1" />);
    fake.open();
    fake.fire('snapshot:updated', {
      role: 'organizer',
      organizer: { ...viewFixture(), event: { ...viewFixture().event, name: 'Pushed night' } },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pushed night' })).toBeInTheDocument();
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('a console older than the server: says it is out of date and offers a reload', async () => {
    fakeServer();
    render(() => <OrganizerPage eventId="ev1" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Night' })).toBeInTheDocument();
    fake.active = false;
    fake.fire(
      'connect_error',
      Object.assign(new Error('this page is from another version of Tablehop: reload it'), {
        data: { code: 'outdated_client' },
      }),
    );
    const notice = screen.getByTestId('outdated-client');
    expect(notice).toHaveTextContent('This console is out of date');
    expect(notice).not.toHaveTextContent('This key does not open this event');
    expect(screen.queryByRole('tablist')).toBeNull();
    pressReload(notice);
    expect(localStorage.getItem('tablehop:organizer:ev1')).toBe('k');
  });
});
