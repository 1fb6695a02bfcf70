import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { createMeetingsFeed } from '../../../client/live/meetings-feed';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import { menteeAnswer } from './fixtures';

/** A push channel the test plays the server on. */
function pushes() {
  let listener: ((raw: unknown) => void) | null = null;
  const stop = vi.fn(() => (listener = null));
  return {
    subscribe: (accept: (raw: unknown) => void) => {
      listener = accept;
      return stop;
    },
    push: (raw: unknown) => listener?.(raw),
    stop,
  };
}
const deferred = <T,>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createMeetingsFeed', () => {
  it('shows the loaded answer, then each push; a push that does not parse is ignored', async () => {
    const channel = pushes();
    await createRoot(async (dispose) => {
      const feed = createMeetingsFeed(async () => menteeAnswer(), channel.subscribe);
      expect(feed.answer()).toBeNull();
      await flush();
      expect(feed.answer()?.meetings).toHaveLength(3);
      channel.push(menteeAnswer({ meetings: [] }));
      expect(feed.answer()?.meetings).toEqual([]);
      channel.push({ meetings: 'garbage' });
      expect(feed.answer()?.meetings).toEqual([]);
      dispose();
    });
    expect(channel.stop).toHaveBeenCalledTimes(1);
  });

  it('a load under way when a push arrives does not overwrite the newer push', async () => {
    const channel = pushes();
    const slow = deferred<MeetingsAnswer>();
    await createRoot(async (dispose) => {
      const feed = createMeetingsFeed(() => slow.promise, channel.subscribe);
      channel.push(menteeAnswer({ feedbackOpen: false }));
      slow.resolve(menteeAnswer({ feedbackOpen: true }));
      await flush();
      expect(feed.answer()?.feedbackOpen).toBe(false);
      dispose();
    });
  });

  it('says why the load failed until an answer arrives, and loads again on reload', async () => {
    const channel = pushes();
    const load = vi
      .fn<() => Promise<MeetingsAnswer>>()
      .mockRejectedValueOnce(new ApiError(0, 'network', 'No connection'))
      .mockResolvedValueOnce(menteeAnswer());
    await createRoot(async (dispose) => {
      const feed = createMeetingsFeed(load, channel.subscribe);
      await flush();
      // The phone's own words for a network failure (issue 19), not the transport's.
      expect(feed.error()).toBe('No connection to the server. Check the Wi-Fi and try again.');
      expect(feed.answer()).toBeNull();
      await feed.reload();
      expect(feed.error()).toBeNull();
      expect(feed.answer()?.meetings).toHaveLength(3);
      expect(load).toHaveBeenCalledTimes(2);
      dispose();
    });
  });
});
