import { defineMessages } from '../define-messages';
import en from './en/console-signup';

/**
 * The People tab's CSV import and self sign-up (card, settings, link, sign-ups to decide).
 * English is bundled (the console has no weight budget); the other languages are chunks
 * fetched when the console shows them.
 */
export const consoleSignup = defineMessages('consoleSignup', en, {
  de: () => import('./de/console-signup'),
  fr: () => import('./fr/console-signup'),
  es: () => import('./es/console-signup'),
  ar: () => import('./ar/console-signup'),
  'zh-Hans': () => import('./zh-Hans/console-signup'),
});
