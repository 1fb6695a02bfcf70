import { lazy, type JSX } from 'solid-js';
import { PhoneLazyPart } from '../phone-lazy-part';
import type { MeetingsScreenProps } from './meetings-screen';

// "Your meetings" is its own chunk, with its words (catalogues/after-talk.ts): a phone fetches
// it once the event is over, not with the page (issue 19's 100 kB budget), and shows it once
// its words are in its language. The service worker precaches both (scripts/pwa/pwa-options.ts),
// so a phone that was offline at the end still opens it.
const Screen = lazy(async () => {
  const [m, words] = await Promise.all([import('./meetings-screen'), import('../../i18n/catalogues/after-talk')]);
  await words.afterTalkReady();
  return { default: m.MeetingsScreen };
});

/** The person's page once the event is over (meetings-screen.tsx), fetched when first shown. */
export function MeetingsScreen(props: MeetingsScreenProps): JSX.Element {
  return (
    <PhoneLazyPart>
      <Screen {...props} />
    </PhoneLazyPart>
  );
}

/** Fetch the screen ahead of the end (tests render it at once with it). */
export const preloadMeetingsScreen = (): Promise<unknown> => Screen.preload();
