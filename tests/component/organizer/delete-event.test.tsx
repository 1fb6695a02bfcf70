import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteEventCard, EventDeleted } from '../../../client/screens/organizer/print/delete-event';
import { PrintPanel } from '../../../client/screens/organizer/print/print-panel';
import { viewFixture } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Delete this event', () => {
  it('the confirmation names the event and says it cannot be undone; cancel does nothing', () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    const onDeleted = vi.fn();
    render(() => <PrintPanel view={viewFixture()} secret="k" onDeleted={onDeleted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this event…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Night”?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent(/Night/);
    expect(dialog).toHaveTextContent(/every person’s data and questions/);
    expect(dialog).toHaveTextContent(/cannot be undone/);
    fireEvent.click(screen.getByRole('button', { name: 'Keep the event' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('confirm sends DELETE with the organizer key, then reports the deletion', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    const onDeleted = vi.fn();
    render(() => <DeleteEventCard eventId="ev 1" eventName="Night" secret="secret-key" onDeleted={onDeleted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this event…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete the event' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('Night'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/events/ev%201');
    expect(init.method).toBe('DELETE');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer secret-key');
  });

  it('a refusal is shown and the event is not reported deleted', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'wrong key' } }), { status: 401 }),
      ),
    );
    const onDeleted = vi.fn();
    render(() => <DeleteEventCard eventId="ev1" eventName="Night" secret="k" onDeleted={onDeleted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this event…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete the event' }));
    await waitFor(() =>
      expect(screen.getByTestId('delete-event-status')).toHaveTextContent('Could not delete the event: wrong key'),
    );
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('the deleted state names the event and links home', () => {
    render(() => <EventDeleted eventName="Night" />);
    expect(screen.getByRole('heading', { name: 'Event deleted' })).toBeInTheDocument();
    expect(screen.getByTestId('event-deleted')).toHaveTextContent(/Night/);
    // (happy-dom misreads Solid's minified `<a href=/>` as an empty href; browsers read `/`.)
    expect(screen.getByText('Back to the home page').tagName).toBe('A');
  });
});
