import { defineMessages } from '../define-messages';

/**
 * The personal phone page (/p): a mentee's or a mentor's phone. English is a chunk of its own
 * too: the phone must stay ≤ 100 kB gzipped in every language (issue 19), with no room for the
 * English words beside another language's.
 */
export const phone = defineMessages('phone', () => import('./en/phone'), {
  de: () => import('./de/phone'),
  fr: () => import('./fr/phone'),
  es: () => import('./es/phone'),
  ar: () => import('./ar/phone'),
  'zh-Hans': () => import('./zh-Hans/phone'),
});
