/**
 * The phone's parts loaded on demand (issue 19's budget): the feedback cards are fetched once
 * the first talk has begun, never before nor for a person marked absent; and a part that
 * cannot be fetched says so and offers to try again instead of taking the page down.
 */
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal, lazy } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersonPage } from '../../../shared/protocol/views';
import { createFeedbackOutbox } from '../../../client/live/feedback-outbox';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { PhoneLazyPart } from '../../../client/screens/phone-lazy-part';
import { fakeSenders, settleMicrotasks } from '../support/feedback-fixtures';
import { idleClock, menteeMe, runningClock, T0 } from '../support/fixtures';

// Counts how often the cards' chunk is evaluated, i.e. fetched by the page.
const fetched = vi.hoisted(() => ({ cards: 0 }));
vi.mock('../../../client/screens/feedback/after-talk-section', async (original) => {
  fetched.cards++;
  return original();
});

afterEach(() => cleanup());

function mentee(me: PersonPage, clock0 = idleClock()) {
  const [clock, setClock] = createSignal(clock0);
  render(() => (
    <MenteeScreen
      me={me}
      clock={clock()}
      serverNow={() => T0}
      saveQuestions={vi.fn()}
      meetings={null}
      outbox={createFeedbackOutbox({ ...fakeSenders(), online: () => true, store: null })}
    />
  ));
  return setClock;
}

describe('the phone fetches its feedback cards when it needs them', () => {
  it('not for a person marked absent, not before the start; then once round 1 has begun', async () => {
    mentee(menteeMe({ person: { ...menteeMe().person, attendance: 'absent' } }), runningClock(0, 60_000));
    await settleMicrotasks();
    expect(fetched.cards).toBe(0);
    cleanup();

    const setClock = mentee(menteeMe());
    await settleMicrotasks();
    expect(fetched.cards).toBe(0);
    expect(screen.queryByTestId('after-talk')).toBeNull();

    setClock(runningClock(0, 5 * 60_000));
    expect(await screen.findByTestId('after-talk')).toBeInTheDocument();
    expect(fetched.cards).toBe(1);
  });
});

describe('a part that cannot be fetched', () => {
  it('says there is no connection, and "Try again" fetches it again', async () => {
    let attempts = 0;
    const Part = lazy(() =>
      attempts++ === 0
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve({ default: () => <p>the part</p> }),
    );
    render(() => (
      <>
        <p>the countdown</p>
        <PhoneLazyPart>
          <Part />
        </PhoneLazyPart>
      </>
    ));
    const failed = await screen.findByTestId('lazy-part-failed');
    expect(failed).toHaveTextContent('No connection to the server');
    expect(screen.getByText('the countdown')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
