import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import { FakeSocket } from '../support/fake-socket';
import { viewFixture } from './fixtures';

// The console names the roles with the event's own words (issue 17, settings.labels).

let fake: FakeSocket;
vi.mock('../../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: OrganizerPage } = await import('../../../client/screens/organizer/organizer-page');

const labelled = (labels: OrganizerView['event']['labels']): OrganizerView => {
  const v = viewFixture();
  return { ...v, event: { ...v.event, labels } };
};

function serve(view: OrganizerView) {
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if ((init?.method ?? 'GET') === 'GET' && url === '/api/events/ev1')
      return new Response(JSON.stringify(view), { status: 200 });
    if (url === '/api/events/ev1/mail')
      return new Response(JSON.stringify({ enabled: false, message: 'off', perMinute: null, people: [] }));
    return new Response(JSON.stringify({ error: { code: 'not_found', message: 'no such route' } }), { status: 404 });
  });
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
});

describe('the console in the event’s role words', () => {
  it('People: the lists, the add form, the fields and the delete question say Investor and Founder', async () => {
    serve(labelled({ mentor: 'Investor', mentee: 'Founder' }));
    render(() => <OrganizerPage eventId="ev1" />);
    expect(await screen.findByRole('heading', { name: 'Investors (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Founders (3)' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Mentors/ })).toBeNull();

    const add = screen.getByRole('form', { name: 'Add a person' });
    expect(within(add).getByRole('button', { name: 'Add founder' })).toBeInTheDocument();
    expect(within(add).getByLabelText('Wishes (investors to meet)')).toBeInTheDocument();
    fireEvent.click(within(add).getByRole('radio', { name: 'Investor' }));
    expect(within(add).getByRole('button', { name: 'Add investor' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Delete 李雷' }));
    expect(screen.getByRole('dialog', { name: 'Delete investor 李雷?' })).toBeInTheDocument();
  });

  it('follows a pushed change of the words, and the Plan tab holds them in its form', async () => {
    serve(labelled({ mentor: 'VC', mentee: 'Alumnus', mentees: 'Alumni' }));
    render(() => <OrganizerPage eventId="ev1" />);
    expect(await screen.findByRole('heading', { name: 'VCs (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Alumni (3)' })).toBeInTheDocument();
    // Acronyms keep their capitals inside a sentence.
    expect(screen.getByRole('button', { name: 'Add alumnus' })).toBeInTheDocument();

    fake.open();
    fake.fire('snapshot:updated', { role: 'organizer', organizer: labelled(undefined) });
    expect(screen.getByRole('heading', { name: 'Mentors (2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add mentee' })).toBeInTheDocument();

    fake.fire('snapshot:updated', {
      role: 'organizer',
      organizer: labelled({ mentor: 'Investor', mentee: 'Founder' }),
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    const card = screen.getByRole('form', { name: 'Role names and language' });
    expect(within(card).getByLabelText('Mentor role')).toHaveValue('Investor');
    expect(within(card).getByLabelText('Mentee role')).toHaveValue('Founder');
    await waitFor(() => expect(screen.getByTestId('timing-summary')).toHaveTextContent('up to 1 founder per table'));
    expect(screen.getByTestId('timing-summary')).toHaveTextContent('(one round per investor)');
  });
});
