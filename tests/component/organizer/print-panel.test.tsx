import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFromInputs, startInputs } from '../../../client/screens/organizer/plan/start-time';
import { StartTimeField } from '../../../client/screens/organizer/plan/start-time-field';
import { fileNameOf } from '../../../client/screens/organizer/print/download';
import { PrintPanel } from '../../../client/screens/organizer/print/print-panel';
import { fakeApi, viewFixture } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('start time inputs', () => {
  it('local date and time ⇄ epoch ms; empty is no planned start; impossible dates refused', () => {
    const ms = new Date(2030, 5, 14, 18, 30).getTime();
    expect(startInputs(ms)).toEqual({ date: '2030-06-14', time: '18:30' });
    expect(startInputs(null)).toEqual({ date: '', time: '' });
    expect(startFromInputs('2030-06-14', '18:30')).toEqual({ ok: true, value: ms });
    expect(startFromInputs('', '')).toEqual({ ok: true, value: null });
    expect(startFromInputs('2030-06-14', '')).toMatchObject({ ok: false, error: expect.stringMatching(/start time/) });
    expect(startFromInputs('', '18:30')).toMatchObject({ ok: false, error: expect.stringMatching(/date/) });
    expect(startFromInputs('2030-02-30', '18:30')).toMatchObject({ ok: false });
    expect(startFromInputs('2030-06-14', '24:10')).toMatchObject({ ok: false });
  });

  it('saves the planned start through PATCH, and clears it; the pushed view shows what was saved', async () => {
    const http = fakeApi();
    const withStart = (plannedStartAt: number | null) =>
      viewFixture({ event: { ...viewFixture().event, plannedStartAt } });
    const [view, push] = createSignal(withStart(new Date(2030, 0, 2, 9, 0).getTime()));
    render(() => <StartTimeField view={view()} http={http} />);
    expect(screen.getByLabelText('Date')).toHaveValue('2030-01-02');
    expect(screen.getByLabelText('Start time')).toHaveValue('09:00');
    fireEvent.input(screen.getByLabelText('Start time'), { target: { value: '10:15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the start time' }));
    await waitFor(() =>
      expect(http.patchSettings).toHaveBeenCalledWith({ plannedStartAt: new Date(2030, 0, 2, 10, 15).getTime() }),
    );
    await waitFor(() => expect(screen.getByTestId('start-status')).toHaveTextContent(/Planned start/));
    push(withStart(new Date(2030, 0, 2, 10, 15).getTime()));
    expect(screen.getByLabelText('Start time')).toHaveValue('10:15');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(http.patchSettings).toHaveBeenLastCalledWith({ plannedStartAt: null }));
    await waitFor(() => expect(screen.getByTestId('start-status')).toHaveTextContent('Planned start cleared.'));
    // Each save is one PATCH: no GET after it; the server's push is what changes the view.
    expect(http.load).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeInTheDocument();
    push(withStart(null));
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
  });

  it('a half-filled form is not sent', async () => {
    const http = fakeApi();
    render(() => <StartTimeField view={viewFixture()} http={http} />);
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2030-01-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the start time' }));
    await waitFor(() => expect(screen.getByTestId('start-status')).toHaveTextContent(/start time/));
    expect(http.patchSettings).not.toHaveBeenCalled();
  });
});

describe('PrintPanel', () => {
  it('links each printable with the key in the fragment; the wall sheet and schedule exports wait for a plan', () => {
    render(() => <PrintPanel view={viewFixture()} secret="k/y" />);
    expect(screen.getByTestId('print-cards')).toHaveAttribute('href', '/organize/ev1/print/cards#key=k%2Fy');
    expect(screen.getByTestId('print-cards')).toHaveAttribute('target', '_blank');
    expect(screen.queryByTestId('print-sheet')).toBeNull();
    expect(screen.getByRole('button', { name: /row per person per round/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /People \(CSV/ })).toBeEnabled();
  });

  it('downloads with the key in the Authorization header, never in the URL', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('{}', {
          headers: { 'content-disposition': 'attachment; filename="tablehop-night-2030-01-01.json"' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    render(() => <PrintPanel view={viewFixture()} secret="secret-key" />);
    fireEvent.click(screen.getByTestId('download-backup'));
    await waitFor(() =>
      expect(screen.getByTestId('print-status')).toHaveTextContent('Downloaded tablehop-night-2030-01-01.json.'),
    );
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/events/ev1/backup');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer secret-key');
  });

  it('asks for the feedback in the backup only when "Include feedback" is ticked', async () => {
    const fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    render(() => <PrintPanel view={viewFixture()} secret="secret-key" />);
    expect(screen.getByTestId('backup-include-feedback')).not.toBeChecked();
    fireEvent.click(screen.getByTestId('backup-include-feedback'));
    fireEvent.click(screen.getByTestId('download-backup'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/api/events/ev1/backup?feedback=1');
  });

  it('says why a download failed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: 'not_found', message: 'no schedule yet' } }), { status: 404 }),
      ),
    );
    render(() => <PrintPanel view={viewFixture()} secret="k" />);
    fireEvent.click(screen.getByRole('button', { name: /People \(CSV/ }));
    await waitFor(() =>
      expect(screen.getByTestId('print-status')).toHaveTextContent('Could not download: no schedule yet'),
    );
  });

  it('file names from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="a b.csv"', 'x')).toBe('a b.csv');
    expect(fileNameOf('attachment; filename=people-1.csv', 'x')).toBe('people-1.csv');
    expect(fileNameOf('attachment; filename="x.json"; filename*=UTF-8\'\'M%C3%A4rz.json', 'x')).toBe('März.json');
    expect(fileNameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
