import { defineMessages } from '../define-messages';
import en from './en/console-plan';

/**
 * The organizer console's Plan tab: settings, format choice, start time, earlier events, role
 * names and the quality figures. English is bundled: the console has no weight budget, and it
 * stays English on screen until every area of it is converted (issue 19).
 */
export const consolePlan = defineMessages('consolePlan', en, {
  de: () => import('./de/console-plan'),
  fr: () => import('./fr/console-plan'),
  es: () => import('./es/console-plan'),
  ar: () => import('./ar/console-plan'),
  'zh-Hans': () => import('./zh-Hans/console-plan'),
});
