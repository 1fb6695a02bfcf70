import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HomePage from '../../../client/screens/home/home-page';

// A hosted Tablehop (TABLEHOP_CREATE_KEY) asks for an access code before creating an event;
// GET /api/instance tells the home page whether this one does.

type Sent = { url: string; init: RequestInit | undefined };

function serve(createKeyRequired: boolean | 'unreachable') {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    sent.push({ url, init });
    if (url === '/api/instance') {
      if (createKeyRequired === 'unreachable') throw new TypeError('network down');
      return new Response(JSON.stringify({ createKeyRequired }), { status: 200 });
    }
    const error = {
      error: { code: 'unauthorized', message: 'this server only lets invited organizers create events' },
    };
    return new Response(JSON.stringify(error), { status: 401 });
  });
  return sent;
}

const type = (label: RegExp | string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('home page and the access code', () => {
  it('asks for the code when the server needs one, and sends it as the bearer of the create call', async () => {
    const sent = serve(true);
    render(() => <HomePage />);
    const code = await screen.findByLabelText('Organizer access code');
    expect(code).toHaveAttribute('type', 'password');
    type('Organizer access code', '  invited-organizers-2026 ');
    type('Event name', 'Night');
    fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));
    await waitFor(() => expect(sent.some((s) => s.url === '/api/events')).toBe(true));
    const create = sent.find((s) => s.url === '/api/events')!;
    expect((create.init!.headers as Record<string, string>).authorization).toBe('Bearer invited-organizers-2026');
    // The server's refusal is shown as it says it.
    expect(await screen.findByText(/only lets invited organizers create events/)).toBeInTheDocument();
  });

  it('shows no code field on an open server, and sends no bearer', async () => {
    const sent = serve(false);
    render(() => <HomePage />);
    await waitFor(() => expect(sent.map((s) => s.url)).toContain('/api/instance'));
    type('Event name', 'Night');
    fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));
    await waitFor(() => expect(sent.some((s) => s.url === '/api/events')).toBe(true));
    expect(screen.queryByLabelText('Organizer access code')).toBeNull();
    const create = sent.find((s) => s.url === '/api/events')!;
    expect((create.init!.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('carries on without the field when the question cannot be answered', async () => {
    const sent = serve('unreachable');
    render(() => <HomePage />);
    await waitFor(() => expect(sent.map((s) => s.url)).toContain('/api/instance'));
    expect(screen.getByLabelText('Event name')).toBeInTheDocument();
    expect(screen.queryByLabelText('Organizer access code')).toBeNull();
  });
});
