import { defineMessages } from '../define-messages';
import en from './en/console-run';

/**
 * The organizer console's Run and Check-in tabs. English is bundled: the console has no weight
 * budget, and it stays English on screen until every area of it is converted (issue 19).
 */
export const consoleRun = defineMessages('consoleRun', en, {
  de: () => import('./de/console-run'),
  fr: () => import('./fr/console-run'),
  es: () => import('./es/console-run'),
  ar: () => import('./ar/console-run'),
  'zh-Hans': () => import('./zh-Hans/console-run'),
});
