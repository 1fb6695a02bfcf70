import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from '../../support/fake-socket';
import { viewFixture } from '../fixtures';
import { reportFixture } from './fixtures';

let fake: FakeSocket;
vi.mock('../../../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: OrganizerPage } = await import('../../../../client/screens/organizer/organizer-page');

let urls: string[];
beforeEach(() => {
  fake = new FakeSocket();
  sessionStorage.clear();
  localStorage.clear();
  window.location.hash = '#key=k';
  urls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const body = url === '/api/events/ev1/report' ? reportFixture() : viewFixture();
      return new Response(JSON.stringify(body));
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the console’s Report tab', () => {
  it('comes last, after the existing tabs in their order, and loads the report only when opened', async () => {
    render(() => <OrganizerPage eventId="ev1" />);
    await screen.findByRole('heading', { level: 1, name: 'Night' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      expect.stringMatching(/^People/),
      'Check-in',
      'Plan',
      'Run',
      'Print & backup',
      'Report',
    ]);
    expect(urls).not.toContain('/api/events/ev1/report');
    fireEvent.click(screen.getByRole('tab', { name: 'Report' }));
    await waitFor(() => expect(screen.getByTestId('total-held')).toHaveTextContent('22 of 24'));
    expect(urls.filter((u) => u === '/api/events/ev1/report')).toHaveLength(1);
    expect(sessionStorage.getItem('tablehop:organizer-tab:ev1')).toBe('report');
  });
});
