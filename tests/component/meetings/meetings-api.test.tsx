import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { meetingsApi } from '../../../client/live/meetings-api';
import { menteeAnswer } from './fixtures';

afterEach(() => vi.unstubAllGlobals());

const callOf = (fetchMock: ReturnType<typeof vi.fn>) => fetchMock.mock.calls[0] as unknown as [string, RequestInit];

describe('meetingsApi', () => {
  it('loads my meetings with the token in the Authorization header and parses them', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(menteeAnswer())));
    vi.stubGlobal('fetch', fetchMock);
    expect(await meetingsApi('tok-1').load()).toEqual(menteeAnswer());
    const [url, init] = callOf(fetchMock);
    expect(url).toBe('/api/me/meetings');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok-1');
  });

  it('refuses an answer that is not meetings', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ meetings: 'none' }))),
    );
    await expect(meetingsApi('tok-1').load()).rejects.toMatchObject({ code: 'bad_answer' });
  });

  it.each([
    ['ics', '/api/me/meetings.ics', 'tablehop-meetings.ics'],
    ['csv', '/api/me/meetings.csv', 'tablehop-meetings.csv'],
  ] as const)('downloads the .%s from a blob, the token in the header and never in a URL', async (kind, path, name) => {
    const fetchMock = vi.fn(
      async () => new Response('file', { headers: { 'content-disposition': `attachment; filename="${name}"` } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:meetings');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    try {
      expect(await meetingsApi('tok-1').download(kind)).toBe(name);
    } finally {
      click.mockRestore();
    }
    const [url, init] = callOf(fetchMock);
    expect(url).toBe(path);
    expect(url).not.toContain('tok-1');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok-1');
    expect(createObjectURL.mock.calls[0]![0]).toBeInstanceOf(Blob);
    expect(clicked).toEqual([{ href: 'blob:meetings', download: name }]);
  });

  it('a refused download throws the server’s message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(JSON.stringify({ error: { code: 'not_found', message: 'removed' } }), { status: 404 }),
      ),
    );
    const err = await meetingsApi('tok-1')
      .download('csv')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('removed');
  });
});
