import { defineMessages } from '../define-messages';
import { language } from '../current-language';
import en from './en/after-talk';

/**
 * The phone's feedback cards and "Your meetings" (/p after a round, after the end). Only the
 * chunks of those parts import it, so a phone fetches these words when it first shows them
 * (the phone's budget, issue 19); English is bundled with those chunks, which the service
 * worker precaches with the other languages' catalogues of this namespace (pwa-options.ts).
 */
export const afterTalk = defineMessages('afterTalk', en, {
  de: () => import('./de/after-talk'),
  fr: () => import('./fr/after-talk'),
  es: () => import('./es/after-talk'),
  ar: () => import('./ar/after-talk'),
  'zh-Hans': () => import('./zh-Hans/after-talk'),
});

/** Once this namespace is in the page's language (or could not be fetched: English stands in). */
export function afterTalkReady(): Promise<void> {
  return (afterTalk.load(language()) ?? Promise.resolve()).catch(() => undefined);
}
