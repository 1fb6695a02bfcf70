import { defineMessages } from '../define-messages';
import en from './en/console-csv';

/**
 * The participants CSV's problems by their stable code (shared/schemas/csv-issue-codes.ts), as
 * the People tab's import lists them, and the `line N` they are at. The console's own namespace,
 * so the phones' and sign-up page's `issues` catalogue does not carry them. English is bundled
 * (the console has no weight budget); the other languages are chunks fetched when it shows them.
 */
export const consoleCsv = defineMessages('consoleCsv', en, {
  de: () => import('./de/console-csv'),
  fr: () => import('./fr/console-csv'),
  es: () => import('./es/console-csv'),
  ar: () => import('./ar/console-csv'),
  'zh-Hans': () => import('./zh-Hans/console-csv'),
});
