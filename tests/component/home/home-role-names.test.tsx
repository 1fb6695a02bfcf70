import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HomePage from '../../../client/screens/home/home-page';

// The create form asks for the event's role names (issue 17) and language (issue 19).

let bodies: unknown[] = [];
beforeEach(() => {
  bodies = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url === '/api/instance') return new Response(JSON.stringify({ createKeyRequired: false }), { status: 200 });
    bodies.push(JSON.parse(String(init?.body)));
    // A refusal keeps the page here (a success would navigate away).
    const error = { error: { code: 'bad_request', message: 'invalid settings', issues: [] } };
    return new Response(JSON.stringify(error), { status: 400 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));

describe('home form: role names and event language', () => {
  it('sends neither when left alone, so a plain event is stored as before', async () => {
    render(() => <HomePage />);
    type('Event name', 'Night');
    create();
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).not.toHaveProperty('labels');
    expect(bodies[0]).not.toHaveProperty('locale');
  });

  it('sends the words typed and the language chosen in the create body', async () => {
    render(() => <HomePage />);
    type('Event name', 'Office hours');
    type('Mentor role', 'Investor');
    type('Mentee role', 'Founder');
    expect(screen.getByLabelText('Mentee role, plural')).toHaveAttribute('placeholder', 'Founders');
    fireEvent.change(screen.getByLabelText('Event language'), { target: { value: 'de' } });
    create();
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({
      name: 'Office hours',
      labels: { mentor: 'Investor', mentee: 'Founder' },
      locale: 'de',
    });
  });

  it('names a role over 30 characters at its field and sends nothing', async () => {
    render(() => <HomePage />);
    type('Event name', 'Night');
    fireEvent.click(screen.getByText('Plural forms'));
    type('Mentor role, plural', 'x'.repeat(31));
    create();
    const field = screen.getByLabelText('Mentor role, plural');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/must be at most 30 characters/);
    expect(screen.getByText('Please fix the marked fields.')).toBeInTheDocument();
    expect(bodies).toHaveLength(0);
  });

  it("shows the server's refusal of a role name at that field", async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (url === '/api/instance') return new Response(JSON.stringify({ createKeyRequired: false }), { status: 200 });
      const issues = [{ path: 'labels.mentee', message: 'must contain a visible character' }];
      return new Response(JSON.stringify({ error: { code: 'bad_request', message: 'invalid settings', issues } }), {
        status: 400,
      });
    });
    render(() => <HomePage />);
    type('Event name', 'Night');
    type('Mentee role', 'Founder');
    create();
    await waitFor(() =>
      expect(screen.getByLabelText('Mentee role')).toHaveAccessibleDescription('must contain a visible character'),
    );
  });
});
