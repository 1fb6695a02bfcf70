import { defineMessages } from '../define-messages';
import en from './en/console-plan-edit';

/**
 * The Plan tab's plan editor: the matrix, its seats, pins and locks, the edit bar and Undo.
 * English is bundled: the console has no weight budget, and it stays English on screen until
 * every area of it is converted (issue 19).
 */
export const consolePlanEdit = defineMessages('consolePlanEdit', en, {
  de: () => import('./de/console-plan-edit'),
  fr: () => import('./fr/console-plan-edit'),
  es: () => import('./es/console-plan-edit'),
  ar: () => import('./ar/console-plan-edit'),
  'zh-Hans': () => import('./zh-Hans/console-plan-edit'),
});
