import { createEffect, createMemo, lazy, on, Show, type ComponentProps, type JSX } from 'solid-js';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { PhoneLazyPart } from '../phone-lazy-part';

// The cards, the rating buttons and the sharing settings are their own chunk, with their words
// (catalogues/after-talk.ts): a phone fetches them once a round has begun, not with the page
// (issue 19's 100 kB budget), and shows them once their words are in its language (no English
// flash). The service worker precaches both (scripts/pwa/pwa-options.ts), for a phone gone offline.
const Section = lazy(async () => {
  const [m, words] = await Promise.all([import('./after-talk-section'), import('../../i18n/catalogues/after-talk')]);
  await words.afterTalkReady();
  return { default: m.AfterTalkSection };
});

type Props = ComponentProps<typeof Section>;

/** Whether the clock was started: round 1's talk is its first phase, so a card may be due. */
function talksBegan(clock: ClockSnapshot): boolean {
  return (
    clock.status === 'running' || clock.status === 'paused' || (clock.status === 'finished' && clock.startedAt !== null)
  );
}

/** The feedback cards of a phone (after-talk-section.tsx), fetched once the first talk has begun. */
export function AfterTalkSection(props: Props): JSX.Element {
  // Before the first talk began there is no card (feedback-rounds.ts), nor for a person marked
  // absent: nothing to fetch. After that the section decides which cards it shows, if any.
  const any = createMemo(() => props.me.person.attendance !== 'absent' && talksBegan(props.clock));
  // Here rather than in the section: a fresh answer supersedes the acks kept so far even while
  // there is no card (or the chunk is still on its way).
  createEffect(
    on(
      () => props.meetings,
      () => props.outbox.forgetDelivered(),
      { defer: true },
    ),
  );
  return (
    <Show when={any()}>
      <PhoneLazyPart>
        <Section {...props} />
      </PhoneLazyPart>
    </Show>
  );
}

/** Fetch the section ahead of its first card (tests render it at once with it). */
export const preloadAfterTalkSection = (): Promise<unknown> => Section.preload();
