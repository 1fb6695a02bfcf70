import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportApi } from '../../../../client/screens/organizer/report/report-api';
import { reportFixture } from './fixtures';

afterEach(() => vi.unstubAllGlobals());

const calls = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls.map(([url, init]) => ({
    url: url as string,
    method: (init as RequestInit).method ?? 'GET',
    auth: ((init as RequestInit).headers as Record<string, string>).authorization,
  }));

describe('reportApi', () => {
  it('GETs the report with the organizer key and parses it', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(reportFixture())));
    vi.stubGlobal('fetch', fetchMock);
    expect(await reportApi('ev 1', 'key-1').load()).toEqual(reportFixture());
    expect(calls(fetchMock)).toEqual([{ url: '/api/events/ev%201/report', method: 'GET', auth: 'Bearer key-1' }]);
  });

  it('refuses a report that does not have five rating counts', async () => {
    const bad = { ...reportFixture(), ratings: { count: 1, mean: 5, histogram: [0, 0, 1] } };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(bad))),
    );
    await expect(reportApi('ev1', 'k').load()).rejects.toMatchObject({ code: 'bad_answer' });
  });

  it('DELETEs the feedback (204) with the key', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await reportApi('ev1', 'key-1').eraseFeedback()).toBeNull();
    expect(calls(fetchMock)).toEqual([{ url: '/api/events/ev1/feedback', method: 'DELETE', auth: 'Bearer key-1' }]);
  });

  it('downloads the follow-ups CSV from a blob with the key in the header', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('a,b', { headers: { 'content-disposition': 'attachment; filename="follow-ups-ev1.csv"' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    let clicks = 0;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => void clicks++);
    try {
      expect(await reportApi('ev1', 'key-1').downloadFollowUps()).toBe('follow-ups-ev1.csv');
    } finally {
      click.mockRestore();
    }
    expect(calls(fetchMock)).toEqual([
      { url: '/api/events/ev1/export/follow-ups.csv', method: 'GET', auth: 'Bearer key-1' },
    ]);
    expect(clicks).toBe(1);
  });
});
