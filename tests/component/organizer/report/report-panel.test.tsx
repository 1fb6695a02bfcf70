import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../client/live/api';
import { ReportPanel } from '../../../../client/screens/organizer/report/report-panel';
import { fakeReportApi, reportFixture } from './fixtures';

afterEach(cleanup);

function show(api = fakeReportApi(), active = true, print = vi.fn()) {
  const [isActive, setActive] = createSignal(active);
  render(() => <ReportPanel api={api} active={isActive} eventName="Night" print={print} />);
  return { api, setActive, print };
}

describe('ReportPanel', () => {
  it('loads when the tab opens, again each time it reopens, and on Refresh', async () => {
    const { api, setActive } = show(fakeReportApi(), false);
    expect(api.load).not.toHaveBeenCalled();
    setActive(true);
    await screen.findByTestId('report-summary');
    expect(api.load).toHaveBeenCalledTimes(1);
    setActive(false);
    setActive(true);
    expect(api.load).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(api.load).toHaveBeenCalledTimes(3);
  });

  it('shows the new figures after a refresh', async () => {
    const api = fakeReportApi();
    show(api);
    await waitFor(() => expect(screen.getByTestId('total-no-shows')).toHaveTextContent('2'));
    api.load.mockResolvedValueOnce(reportFixture({ noShows: 5 }));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByTestId('total-no-shows')).toHaveTextContent('5'));
  });

  it('says why the report could not load', async () => {
    const api = fakeReportApi();
    api.load.mockRejectedValueOnce(new ApiError(403, 'forbidden', 'wrong key'));
    show(api);
    await waitFor(() =>
      expect(screen.getByTestId('report-status')).toHaveTextContent('Could not load the report: wrong key'),
    );
    expect(screen.queryByTestId('report-summary')).toBeNull();
  });

  it('prints the summary, with the event name on the printed page', async () => {
    const { print } = show();
    await screen.findByTestId('report-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Print summary' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.report-print-head')).toHaveTextContent(/^Night · Tablehop summary/);
  });

  it('downloads the follow-ups and names the file', async () => {
    const { api } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Download follow-ups (CSV)' }));
    await waitFor(() =>
      expect(screen.getByTestId('report-status')).toHaveTextContent('Downloaded follow-ups-ev1.csv.'),
    );
    expect(api.downloadFollowUps).toHaveBeenCalledTimes(1);
  });

  it('erase: cancel leaves the feedback alone', async () => {
    const { api } = show();
    await screen.findByTestId('report-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Erase all feedback…' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase all feedback?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent(/cannot be undone/);
    fireEvent.click(screen.getByRole('button', { name: 'Keep the feedback' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(api.eraseFeedback).not.toHaveBeenCalled();
    expect(api.load).toHaveBeenCalledTimes(1);
  });

  it('erase: confirming calls the API, then loads the report again', async () => {
    const api = fakeReportApi();
    show(api);
    await screen.findByTestId('report-summary');
    api.load.mockResolvedValueOnce(reportFixture({ followUps: { given: 0, mutual: 0 } }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase all feedback…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase all feedback' }));
    await waitFor(() => expect(screen.getByTestId('total-follow-ups')).toHaveTextContent('0'));
    expect(api.eraseFeedback).toHaveBeenCalledTimes(1);
    expect(api.load).toHaveBeenCalledTimes(2);
    expect(api.eraseFeedback.mock.invocationCallOrder[0]!).toBeLessThan(api.load.mock.invocationCallOrder[1]!);
    expect(screen.getByTestId('erase-feedback-status')).toHaveTextContent('All feedback was erased.');
  });

  it('erase: a refusal is said and the report is not reloaded', async () => {
    const api = fakeReportApi();
    api.eraseFeedback.mockRejectedValueOnce(new ApiError(503, 'unavailable', 'try again in a minute'));
    show(api);
    await screen.findByTestId('report-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Erase all feedback…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase all feedback' }));
    await waitFor(() =>
      expect(screen.getByTestId('erase-feedback-status')).toHaveTextContent('Could not erase: try again in a minute'),
    );
    expect(api.load).toHaveBeenCalledTimes(1);
  });
});
