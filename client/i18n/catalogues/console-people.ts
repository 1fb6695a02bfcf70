import { defineMessages } from '../define-messages';
import en from './en/console-people';

/**
 * The console's People tab: the lists, a person's details and fields, adding a person or a peer,
 * the group rules. English is bundled (the console has no weight budget); the other languages are
 * chunks fetched when the console shows them.
 */
export const consolePeople = defineMessages('consolePeople', en, {
  de: () => import('./de/console-people'),
  fr: () => import('./fr/console-people'),
  es: () => import('./es/console-people'),
  ar: () => import('./ar/console-people'),
  'zh-Hans': () => import('./zh-Hans/console-people'),
});
