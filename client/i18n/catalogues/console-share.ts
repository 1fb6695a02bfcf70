import { defineMessages } from '../define-messages';
import en from './en/console-share';

/**
 * The console's Print and Report tabs and its e-mail cards. English is bundled (the console has
 * no weight budget); the other languages are chunks fetched when the console shows them.
 */
export const consoleShare = defineMessages('consoleShare', en, {
  de: () => import('./de/console-share'),
  fr: () => import('./fr/console-share'),
  es: () => import('./es/console-share'),
  ar: () => import('./ar/console-share'),
  'zh-Hans': () => import('./zh-Hans/console-share'),
});
