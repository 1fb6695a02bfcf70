import { render } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { vi } from 'vitest';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import type { PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { storageOutboxStore } from '../../../client/live/outbox-store';
import { createFeedbackOutbox } from '../../../client/live/feedback-outbox';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { MentorScreen } from '../../../client/screens/mentor/mentor-screen';
import { fakeSenders } from '../support/feedback-fixtures';
import { T0, menteeMe, mentorMe } from '../support/fixtures';
import { preloadPhoneParts } from '../support/phone-parts';

// The cards are a chunk of their own: here from the start, as on a phone that has them cached.
await preloadPhoneParts();

export const OUTBOX_KEY = 'tablehop.feedbackOutbox.test';

/**
 * A phone screen wired as person-page.tsx wires it, with the server played by fake senders:
 * the real outbox in between, so what a tap sends is what the server would receive.
 */
export function renderPhone(
  role: 'mentee' | 'mentor',
  clock0: ClockSnapshot,
  opts: { me?: PersonPage; meetings?: MeetingsAnswer | null; online?: boolean; auto?: boolean } = {},
) {
  const senders = fakeSenders({ auto: opts.auto ?? true });
  const [online, setOnline] = createSignal(opts.online ?? true);
  const [meetings, setMeetings] = createSignal<MeetingsAnswer | null>(opts.meetings ?? null);
  const [clock, setClock] = createSignal(clock0);
  const me = opts.me ?? (role === 'mentee' ? menteeMe() : mentorMe());
  const now = () => T0;
  render(() => {
    const outbox = createFeedbackOutbox({ ...senders, online, store: storageOutboxStore(localStorage, OUTBOX_KEY) });
    return role === 'mentee' ? (
      <MenteeScreen
        me={me}
        clock={clock()}
        serverNow={now}
        saveQuestions={vi.fn()}
        meetings={meetings()}
        outbox={outbox}
      />
    ) : (
      <MentorScreen me={me} clock={clock()} serverNow={now} meetings={meetings()} outbox={outbox} />
    );
  });
  return { senders, setOnline, setMeetings, setClock };
}
