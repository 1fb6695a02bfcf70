import { preloadAfterTalkSection } from '../../../client/screens/feedback/lazy-after-talk-section';
import { preloadMeetingsScreen } from '../../../client/screens/meetings/lazy-meetings-screen';

/**
 * The phone's parts loaded on demand (the feedback cards, "Your meetings"), fetched ahead so a
 * test renders them at once, as a phone that has them in its cache does; and their namespace is
 * then defined, so a pseudo-locale covers it. tests/component/phone/phone-lazy-parts.test.tsx
 * covers the fetching itself.
 */
export function preloadPhoneParts(): Promise<unknown> {
  return Promise.all([preloadAfterTalkSection(), preloadMeetingsScreen()]);
}
