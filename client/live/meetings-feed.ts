import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { meetingsAnswerSchema, type MeetingsAnswer } from '../../shared/protocol/after-talk';
import { phoneErrorText } from './phone-error-text';

/** Listen for `meetings:updated` pushes; returns how to stop listening. */
export type MeetingsSubscribe = (accept: (raw: unknown) => void) => () => void;

export interface MeetingsFeed {
  answer: Accessor<MeetingsAnswer | null>;
  /** Why the last load failed (in the page's language), while no answer is there to show. */
  error: Accessor<string | null>;
  /** Ask the server again (first load, a reconnect). */
  reload(): Promise<void>;
}

/**
 * A person's meetings, kept fresh: loaded once, then replaced by each `meetings:updated` push
 * (parsed like any answer; one that does not parse is ignored). A load that was already under
 * way when a push arrived is dropped, as the push is newer than what the load will return.
 * Must be called inside a Solid owner; the listener goes with it.
 */
export function createMeetingsFeed(load: () => Promise<MeetingsAnswer>, subscribe: MeetingsSubscribe): MeetingsFeed {
  const [answer, setAnswer] = createSignal<MeetingsAnswer | null>(null);
  // The failure itself, not its words: they follow the page's language when it changes.
  const [error, setError] = createSignal<{ cause: unknown } | null>(null);
  let pushes = 0;

  const stop = subscribe((raw) => {
    const parsed = meetingsAnswerSchema.safeParse(raw);
    if (!parsed.success) return;
    pushes++;
    setError(null);
    setAnswer(parsed.data);
  });
  onCleanup(stop);

  const reload = async () => {
    const before = pushes;
    try {
      const fresh = await load();
      if (pushes !== before) return;
      setError(null);
      setAnswer(fresh);
    } catch (err) {
      if (pushes !== before) return;
      setError({ cause: err });
    }
  };
  void reload();
  return {
    answer,
    error: () => {
      const e = answer() ? null : error();
      return e && phoneErrorText(e.cause);
    },
    reload,
  };
}
