import { defineMessages } from '../define-messages';
import en from './en/console';

/**
 * The organizer console's frame and its door changes (issue 19). English is bundled: the
 * console has no weight budget, and it shows at once.
 */
export const consoleText = defineMessages('console', en, {
  de: () => import('./de/console'),
  fr: () => import('./fr/console'),
  es: () => import('./es/console'),
  ar: () => import('./ar/console'),
  'zh-Hans': () => import('./zh-Hans/console'),
});
